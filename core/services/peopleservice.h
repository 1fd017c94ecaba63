// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"
#include "error.h"
#include "services/person.h"
#include "session/actor.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;
struct ServiceContext;

// Who works with Fairwell: the people list for owner filters, and who is
// working in a session. On a shared PostgreSQL database the login is the
// person; on a local file the person at the desk picks or creates a
// profile, since a file has no logins.
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::PeopleService)

public:
    explicit PeopleService(ServiceContext &context);

    // Active people by name.
    Result<QList<Person>> people();

    // Anyone with this login, active or not (a former colleague still owns
    // cases): for filters typed by login, as `fairwell report --owner`.
    // NotFound when nobody has it. Reads only, so it needs no actor.
    Result<User> personWithLogin(const QString &login);

    // Local files: the profiles to pick from (active users by name). May
    // run before anyone is working.
    Result<QList<User>> localProfiles();
    // Local files: the person chooses an existing, active profile.
    Result<Actor> chooseLocalProfile(qint64 userId);
    // Local files: the person creates their profile and works as it; the
    // audit log records them as its author.
    Result<Actor> createLocalProfile(const QString &displayName, const QString &email, UserRole role);

    // PostgreSQL: the person behind the session's login (current_user), or
    // a clear refusal when the login has no active Fairwell profile.
    static Result<Actor> actorForLogin(Database &db);
    // Local files: the remembered profile when it still exists and is
    // active; an invalid actor otherwise (the person must choose).
    static Result<Actor> actorForLocalProfile(Database &db, qint64 userId);

    static Actor actorOf(const User &user);

private:
    Status requireLocalFile() const;

    ServiceContext &m_context;
};

} // namespace fairwell
