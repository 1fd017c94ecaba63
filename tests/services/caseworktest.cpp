// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworktest.h"

#include "domain/contact.h"
#include "domain/exitreason.h"
#include "domain/playbook.h"
#include "domain/reasoncategory.h"
#include "services/caseworkservice.h"
#include "services/peopleservice.h"
#include "session/servicecontext.h"
#include "storage/caserepository.h"
#include "storage/contactrepository.h"
#include "storage/exitreasonrepository.h"
#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"
#include "storage/reasoncategoryrepository.h"
#include "storage/userrepository.h"

namespace fairwell::test {

void CaseWorkTest::SetUp()
{
    RepositoryTest::SetUp();
    if (HasFatalFailure())
        return;
    m_anna = addPerson(QStringLiteral("anna"), QStringLiteral("Anna Berg"), UserRole::Rep);
    m_ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Ortiz"), UserRole::Rep);
    m_maria = addPerson(QStringLiteral("maria"), QStringLiteral("Maria Lind"), UserRole::Manager);
    m_account = addAccount();

    Contact contact;
    contact.accountId = m_account;
    contact.name = QStringLiteral("Maria Keller");
    contact.email = QStringLiteral("maria@acme.example");
    contact.phone = QStringLiteral("+49 30 1234");
    contact.isPrimary = true;
    ASSERT_TRUE(ContactRepository(db()).add(contact).has_value());
    m_contact = contact.id;

    Playbook playbook;
    playbook.name = QStringLiteral("Default");
    ASSERT_TRUE(PlaybookRepository(db()).add(playbook).has_value());
    m_playbook = playbook.id;
    QList<PlaybookStep> steps;
    for (const auto &[kind, title, offset] : {std::tuple{StepKind::PersonalCall, "Call", 2},
                                              std::tuple{StepKind::ExitSurvey, "Survey", 5}}) {
        PlaybookStep s;
        s.kind = kind;
        s.title = QString::fromLatin1(title);
        s.dueOffsetDays = offset;
        steps.append(s);
    }
    ASSERT_TRUE(PlaybookStepRepository(db()).saveSteps(playbook.id, steps).has_value());

    ReasonCategory category;
    category.name = QStringLiteral("Price");
    ASSERT_TRUE(ReasonCategoryRepository(db()).add(category).has_value());
    for (const auto &[name, active, target] : {std::tuple{"Too expensive", true, &m_price},
                                               std::tuple{"Old plan", false, &m_archived},
                                               std::tuple{"Poor support", true, &m_support}}) {
        ExitReason reason;
        reason.categoryId = category.id;
        reason.name = QString::fromLatin1(name);
        reason.active = active;
        ASSERT_TRUE(ExitReasonRepository(db()).add(reason).has_value());
        *target = reason.id;
    }
}

qint64 CaseWorkTest::addPerson(const QString &login, const QString &name, UserRole role)
{
    User user;
    user.login = login;
    user.displayName = name;
    user.role = role;
    auto id = UserRepository(db()).add(user);
    EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
    return id.value_or(0);
}

Actor CaseWorkTest::actorFor(qint64 userId)
{
    auto user = UserRepository(db()).find(userId);
    EXPECT_TRUE(user.has_value());
    return user ? PeopleService::actorOf(*user) : Actor{};
}

std::unique_ptr<Desk> CaseWorkTest::desk(qint64 userId, Database *on)
{
    return std::make_unique<Desk>(on ? *on : db(), actorFor(userId), m_control);
}

qint64 CaseWorkTest::startCase(qint64 userId, qint64 firstReason)
{
    const Actor actor = actorFor(userId ? userId : m_anna);
    ServiceContext context{db(), actor, m_control};
    StartOffboardingInput input;
    input.accountId = m_account;
    input.effectiveOn = QDate::currentDate().addDays(30);
    input.firstReasonId = firstReason;
    auto started = CaseWorkService(context).startOffboarding(input);
    EXPECT_TRUE(started.has_value()) << started.error().text().toStdString();
    return started ? started->caseId : 0;
}

int CaseWorkTest::versionOf(qint64 caseId)
{
    auto c = CaseRepository(db()).find(caseId);
    EXPECT_TRUE(c.has_value());
    return c ? c->version : 0;
}

qint64 CaseWorkTest::scalar(const QString &sql, const QVariantList &values)
{
    auto query = db().exec(sql, values);
    EXPECT_TRUE(query.has_value() && query->next()) << sql.toStdString();
    return query ? query->value(0).toLongLong() : -1;
}

} // namespace fairwell::test
