// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../repositories/repositorytest.h"

#include "services/caseworkservice.h"
#include "services/winbackservice.h"
#include "session/actor.h"
#include "session/jobcontrol.h"
#include "session/servicecontext.h"

#include <memory>

namespace fairwell::test {

// One person at one Fairwell: their own context and services.
struct Desk
{
    Desk(Database &db, const Actor &who, const JobControl &control)
        : actor(who)
        , context{db, actor, control}
        , work(context)
        , winback(context)
    {
    }

    Actor actor;
    ServiceContext context;
    CaseWorkService work;
    WinbackService winback;
};

// A database with Anna (rep), Ben (rep) and Maria (manager), an account
// with a primary contact, a catch-all playbook with two steps, and an
// exit-reason taxonomy with one active and one archived reason.
class CaseWorkTest : public RepositoryTest
{
protected:
    void SetUp() override;

    qint64 addPerson(const QString &login, const QString &name, UserRole role);
    Actor actorFor(qint64 userId);
    // `userId`'s desk on `on` (default: the test's connection).
    std::unique_ptr<Desk> desk(qint64 userId, Database *on = nullptr);
    // A new open case for the account, started by `userId` (0: Anna).
    qint64 startCase(qint64 userId = 0, qint64 firstReason = 0);
    int versionOf(qint64 caseId);
    qint64 scalar(const QString &sql, const QVariantList &values = {});

    qint64 m_anna = 0, m_ben = 0, m_maria = 0;
    qint64 m_account = 0, m_contact = 0;
    qint64 m_playbook = 0;
    qint64 m_price = 0, m_archived = 0, m_support = 0;
    JobControl m_control;
};

} // namespace fairwell::test
