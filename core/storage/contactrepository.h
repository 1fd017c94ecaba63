// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the people at customer accounts.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ContactRepository)

public:
    explicit ContactRepository(Database &db);

    Result<qint64> add(Contact &contact);
    Result<Contact> find(qint64 id);
    Status update(const Contact &contact);
    Status remove(qint64 id);
    // The primary contact first, then by name.
    Result<QList<Contact>> listForAccount(qint64 accountId);
    // NotFound when the account has no primary contact.
    Result<Contact> primaryForAccount(qint64 accountId);

private:
    Database &m_db;
};

} // namespace fairwell
