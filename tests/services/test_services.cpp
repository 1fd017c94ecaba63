// SPDX-License-Identifier: GPL-3.0-or-later
// The services on both backends: each checks the acting person's role,
// writes in one transaction, and audits every row it changes.
#include "../repositories/repositorytest.h"

#include "domain/playbook.h"
#include "domain/reasoncategory.h"
#include "services/caseservice.h"
#include "services/peopleservice.h"
#include "services/playbookservice.h"
#include "session/servicecontext.h"
#include "storage/accountrepository.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"
#include "storage/reasoncategoryrepository.h"
#include "storage/taskrepository.h"
#include "storage/userrepository.h"

#include <QThread>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class Services : public RepositoryTest
{
protected:
    Actor actorFor(qint64 userId)
    {
        auto user = UserRepository(db()).find(userId);
        EXPECT_TRUE(user.has_value());
        return user ? PeopleService::actorOf(*user) : Actor{};
    }

    qint64 addPerson(const QString &login, const QString &name, UserRole role)
    {
        User user;
        user.login = login;
        user.displayName = name;
        user.role = role;
        auto id = UserRepository(db()).add(user);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    }

    // A playbook "Default" with three steps: a rep's call, an admin's
    // billing chore and a rep's check-in.
    Playbook addDefaultPlaybook(QList<PlaybookStep> *savedSteps = nullptr)
    {
        Playbook playbook;
        playbook.name = QStringLiteral("Default");
        EXPECT_TRUE(PlaybookRepository(db()).add(playbook).has_value());
        QList<PlaybookStep> list;
        for (const auto &[kind, title, offset, role] :
             {std::tuple{StepKind::PersonalCall, "Call", 1, UserRole::Rep},
              std::tuple{StepKind::BillingChore, "Cancel billing", 3, UserRole::Admin},
              std::tuple{StepKind::WinbackCheckin, "Check in", 90, UserRole::Rep}}) {
            PlaybookStep s;
            s.kind = kind;
            s.title = QString::fromLatin1(title);
            s.dueOffsetDays = offset;
            s.ownerRole = role;
            list.append(s);
        }
        EXPECT_TRUE(PlaybookStepRepository(db()).saveSteps(playbook.id, list).has_value());
        if (savedSteps)
            *savedSteps = list;
        return playbook;
    }

    qint64 auditRows(const QString &entity, qint64 userId)
    {
        auto query = db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND user_id = ?"),
                               {entity, userId});
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

    JobControl m_control;
};

} // namespace

TEST_P(Services, ApplyingAPlaybookCopiesItsStepsAndAuditsEachTask)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount(), anna, QDate(2024, 2, 27));
    QList<PlaybookStep> steps;
    const Playbook playbook = addDefaultPlaybook(&steps);
    Task handMade;
    handMade.caseId = caseId;
    handMade.position = 1;
    handMade.title = QStringLiteral("Read the notice");
    FW_ASSERT_OK(TaskRepository(db()).add(handMade));

    const Actor actor = actorFor(anna);
    ServiceContext context{db(), actor, m_control};
    auto made = PlaybookService(context).applyToCase(caseId, playbook.id);
    FW_ASSERT_OK(made);
    ASSERT_EQ(made->size(), 3);
    auto all = TaskRepository(db()).listForCase(caseId);
    FW_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 4);
    EXPECT_EQ(all->at(0).id, handMade.id);
    EXPECT_EQ(all->at(1).title, QStringLiteral("Call"));
    EXPECT_EQ(all->at(1).position, 2);
    EXPECT_EQ(all->at(1).dueOn, QDate(2024, 2, 28));
    EXPECT_EQ(all->at(1).stepId, steps.at(0).id);
    EXPECT_EQ(all->at(1).assigneeId, anna) << "rep steps go to the case owner";
    EXPECT_EQ(all->at(2).dueOn, QDate(2024, 3, 1)) << "across the leap day";
    EXPECT_EQ(all->at(2).ownerRole, UserRole::Admin);
    EXPECT_EQ(all->at(2).assigneeId, 0);
    EXPECT_EQ(all->at(3).dueOn, QDate(2024, 5, 27));

    auto updated = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(updated);
    EXPECT_EQ(updated->playbookId, playbook.id);
    EXPECT_EQ(auditRows(QStringLiteral("task"), anna), 3) << "one audit row per new task, in Anna's name";
    EXPECT_EQ(auditRows(QStringLiteral("case"), anna), 2) << "the case's creation and its playbook";
}

TEST_P(Services, ApplyingAPlaybookIsAllOrNothing)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount(), anna);
    const Playbook playbook = addDefaultPlaybook();
    // A rule only the test adds makes the third copy fail after two were written.
    ASSERT_TRUE(db().exec(QStringLiteral("CREATE UNIQUE INDEX test_tasks_title ON tasks (case_id, title)")).has_value());
    Task blocker;
    blocker.caseId = caseId;
    blocker.title = QStringLiteral("Check in");
    FW_ASSERT_OK(TaskRepository(db()).add(blocker));

    const Actor actor = actorFor(anna);
    ServiceContext context{db(), actor, m_control};
    auto made = PlaybookService(context).applyToCase(caseId, playbook.id);
    ASSERT_FALSE(made.has_value());
    EXPECT_EQ(count(QStringLiteral("tasks")), 1) << "the first copies were rolled back too";
    EXPECT_EQ(auditRows(QStringLiteral("task"), anna), 0) << "and so were their audit rows";
    auto unchanged = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(unchanged);
    EXPECT_EQ(unchanged->playbookId, 0);
}

TEST_P(Services, ARepWorksOnlyOnTheirOwnOrUnassignedCases)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Cole"), UserRole::Rep);
    const qint64 bensCase = addCase(addAccount(QStringLiteral("CRM-1")), ben);
    const qint64 unassigned = addCase(addAccount(QStringLiteral("CRM-2")), 0);
    const Playbook playbook = addDefaultPlaybook();

    const Actor actor = actorFor(anna);
    ServiceContext context{db(), actor, m_control};
    auto refused = PlaybookService(context).applyToCase(bensCase, playbook.id);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(QStringLiteral("tasks")), 0);

    FW_EXPECT_OK(PlaybookService(context).applyToCase(unassigned, playbook.id));
}

TEST_P(Services, PeopleAreTheActiveUsersByName)
{
    const qint64 cara = addPerson(QStringLiteral("cara"), QStringLiteral("Cara Diaz"), UserRole::Admin);
    const qint64 ada = addPerson(QStringLiteral("ada"), QStringLiteral("ada Park"), UserRole::Rep);
    const qint64 gone = addPerson(QStringLiteral("old"), QStringLiteral("Aaron Old"), UserRole::Rep);
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {false, gone}).has_value());
    const qint64 ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Cole"), UserRole::Manager);

    const Actor actor = actorFor(ada);
    ServiceContext context{db(), actor, m_control};
    auto people = PeopleService(context).people();
    FW_ASSERT_OK(people);
    ASSERT_EQ(people->size(), 3);
    // Alphabetical whatever the case of the first letter.
    EXPECT_EQ(people->at(0).id, ada);
    EXPECT_EQ(people->at(0).role, QStringLiteral("rep"));
    EXPECT_EQ(people->at(1).id, ben);
    EXPECT_EQ(people->at(2).id, cara);
    EXPECT_EQ(people->at(2).displayName, QStringLiteral("Cara Diaz"));
    EXPECT_EQ(people->at(2).role, QStringLiteral("admin"));

    ServiceContext nobody{db(), Actor{}, m_control};
    EXPECT_FALSE(PeopleService(nobody).people().has_value());
}

TEST_P(Services, ThePlaybookWithTheHighestPriorityThatMatchesIsChosen)
{
    ReasonCategory price;
    price.name = QStringLiteral("Price");
    FW_ASSERT_OK(ReasonCategoryRepository(db()).add(price));
    PlaybookRepository playbooks(db());
    const auto add = [&](const char *name, int priority, std::optional<Segment> segment, qint64 category,
                         bool active) {
        Playbook p;
        p.name = QString::fromLatin1(name);
        p.priority = priority;
        p.matchSegment = segment;
        p.matchReasonCategoryId = category;
        p.active = active;
        EXPECT_TRUE(playbooks.add(p).has_value());
        return p.id;
    };
    const qint64 anyone = add("Anyone", 0, std::nullopt, 0, true);
    const qint64 enterprise = add("Enterprise", 10, Segment::Enterprise, 0, true);
    const qint64 priceLeavers = add("Price leavers", 20, std::nullopt, price.id, true);
    add("Archived", 100, std::nullopt, 0, false);

    const qint64 smb = addAccount(QStringLiteral("CRM-1"));
    Account big;
    big.externalId = QStringLiteral("CRM-2");
    big.name = QStringLiteral("Big Co");
    big.segment = Segment::Enterprise;
    big.plan = QStringLiteral("Scale");
    big.customerSince = QDate(2020, 1, 1);
    FW_ASSERT_OK(AccountRepository(db()).add(big));

    const Actor actor = actorFor(addUser(QStringLiteral("anna")));
    ServiceContext context{db(), actor, m_control};
    PlaybookService service(context);
    auto forSmb = service.chooseFor(smb);
    FW_ASSERT_OK(forSmb);
    EXPECT_EQ(forSmb->id, anyone);
    auto forBig = service.chooseFor(big.id);
    FW_ASSERT_OK(forBig);
    EXPECT_EQ(forBig->id, enterprise);
    auto forBigOnPrice = service.chooseFor(big.id, price.id);
    FW_ASSERT_OK(forBigOnPrice);
    EXPECT_EQ(forBigOnPrice->id, priceLeavers);
}

TEST_P(Services, ClaimingTakesAnUnassignedCaseAndRefusesATakenOne)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Cole"), UserRole::Rep);
    const qint64 caseId = addCase(addAccount(), 0);
    const Actor annaActor = actorFor(anna);
    ServiceContext asAnna{db(), annaActor, m_control};
    auto claimed = CaseService(asAnna).claim(caseId);
    FW_ASSERT_OK(claimed);
    EXPECT_EQ(claimed->ownerId, anna);
    auto history = AuditRepository(db()).listForEntity(CaseRepository::auditEntity(), caseId);
    FW_ASSERT_OK(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->last().userId, anna);

    const Actor benActor = actorFor(ben);
    ServiceContext asBen{db(), benActor, m_control};
    auto refused = CaseService(asBen).claim(caseId);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    auto stored = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->ownerId, anna);
}

TEST_P(Services, OnlyManagersReassignAndAllOrNothing)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 mia = addPerson(QStringLiteral("mia"), QStringLiteral("Mia Ortiz"), UserRole::Manager);
    const qint64 ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Cole"), UserRole::Rep);
    const qint64 first = addCase(addAccount(QStringLiteral("CRM-1")), anna);
    const qint64 second = addCase(addAccount(QStringLiteral("CRM-2")), 0);
    const Playbook playbook = addDefaultPlaybook();
    const Actor annaActor = actorFor(anna);
    ServiceContext asAnna{db(), annaActor, m_control};
    FW_ASSERT_OK(PlaybookService(asAnna).applyToCase(first, playbook.id));

    auto byRep = CaseService(asAnna).assign({first}, ben);
    ASSERT_FALSE(byRep.has_value());
    EXPECT_EQ(byRep.error().code, ErrorCode::PermissionDenied);

    const Actor miaActor = actorFor(mia);
    ServiceContext asMia{db(), miaActor, m_control};
    auto missing = CaseService(asMia).assign({first, second + 100}, ben);
    ASSERT_FALSE(missing.has_value());
    auto untouched = CaseRepository(db()).find(first);
    FW_ASSERT_OK(untouched);
    EXPECT_EQ(untouched->ownerId, anna) << "a failure part-way changes nothing";

    auto done = CaseService(asMia).assign({first, second}, ben);
    FW_ASSERT_OK(done);
    for (const qint64 id : {first, second}) {
        auto stored = CaseRepository(db()).find(id);
        FW_ASSERT_OK(stored);
        EXPECT_EQ(stored->ownerId, ben);
    }
    auto tasks = TaskRepository(db()).listForCase(first);
    FW_ASSERT_OK(tasks);
    for (const Task &task : std::as_const(*tasks))
        EXPECT_EQ(task.assigneeId, task.ownerRole == UserRole::Rep ? ben : 0) << task.title.toStdString();
    EXPECT_EQ(auditRows(QStringLiteral("case"), mia), 2);
    EXPECT_EQ(auditRows(QStringLiteral("task"), mia), 2) << "the two open rep tasks";
}

TEST_P(Services, ALocalProfileIsCreatedWithItsOwnAuditRow)
{
    const Actor nobody;
    ServiceContext context{db(), nobody, m_control};
    auto created = PeopleService(context).createLocalProfile(QStringLiteral("Élodie Dubois"),
                                                             QStringLiteral("elodie@example.org"), UserRole::Rep);
    if (db().isPostgres()) {
        ASSERT_FALSE(created.has_value()) << "a shared database knows people by their login";
        EXPECT_EQ(created.error().code, ErrorCode::PermissionDenied);
        return;
    }
    FW_ASSERT_OK(created);
    EXPECT_EQ(created->displayName, QStringLiteral("Élodie Dubois"));
    auto user = UserRepository(db()).find(created->userId);
    FW_ASSERT_OK(user);
    EXPECT_EQ(user->login, QStringLiteral("elodie.dubois"));
    EXPECT_EQ(auditRows(QStringLiteral("user"), created->userId), 1);

    auto again = PeopleService(context).createLocalProfile(QStringLiteral("Elodie Dubois"), {}, UserRole::Rep);
    FW_ASSERT_OK(again);
    auto second = UserRepository(db()).find(again->userId);
    FW_ASSERT_OK(second);
    EXPECT_EQ(second->login, QStringLiteral("elodie.dubois2"));

    auto noName = PeopleService(context).createLocalProfile(QStringLiteral("  "), {}, UserRole::Rep);
    ASSERT_FALSE(noName.has_value());
    EXPECT_EQ(noName.error().code, ErrorCode::InvalidInput);
    auto badEmail = PeopleService(context).createLocalProfile(QStringLiteral("Zoë"), QStringLiteral("zoë at home"),
                                                              UserRole::Rep);
    ASSERT_FALSE(badEmail.has_value());
    EXPECT_EQ(badEmail.error().code, ErrorCode::InvalidInput);
}

// Two desks claim the same unassigned cases at the same moment, each on its
// own connection and thread: every case ends with exactly one owner, and the
// other desk is told so.
TEST_P(Services, TwoDesksClaimingAtOnceNeverBothWin)
{
    constexpr int Cases = 40;
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 ben = addPerson(QStringLiteral("ben"), QStringLiteral("Ben Cole"), UserRole::Rep);
    QList<qint64> caseIds;
    for (int i = 0; i < Cases; ++i)
        caseIds << addCase(addAccount(QStringLiteral("CRM-%1").arg(i)), 0);

    struct Desk
    {
        Actor actor;
        QList<qint64> won;
        int conflicts = 0;
        QString otherError;
    };
    Desk desks[2];
    desks[0].actor = actorFor(anna);
    desks[1].actor = actorFor(ben);
    const DatabaseSpec spec = db().spec();
    QList<QThread *> threads;
    for (Desk &desk : desks) {
        threads << QThread::create([&desk, &spec, &caseIds] {
            auto connection = Database::open(spec);
            if (!connection) {
                desk.otherError = connection.error().text();
                return;
            }
            JobControl control;
            ServiceContext context{**connection, desk.actor, control};
            for (const qint64 id : caseIds) {
                auto claimed = CaseService(context).claim(id);
                if (claimed)
                    desk.won << id;
                else if (claimed.error().code == ErrorCode::Conflict)
                    ++desk.conflicts;
                else if (claimed.error().code != ErrorCode::Locked)
                    desk.otherError = claimed.error().text();
            }
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    for (const Desk &desk : desks)
        EXPECT_TRUE(desk.otherError.isEmpty()) << desk.otherError.toStdString();
    for (const qint64 id : std::as_const(caseIds)) {
        const bool annaWon = desks[0].won.contains(id);
        const bool benWon = desks[1].won.contains(id);
        EXPECT_NE(annaWon, benWon) << "case " << id << " must have exactly one winner";
        auto stored = CaseRepository(db()).find(id);
        FW_ASSERT_OK(stored);
        EXPECT_EQ(stored->ownerId, annaWon ? anna : ben) << "case " << id;
        auto history = AuditRepository(db()).listForEntity(CaseRepository::auditEntity(), id);
        FW_ASSERT_OK(history);
        EXPECT_EQ(history->size(), 2) << "one claim recorded, never two";
    }
    EXPECT_EQ(desks[0].conflicts + desks[1].conflicts, Cases) << "the desk that came second was told, every time";
}

FW_ON_BOTH_BACKENDS(Services);
