// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/democalendar.h"
#include "demo/demoplan.h"

#include <QDate>
#include <QVariantList>

#include <vector>

namespace fairwell {

class DemoRandom;

// Writes out one planned case as rows: the alternative offered (if any),
// calls, tasks copied from its playbook, exit feedback, notes, the win-back
// check-in and the case itself. Ids are handed out here, so every row of a
// batch can point at the others before any of them is written.
class DemoCaseComposer
{
public:
    // What the composer needs to know of an account once it is written.
    struct AccountFacts
    {
        QString name;
        QString contactFirstName;
        QString contactName;
        QString contactEmail;
        qint64 primaryContactId = 0;
        qint64 otherContactId = 0;
    };

    // The row buffers of one batch of cases, one flat list of values a
    // table, written table by table so every foreign key points at a row
    // already there.
    struct Rows
    {
        QVariantList cases, tasks, calls, feedback, feedbackReasons, alternatives, notes, winbacks;
    };

    // The last id used in each table; compose() counts on from there.
    struct NextIds
    {
        qint64 task = 0, call = 0, feedback = 0, alternative = 0, note = 0, winback = 0;
    };

    struct Context
    {
        const DemoPlan &plan;
        const DemoCatalog &catalog;
        const std::vector<AccountFacts> &facts;
        const std::vector<qint64> &userIds;
        const DemoCalendar &calendar;
        QDate today;
        qint64 accountBase = 0;
        qint64 caseBase = 0;
    };

    DemoCaseComposer(const Context &context, NextIds &next);

    void compose(int index, Rows &rows, DemoRandom &random);
    qint64 callsComposed() const { return m_callsComposed; }

private:
    const Context &m_context;
    NextIds &m_next;
    QDate m_yesterday;
    qint64 m_callsComposed = 0;
};

} // namespace fairwell
