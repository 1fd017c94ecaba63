// SPDX-License-Identifier: GPL-3.0-or-later
// Cases: every field, lists, the optimistic update between two connections,
// the audit rows written with each change, one open case per account, and
// history that cannot be deleted.
#include "repositorytest.h"

#include "storage/accountrepository.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/playbookrepository.h"
#include "storage/taskrepository.h"
#include "storage/userrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class CaseRepositoryTest : public RepositoryTest
{
};

OffboardingCase closedCase(qint64 accountId, qint64 ownerId, qint64 playbookId, qint64 returnedFrom)
{
    OffboardingCase c;
    c.accountId = accountId;
    c.ownerId = ownerId;
    c.playbookId = playbookId;
    c.origin = CaseOrigin::AtRisk;
    c.status = CaseStatus::Closed;
    c.openedOn = QDate(2023, 12, 31);
    c.effectiveOn = QDate(2024, 2, 29);
    c.closedOn = QDate(2024, 3, 1);
    c.outcome = CaseOutcome::Downgraded;
    c.mrrLostMinor = 123456789012LL;
    c.currency = QStringLiteral("CHF");
    c.returnedFromCaseId = returnedFrom;
    c.createdAt = QDateTime(QDate(2023, 12, 31), QTime(23, 30, 0, 7), QTimeZone(3600)); // 22:30:00.007 UTC
    return c;
}

} // namespace

TEST_P(CaseRepositoryTest, RoundTripsEveryField)
{
    const qint64 owner = addUser(QStringLiteral("anna"));
    const qint64 account = addAccount();
    const qint64 earlier = addCase(account);
    Playbook playbook;
    playbook.name = QStringLiteral("Enterprise");
    FW_ASSERT_OK(PlaybookRepository(db()).add(playbook));

    CaseRepository cases(db());
    OffboardingCase c = closedCase(account, owner, playbook.id, earlier);
    auto id = cases.add(c, owner);
    FW_ASSERT_OK(id);
    EXPECT_GT(*id, earlier);
    EXPECT_EQ(c.id, *id);
    EXPECT_EQ(c.version, 1);

    auto read = cases.find(*id);
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->id, *id);
    EXPECT_EQ(read->accountId, account);
    EXPECT_EQ(read->ownerId, owner);
    EXPECT_EQ(read->playbookId, playbook.id);
    EXPECT_EQ(read->origin, CaseOrigin::AtRisk);
    EXPECT_EQ(read->status, CaseStatus::Closed);
    EXPECT_EQ(read->openedOn, QDate(2023, 12, 31));
    EXPECT_EQ(read->effectiveOn, QDate(2024, 2, 29));
    EXPECT_EQ(read->closedOn, QDate(2024, 3, 1));
    EXPECT_EQ(read->outcome, CaseOutcome::Downgraded);
    EXPECT_EQ(read->mrrLostMinor, 123456789012LL);
    EXPECT_EQ(read->currency, QStringLiteral("CHF"));
    EXPECT_EQ(read->returnedFromCaseId, earlier);
    EXPECT_EQ(read->version, 1);
    EXPECT_EQ(read->createdAt, utc(2023, 12, 31, 22, 30, 0, 7));
    EXPECT_EQ(read->createdAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(read->createdAt.time().msec(), 7);
    EXPECT_EQ(read->updatedAt, c.updatedAt);
}

TEST_P(CaseRepositoryTest, EmptyFieldsComeBackEmpty)
{
    const qint64 account = addAccount();
    auto read = CaseRepository(db()).find(addCase(account));
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->ownerId, 0);
    EXPECT_EQ(read->playbookId, 0);
    EXPECT_EQ(read->returnedFromCaseId, 0);
    EXPECT_FALSE(read->effectiveOn.isValid());
    EXPECT_FALSE(read->closedOn.isValid());
    EXPECT_FALSE(read->outcome.has_value());
    EXPECT_EQ(read->status, CaseStatus::Open);
    EXPECT_EQ(read->origin, CaseOrigin::Notice);
    EXPECT_EQ(read->currency, QStringLiteral("EUR"));
    EXPECT_TRUE(read->createdAt.isValid());
}

TEST_P(CaseRepositoryTest, SavingStampsUpdatedAtAndKeepsCreatedAt)
{
    const QDateTime longAgo = utc(2020, 1, 1, 12, 0, 0, 0);

    // A versioned row (cases).
    CaseRepository cases(db());
    auto c = cases.find(addCase(addAccount()));
    FW_ASSERT_OK(c);
    const QDateTime created = c->createdAt;
    c->updatedAt = longAgo;
    c->mrrLostMinor = 1234;
    FW_ASSERT_OK(cases.update(*c, 0));
    EXPECT_GT(c->updatedAt, longAgo);
    EXPECT_EQ(c->createdAt, created);
    auto stored = cases.find(c->id);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->updatedAt, c->updatedAt);
    EXPECT_EQ(stored->createdAt, created);

    // A plain row (accounts).
    AccountRepository accounts(db());
    auto account = accounts.find(c->accountId);
    FW_ASSERT_OK(account);
    account->updatedAt = longAgo;
    account->name = QStringLiteral("Renamed GmbH");
    FW_ASSERT_OK(accounts.update(*account));
    EXPECT_GT(account->updatedAt, longAgo);
    auto storedAccount = accounts.find(account->id);
    FW_ASSERT_OK(storedAccount);
    EXPECT_EQ(storedAccount->updatedAt, account->updatedAt);
    EXPECT_EQ(storedAccount->name, QStringLiteral("Renamed GmbH"));

    // A failed save leaves the object as it was.
    account->updatedAt = longAgo;
    account->segment = Segment::Enterprise;
    account->currency = QStringLiteral("EURO"); // four letters: refused by the schema
    EXPECT_FALSE(accounts.update(*account).has_value());
    EXPECT_EQ(account->updatedAt, longAgo);
}

TEST_P(CaseRepositoryTest, MissingCaseIsNotFound)
{
    auto missing = CaseRepository(db()).find(4242);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("case number 4242")))
        << missing.error().message.toStdString();
}

TEST_P(CaseRepositoryTest, BrokenRuleIsInvalidInputAndWritesNothing)
{
    const qint64 account = addAccount();
    OffboardingCase c;
    c.accountId = account;
    c.openedOn = QDate(2024, 1, 1);
    c.status = CaseStatus::Closed; // closed without outcome nor close date
    auto id = CaseRepository(db()).add(c, 0);
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(c.id, 0);
    EXPECT_EQ(count(QStringLiteral("cases")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), 0) << "the audit row goes with the failed insert";

    c.status = CaseStatus::Open;
    c.accountId = account + 1000; // no such account
    id = CaseRepository(db()).add(c, 0);
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("does not exist"))) << id.error().text().toStdString();
}

TEST_P(CaseRepositoryTest, ListsForAccountNewestFirstAndForOwnerBySoonestEffectiveDate)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 account = addAccount();
    const qint64 other = addAccount(QStringLiteral("CRM-2"));
    const qint64 third = addAccount(QStringLiteral("CRM-3"));
    CaseRepository cases(db());

    // An account has one open case at most; its earlier ones are closed.
    auto closed = [&](qint64 ownerId, const QDate &openedOn) {
        OffboardingCase c = closedCase(account, ownerId, 0, 0);
        c.openedOn = openedOn;
        c.closedOn = openedOn.addDays(20);
        auto id = cases.add(c, 0);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return id.value_or(0);
    };
    const qint64 old = closed(anna, QDate(2022, 5, 1));
    const qint64 recent = addCase(account, anna, QDate(2024, 5, 1));
    const qint64 middle = closed(0, QDate(2023, 5, 1));
    addCase(other, anna, QDate(2024, 6, 1));
    const qint64 older = addCase(third, anna, QDate(2022, 5, 1));

    auto forAccount = cases.listForAccount(account);
    FW_ASSERT_OK(forAccount);
    ASSERT_EQ(forAccount->size(), 3);
    EXPECT_EQ(forAccount->at(0).id, recent);
    EXPECT_EQ(forAccount->at(1).id, middle);
    EXPECT_EQ(forAccount->at(2).id, old);

    auto recentCase = cases.find(recent);
    FW_ASSERT_OK(recentCase);
    recentCase->effectiveOn = QDate(2024, 7, 1);
    FW_ASSERT_OK(cases.update(*recentCase, anna));
    auto olderCase = cases.find(older);
    FW_ASSERT_OK(olderCase);
    olderCase->effectiveOn = QDate(2024, 8, 1);
    FW_ASSERT_OK(cases.update(*olderCase, anna));

    auto forOwner = cases.listForOwner(anna, CaseStatus::Open);
    FW_ASSERT_OK(forOwner);
    ASSERT_EQ(forOwner->size(), 3);
    EXPECT_EQ(forOwner->at(0).id, recent);
    EXPECT_EQ(forOwner->at(1).id, older);
    EXPECT_EQ(forOwner->at(2).accountId, other) << "no effective date: last";
    auto closedOnes = cases.listForOwner(anna, CaseStatus::Closed);
    FW_ASSERT_OK(closedOnes);
    ASSERT_EQ(closedOnes->size(), 1);
    EXPECT_EQ(closedOnes->at(0).id, old);
}

TEST_P(CaseRepositoryTest, ASecondOpenCaseForAnAccountIsRefused)
{
    const qint64 account = addAccount();
    CaseRepository cases(db());
    const qint64 first = addCase(account);
    OffboardingCase second;
    second.accountId = account;
    second.openedOn = QDate(2024, 4, 1);
    auto refused = cases.add(second, 0);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::UniqueViolation);
    EXPECT_EQ(count(QStringLiteral("cases")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_log")), 1) << "only the first case's insert";

    // Closed cases are history: any number of them beside the open one.
    OffboardingCase earlier = closedCase(account, 0, 0, 0);
    OffboardingCase earliest = closedCase(account, 0, 0, 0);
    FW_ASSERT_OK(cases.add(earlier, 0));
    FW_ASSERT_OK(cases.add(earliest, 0));
    auto open = cases.find(first);
    FW_ASSERT_OK(open);
    open->status = CaseStatus::Closed;
    open->outcome = CaseOutcome::Saved;
    open->closedOn = QDate(2024, 3, 20);
    FW_ASSERT_OK(cases.update(*open, 0));
    FW_ASSERT_OK(cases.add(second, 0)) << "once it is closed, the account may open a new case";
}

TEST_P(CaseRepositoryTest, DeletingACaseWithTasksIsRefusedAndNothingIsLost)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount(), anna);
    Task task;
    task.caseId = caseId;
    task.title = QStringLiteral("Call them");
    FW_ASSERT_OK(TaskRepository(db()).add(task));
    const qint64 auditRows = count(QStringLiteral("audit_log"));

    const Status removed = CaseRepository(db()).remove(caseId, anna);
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::ForeignKeyViolation) << removed.error().text().toStdString();
    EXPECT_TRUE(CaseRepository(db()).find(caseId).has_value());
    auto kept = TaskRepository(db()).find(task.id);
    FW_ASSERT_OK(kept);
    EXPECT_EQ(kept->caseId, caseId);
    EXPECT_EQ(count(QStringLiteral("audit_log")), auditRows) << "no delete was logged";

    // Its people stay too: a user with history is deactivated, not deleted.
    const Status userRemoved = UserRepository(db()).remove(anna);
    ASSERT_FALSE(userRemoved.has_value());
    EXPECT_EQ(userRemoved.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(CaseRepository(db()).find(caseId)->ownerId, anna);
}

TEST_P(CaseRepositoryTest, SecondConcurrentSaveIsAConflictAndTheFirstChangeStays)
{
    const qint64 anna = addUser(QStringLiteral("anna"), QStringLiteral("Anna Berg"));
    const qint64 ben = addUser(QStringLiteral("ben"), QStringLiteral("Ben Okafor"));
    const qint64 caseId = addCase(addAccount());
    auto other = openOther();
    ASSERT_TRUE(other);

    CaseRepository annas(db());
    CaseRepository bens(*other);
    auto mine = annas.find(caseId);
    auto theirs = bens.find(caseId);
    FW_ASSERT_OK(mine);
    FW_ASSERT_OK(theirs);
    ASSERT_EQ(mine->version, 1);
    ASSERT_EQ(theirs->version, 1);

    mine->ownerId = anna;
    mine->effectiveOn = QDate(2024, 4, 30);
    FW_ASSERT_OK(annas.update(*mine, anna));
    EXPECT_EQ(mine->version, 2);

    theirs->ownerId = ben;
    const Status late = bens.update(*theirs, ben);
    ASSERT_FALSE(late.has_value());
    EXPECT_EQ(late.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(late.error().message.startsWith(QStringLiteral("Someone else changed this case since you opened it")))
        << late.error().message.toStdString();
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("Anna Berg"))) << "names who changed it";
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("Reload it to see their change; yours was not saved.")));
    EXPECT_EQ(theirs->version, 1);

    auto stored = bens.find(caseId);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->ownerId, anna);
    EXPECT_EQ(stored->effectiveOn, QDate(2024, 4, 30));
    EXPECT_EQ(stored->version, 2);

    auto audit = AuditRepository(db()).listForEntity(CaseRepository::auditEntity(), caseId);
    FW_ASSERT_OK(audit);
    EXPECT_EQ(audit->size(), 2) << "insert and Anna's update; Ben's refused save left no row";

    // After reloading, Ben's change goes through.
    stored->ownerId = ben;
    FW_EXPECT_OK(bens.update(*stored, ben));
    EXPECT_EQ(stored->version, 3);
}

TEST_P(CaseRepositoryTest, SavingACaseSomeoneDeletedIsAConflict)
{
    const qint64 caseId = addCase(addAccount());
    CaseRepository cases(db());
    auto mine = cases.find(caseId);
    FW_ASSERT_OK(mine);
    auto other = openOther();
    ASSERT_TRUE(other);
    FW_ASSERT_OK(CaseRepository(*other).remove(caseId, 0));

    mine->effectiveOn = QDate(2024, 5, 5);
    const Status saved = cases.update(*mine, 0);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("deleted"))) << saved.error().message.toStdString();
}

TEST_P(CaseRepositoryTest, InsertUpdateAndDeleteWriteAuditRows)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 account = addAccount();
    CaseRepository cases(db());
    OffboardingCase c;
    c.accountId = account;
    c.openedOn = QDate(2024, 3, 1);
    FW_ASSERT_OK(cases.add(c, anna));

    c.status = CaseStatus::Closed;
    c.outcome = CaseOutcome::Churned;
    c.closedOn = QDate(2024, 3, 15);
    FW_ASSERT_OK(cases.update(c, 0));

    // A save that changes nothing bumps the version but logs nothing.
    FW_ASSERT_OK(cases.update(c, anna));
    EXPECT_EQ(c.version, 3);

    FW_ASSERT_OK(cases.remove(c.id, anna));

    auto audit = AuditRepository(db()).listForEntity(QStringLiteral("case"), c.id);
    FW_ASSERT_OK(audit);
    ASSERT_EQ(audit->size(), 3);

    const AuditEntry &inserted = audit->at(0);
    EXPECT_EQ(inserted.action, AuditAction::Insert);
    EXPECT_EQ(inserted.userId, anna);
    EXPECT_EQ(inserted.entityId, c.id);
    EXPECT_TRUE(inserted.beforeJson.isEmpty());
    EXPECT_TRUE(inserted.afterJson.contains(QStringLiteral("\"opened_on\":\"2024-03-01\"")))
        << inserted.afterJson.toStdString();
    EXPECT_FALSE(inserted.afterJson.contains(QStringLiteral("updated_at")));
    EXPECT_TRUE(inserted.occurredAt.isValid());

    const AuditEntry &updated = audit->at(1);
    EXPECT_EQ(updated.action, AuditAction::Update);
    EXPECT_EQ(updated.userId, 0) << "0 is the system";
    EXPECT_EQ(updated.beforeJson, QStringLiteral(R"({"closed_on":null,"outcome":null,"status":"open"})"));
    EXPECT_EQ(updated.afterJson,
              QStringLiteral(R"({"closed_on":"2024-03-15","outcome":"churned","status":"closed"})"));

    const AuditEntry &deleted = audit->at(2);
    EXPECT_EQ(deleted.action, AuditAction::Delete);
    EXPECT_TRUE(deleted.beforeJson.contains(QStringLiteral("\"status\":\"closed\"")));
    EXPECT_TRUE(deleted.afterJson.isEmpty());
}

TEST_P(CaseRepositoryTest, RemovingAMissingCaseIsNotFound)
{
    const Status removed = CaseRepository(db()).remove(99, 0);
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
}

FW_ON_BOTH_BACKENDS(CaseRepositoryTest);
