// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/winbackcheckin.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes win-back check-ins. Updates are optimistic.
class WinbackCheckinRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::WinbackCheckinRepository)

public:
    explicit WinbackCheckinRepository(Database &db);

    Result<qint64> add(WinbackCheckin &checkin);
    Result<WinbackCheckin> find(qint64 id);
    // Conflict when someone else changed it since it was read.
    Status update(WinbackCheckin &checkin);
    Status remove(qint64 id);
    // A returned account's return date and new MRR, kept beside the
    // check-in (apart from WinbackCheckin, like a task's skip reason).
    // An invalid date clears both.
    Status setReturn(qint64 checkinId, const QDate &returnedOn, qint64 newMrrMinor);
    // Soonest due first.
    Result<QList<WinbackCheckin>> listForCase(qint64 caseId);
    // Planned check-ins due strictly before `before` (pass tomorrow for
    // "due today or overdue"), soonest first.
    Result<QList<WinbackCheckin>> listPlannedDueBefore(const QDate &before);

private:
    Database &m_db;
};

} // namespace fairwell
