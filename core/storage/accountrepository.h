// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes customer accounts.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::AccountRepository)

public:
    explicit AccountRepository(Database &db);

    // Fills in the new id and the timestamps.
    Result<qint64> add(Account &account);
    Result<Account> find(qint64 id);
    // The CRM's or billing system's id; NotFound when no account has it.
    Result<Account> findByExternalId(const QString &externalId);
    // Moves updatedAt on.
    Status update(Account &account);
    Status remove(qint64 id);
    // By name.
    Result<QList<Account>> listForOwner(qint64 ownerId);

private:
    Database &m_db;
};

} // namespace fairwell
