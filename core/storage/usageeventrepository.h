// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/usageevent.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes accounts' daily usage figures.
class UsageEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::UsageEventRepository)

public:
    explicit UsageEventRepository(Database &db);

    // InvalidInput when the account already has figures for that day.
    Result<qint64> add(UsageEvent &event);
    // Adds the day's figures or replaces the ones already there (an import
    // run twice changes nothing). Fills in the row's id.
    Result<qint64> upsert(UsageEvent &event);
    Result<UsageEvent> find(qint64 id);
    Status update(const UsageEvent &event);
    Status remove(qint64 id);
    // Days from `from` to `to`, both included, oldest first.
    Result<QList<UsageEvent>> listForAccount(qint64 accountId, const QDate &from, const QDate &to);

private:
    Database &m_db;
};

} // namespace fairwell
