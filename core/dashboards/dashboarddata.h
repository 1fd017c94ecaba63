// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardfilter.h"
#include "domain/offboardingcase.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace fairwell {

// Money by ISO 4217 currency, in minor units: dashboards never add amounts
// of different currencies together (see MoneyTotal).
using MinorByCurrency = QMap<QString, qint64>;

// The four ways a case can close, in the order charts show them (the
// domain's own enum; the alias keeps the dashboards' name for it).
using CaseOutcomeKind = CaseOutcome;
inline constexpr int caseOutcomeCount = 4;

// Counts of closed cases by outcome. Save rate = (saved + downgraded +
// paused) / all closed; nullopt when nothing closed (not 0 %).
struct OutcomeCounts
{
    std::array<int, caseOutcomeCount> byOutcome{};

    int count(CaseOutcomeKind outcome) const { return byOutcome[size_t(outcome)]; }
    int closed() const;
    int kept() const; // saved + downgraded + paused
    std::optional<double> saveRate() const;
};

// Churned cases closed in the range with this primary reason. reasonId 0 is
// "no reason recorded". An archived reason (or one in an archived category)
// still counts under its own name.
struct ReasonSlice
{
    qint64 reasonId = 0;
    QString reasonName;
    qint64 categoryId = 0;
    QString categoryName;
    bool archived = false;
    int cases = 0;
    MinorByCurrency mrrLost;
};

// A secondary reason, counted separately from the primary ones: churned
// cases closed in the range that name it as a secondary reason.
struct SecondaryReasonCount
{
    qint64 reasonId = 0;
    QString reasonName;
    QString categoryName;
    bool archived = false;
    int cases = 0;
};

// One time bucket of the trend: cases opened in it, cases closed in it by
// outcome, and the MRR lost by the cases closed in it.
struct TrendBucket
{
    QDate start; // first day of the bucket
    int opened = 0;
    OutcomeCounts closed;
    MinorByCurrency mrrLost;
};

// Churned cases closed in the range by a group (segment code or plan) and
// primary-reason category (categoryId 0: no reason recorded).
struct GroupReasonCount
{
    QString group;
    qint64 categoryId = 0;
    QString categoryName;
    int cases = 0;
};

// Open cases owned by someone now, and their open tasks due before today.
struct OwnerLoad
{
    std::optional<qint64> ownerId; // none: unassigned
    QString ownerName;
    int openCases = 0;
    int overdueTasks = 0;
};

// A histogram by whole days: `cases` cases took `days` days.
struct DayCount
{
    int days = 0;
    int cases = 0;
};

struct TeamDiscipline
{
    // Now (not the date range), with segment, plan and owner applied.
    QList<OwnerLoad> owners;
    // Cases opened in the range: days from opening (notice) to the first
    // call logged; those with no call yet apart.
    QList<DayCount> daysToFirstCall;
    int openedWithoutCall = 0;
    // Cases closed in the range: days from opening to closing.
    QList<DayCount> daysToClose;
    // Churned cases closed in the range, and how many of them have a
    // thank-you note sent.
    int churnedClosed = 0;
    int churnedWithNoteSent = 0;
    // Cases closed in the range, and how many have exit feedback recorded.
    int closedCases = 0;
    int closedWithFeedback = 0;
};

// Win-back check-ins due in the range (cancelled ones not counted), those
// of them done, and the accounts that came back in the range with the MRR
// they came back with.
struct WinbackFigures
{
    int due = 0;
    int done = 0;
    int returned = 0;
    MinorByCurrency mrrReturned;
};

// Satisfaction at exit (1–5) of cases closed in the range with feedback.
struct SatisfactionFigures
{
    std::array<int, 5> byScore{}; // [0] is score 1
    int withoutScore = 0;         // feedback without a score

    int scored() const;
    std::optional<double> average() const;
};

// Every figure of the dashboards for one filter.
struct DashboardData
{
    DashboardFilter filter;
    TimeBucket bucket = TimeBucket::Month;
    QDate today; // "now" for the open cases and overdue tasks

    QList<ReasonSlice> reasons;                 // most cases first
    QList<SecondaryReasonCount> secondaryReasons;
    QList<TrendBucket> trend;                   // every bucket of the range, empty ones too
    OutcomeCounts outcomes;                     // closed in the range
    QList<GroupReasonCount> reasonsBySegment;
    QList<GroupReasonCount> reasonsByPlan;
    TeamDiscipline discipline;
    WinbackFigures winback;
    SatisfactionFigures satisfaction;

    // The currencies the money figures above come in, alphabetical; more
    // than one means amounts are shown per currency, never added up.
    QStringList currencies() const;
};

// A part of the dashboards to open the cases of (a bar or slice clicked).
// Every field narrows the DashboardFilter further.
struct DrillDown
{
    enum class Cases {
        ClosedInRange, // closed between from and to
        OpenedInRange, // opened between from and to
        OpenNow,       // open today (the owners chart)
    };
    Cases cases = Cases::ClosedInRange;
    QDate from; // a bucket; invalid: the filter's range
    QDate to;
    std::optional<CaseOutcomeKind> outcome;
    std::optional<qint64> reasonId;   // 0: no reason recorded
    std::optional<qint64> categoryId; // 0: no reason recorded
    QString segment;
    QString plan;
    bool ownerSet = false;            // narrows to ownerId (none: unassigned)
    std::optional<qint64> ownerId;
    std::optional<int> satisfaction;  // 1–5
};

// A case in a drill-down list.
struct DrillCase
{
    qint64 caseId = 0;
    QString accountName;
    QString segment;
    QString plan;
    QString ownerName;
    QDate openedOn;
    QDate closedOn;
    std::optional<CaseOutcomeKind> outcome;
    QString reasonName;
    qint64 mrrLostMinor = 0;
    QString currency;
};

// The customer's own words at exit.
struct Verbatim
{
    qint64 caseId = 0;
    QString accountName;
    QDate closedOn;
    QString reasonName;
    std::optional<int> satisfaction;
    QString text;
};

// What the filters can be set to.
struct DashboardChoices
{
    QStringList plans; // alphabetical
    struct Owner
    {
        qint64 id = 0;
        QString name;
    };
    QList<Owner> owners; // people who own or owned cases, by name
};

} // namespace fairwell
