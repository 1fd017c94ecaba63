// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList userValues(const User &u)
{
    return {u.login, u.displayName, u.email, sqlEnum(u.role), u.active, sqlInstant(u.createdAt)};
}

User readUser(RowReader &r)
{
    User u;
    u.id = r.id();
    u.login = r.text();
    u.displayName = r.text();
    u.email = r.text();
    u.role = r.enumValue(UserRole::Rep);
    u.active = r.boolean();
    u.createdAt = r.instant();
    return u;
}

const TableMapping<User> &mapping()
{
    static const TableMapping<User> m{
        QStringLiteral("users"),
        {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("role"),
         QStringLiteral("active"), QStringLiteral("created_at")},
        userValues,
        readUser,
    };
    return m;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> UserRepository::add(User &user)
{
    User saved = user;
    if (!saved.createdAt.isValid())
        saved.createdAt = QDateTime::currentDateTimeUtc();
    auto id = insertRow(m_db, mapping(), saved);
    if (id)
        user = saved;
    return id;
}

Result<User> UserRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no user number %1; someone may have removed them.").arg(id));
}

Result<User> UserRepository::findByLogin(const QString &login)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE login = ?"), {login},
                    tr("There is no user with the login \"%1\".").arg(login));
}

Status UserRepository::update(const User &user)
{
    return updateRow(m_db, mapping(), user,
                     tr("The user %1 no longer exists; someone may have removed them.").arg(user.displayName));
}

Status UserRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no user number %1 to remove.").arg(id));
}

Result<QList<User>> UserRepository::list(bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(), QStringLiteral("WHERE active = ? ORDER BY ") + m_db.alphabetical(QStringLiteral("display_name")) + QStringLiteral(", id"), {true});
    return fetchAll(m_db, mapping(), QStringLiteral("ORDER BY ") + m_db.alphabetical(QStringLiteral("display_name")) + QStringLiteral(", id"));
}

} // namespace fairwell
