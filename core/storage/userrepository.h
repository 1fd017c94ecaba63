// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the people who use Fairwell.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::UserRepository)

public:
    explicit UserRepository(Database &db);

    // Fills in the new id (and createdAt when empty).
    Result<qint64> add(User &user);
    Result<User> find(qint64 id);
    Result<User> findByLogin(const QString &login);
    Status update(const User &user);
    Status remove(qint64 id);
    // By display name.
    Result<QList<User>> list(bool activeOnly = false);

private:
    Database &m_db;
};

} // namespace fairwell
