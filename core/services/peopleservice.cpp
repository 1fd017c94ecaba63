// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/peopleservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "session/servicecontext.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

namespace fairwell {

namespace {

// A login for a local profile: the name in lower case ASCII words joined by
// dots ("Anna Berg" → "anna.berg"), made unique with a number.
QString loginBase(const QString &displayName)
{
    QString folded = displayName.normalized(QString::NormalizationForm_KD).toLower();
    QString login;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            login += c;
        else if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            login += QLatin1Char('.');
    }
    login = login.split(QLatin1Char('.'), Qt::SkipEmptyParts).join(QLatin1Char('.'));
    return login.isEmpty() ? QStringLiteral("person") : login;
}

} // namespace

PeopleService::PeopleService(ServiceContext &context)
    : m_context(context)
{
}

Actor PeopleService::actorOf(const User &user)
{
    return Actor{user.id, user.displayName, user.login, user.role};
}

Result<QList<Person>> PeopleService::people()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    auto query = m_context.db.exec(
        QStringLiteral("SELECT id, display_name, role FROM users WHERE active = ? ORDER BY ")
            + m_context.db.alphabetical(QStringLiteral("display_name")) + QStringLiteral(", id"),
        {true});
    if (!query)
        return fail(query.error());
    QList<Person> result;
    while (query->next())
        result.append(Person{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return result;
}

Result<User> PeopleService::personWithLogin(const QString &login)
{
    return UserRepository(m_context.db).findByLogin(login.trimmed());
}

Status PeopleService::requireLocalFile() const
{
    if (m_context.db.isPostgres())
        return fail(ErrorCode::PermissionDenied,
                    tr("On a shared database you work as your PostgreSQL login; profiles are chosen only in "
                       "local files."),
                    m_context.db.spec().displayName());
    return {};
}

Result<QList<User>> PeopleService::localProfiles()
{
    if (auto local = requireLocalFile(); !local)
        return fail(local.error());
    return UserRepository(m_context.db).list(true);
}

Result<Actor> PeopleService::chooseLocalProfile(qint64 userId)
{
    if (auto local = requireLocalFile(); !local)
        return fail(local.error());
    auto actor = actorForLocalProfile(m_context.db, userId);
    if (!actor)
        return actor;
    if (!actor->isValid())
        return fail(ErrorCode::NotFound,
                    tr("This profile is gone or no longer active. Choose another one or create yours."),
                    m_context.db.spec().displayName());
    return actor;
}

Result<Actor> PeopleService::createLocalProfile(const QString &displayName, const QString &email, UserRole role)
{
    if (auto local = requireLocalFile(); !local)
        return fail(local.error());
    const QString name = displayName.simplified();
    const QString address = email.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter your name: it stands beside everything you do."));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!address.isEmpty() && !emailPattern.match(address).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not an email address (it should look like name@example.org).").arg(address));

    User user;
    user.displayName = name;
    user.email = address;
    user.role = role;
    const Status written = m_context.db.write([&]() -> Status {
        UserRepository users(m_context.db);
        const QString base = loginBase(name);
        QString login = base;
        for (int n = 2;; ++n) {
            auto taken = users.findByLogin(login);
            if (!taken && taken.error().code == ErrorCode::NotFound)
                break;
            if (!taken)
                return fail(taken.error());
            login = base + QString::number(n);
        }
        user.login = login;
        if (auto id = users.add(user); !id)
            return fail(id.error());
        // The new person is the author of their own profile.
        return AuditTrail(m_context.db, actorOf(user))
            .inserted(QStringLiteral("user"), user.id,
                      {{QStringLiteral("login"), user.login},
                       {QStringLiteral("display_name"), user.displayName},
                       {QStringLiteral("email"), user.email},
                       {QStringLiteral("role"), toString(user.role)}});
    });
    if (!written)
        return fail(written.error());
    return actorOf(user);
}

Result<Actor> PeopleService::actorForLogin(Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT current_user"));
    if (!query)
        return fail(query.error());
    const QString login = query->next() ? query->value(0).toString() : QString();
    auto user = UserRepository(db).findByLogin(login);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return fail(user.error());
        return fail(ErrorCode::PermissionDenied,
                    tr("The login \"%1\" has no Fairwell profile in this database, so Fairwell shows it nothing. "
                       "Ask an administrator to add you as a user with the login \"%1\".")
                        .arg(login),
                    db.spec().displayName());
    }
    if (!user->active)
        return fail(ErrorCode::PermissionDenied,
                    tr("The Fairwell profile of \"%1\" is no longer active. Ask an administrator to reactivate it.")
                        .arg(login),
                    db.spec().displayName());
    return actorOf(*user);
}

Result<Actor> PeopleService::actorForLocalProfile(Database &db, qint64 userId)
{
    if (userId <= 0)
        return Actor{};
    auto user = UserRepository(db).find(userId);
    if (!user) {
        if (user.error().code == ErrorCode::NotFound)
            return Actor{};
        return fail(user.error());
    }
    return user->active ? actorOf(*user) : Actor{};
}

} // namespace fairwell
