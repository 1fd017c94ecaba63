// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alternativeoffered.h"
#include "domain/exitfeedback.h"
#include "domain/offboardingcase.h"
#include "domain/task.h"
#include "domain/winbackcheckin.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fairwell {

// The top of the case view: who is leaving, what they pay, who owns it.
struct CaseHeader
{
    OffboardingCase offboardingCase; // its version is the one every edit must quote
    QString accountName, externalId, segment, plan, language;
    qint64 mrrMinor = 0; // the account's current MRR
    QString accountCurrency;
    QDate customerSince;
    QString ownerName; // empty: unassigned
    QString playbookName;
    qint64 contactId = 0; // the primary contact, 0: none
    QString contactName, contactEmail, contactPhone;
    QDateTime lastContactAt; // UTC, the last logged call; invalid: never
    int daysOpen = 0; // to today, or to the close date
};

// A checklist line.
struct TaskLine
{
    Task task;
    QString assigneeName;
    QString skipReason; // why it was skipped
    QString completedByName;
    bool overdue = false; // open and due before today
};

// One line of the timeline, newest first.
struct TimelineEntry
{
    enum class Kind { Call, Note, Feedback, Alternative, Task, Status, Owner, Winback };
    Kind kind = Kind::Status;
    QDateTime at; // UTC
    QString actorName; // who did it; empty: unknown
    QString title;     // translated, one line ("Call: reached Maria Keller, 12 min")
    QString text;      // translated or the user's own words; may be empty
};

// Everything the case view shows, read in one transaction.
struct CaseDetail
{
    CaseHeader header;
    QList<TaskLine> tasks; // by position
    std::optional<ExitFeedback> feedback;
    QList<AlternativeOffered> alternatives; // newest first
    std::optional<WinbackCheckin> checkin;  // the planned or last check-in
    QList<TimelineEntry> timeline;          // newest first
};

} // namespace fairwell
