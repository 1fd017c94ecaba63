// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace fairwell {

// The views of the rep's queue, each with a live count in the sidebar.
enum class QueueView {
    MyQueue,         // the acting person's open cases
    DueOrOverdue,    // open cases with an open task due today or earlier
    ClosingThisWeek, // open cases whose effective date falls in this week (Monday to Sunday)
    Unassigned,      // open cases with no owner
    AllOpen,         // every open case
    Closed,          // every closed case
};

// What a queue view shows: an empty field filters nothing.
struct QueueFilter
{
    QueueView view = QueueView::AllOpen;
    // Any part of the account name, a contact's name or the external id,
    // case folded beyond ASCII ("kö" finds "KÖLN").
    QString text;
    qint64 ownerId = 0;  // 0: any owner
    QString segment;     // stored key ('smb', 'mid_market', 'enterprise'); empty: any
    QString plan;        // empty: any
    // The day "today" means for due, overdue, this week and days open;
    // invalid: the local date when the query runs.
    QDate today;
    bool operator==(const QueueFilter &) const = default;
};

enum class QueueColumn {
    Account, Segment, Plan, Mrr, Owner, Opened, Effective, DaysOpen, NextTask, NextDue, Progress, Outcome, Closed,
};

// One line of a queue. Segment, status and outcome are the stored keys; the
// UI puts them into words.
struct QueueRow
{
    qint64 caseId = 0;
    qint64 accountId = 0;
    QString accountName, externalId, segment, plan;
    qint64 mrrMinor = 0;
    QString currency;
    qint64 ownerId = 0; // 0: unassigned
    QString ownerName;
    QString status;     // 'open' or 'closed'
    QDate openedOn, effectiveOn, closedOn;
    QString outcome;    // empty while open
    QString nextTaskTitle; // the open task due first; empty: none open
    QDate nextTaskDueOn;
    int tasksDone = 0;  // done or skipped
    int tasksTotal = 0;
    bool overdue = false; // an open task was due before `today`
    int daysOpen = 0;     // opened to today, or to the close date once closed
};

// Where the next page starts: the sort key and id of the last row of the
// page before (keyset pagination, so a deep page costs what the first does).
struct QueueCursor
{
    QVariant sortValue; // null for a NULL key
    qint64 caseId = 0;  // 0: start at the first row
    bool isStart() const { return caseId == 0; }
};

struct QueuePage
{
    QList<QueueRow> rows;
    QueueCursor next;    // after the last row of `rows`
    bool atEnd = false;  // no rows follow
};

// The sidebar's live counts, for the text, owner, segment and plan of the
// filter (its view is ignored).
struct QueueCounts
{
    qint64 myQueue = 0, dueOrOverdue = 0, closingThisWeek = 0, unassigned = 0, allOpen = 0, closed = 0;
    qint64 of(QueueView view) const;
};

// Choices for the queue's filter boxes.
struct QueueFacets
{
    QStringList segments; // stored keys, smallest first
    QStringList plans;    // alphabetical
};

// An account found while typing in "Start offboarding".
struct AccountMatch
{
    qint64 accountId = 0;
    QString name, externalId, segment, plan;
    qint64 mrrMinor = 0;
    QString currency;
    qint64 openCaseId = 0; // its open case, if it has one
};

} // namespace fairwell
