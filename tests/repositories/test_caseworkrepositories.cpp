// SPDX-License-Identifier: GPL-3.0-or-later
// The work on a case: tasks (and applying a playbook), calls, alternatives
// offered and win-back check-ins.
#include "repositorytest.h"

#include "storage/alternativeofferedrepository.h"
#include "storage/callrepository.h"
#include "storage/caserepository.h"
#include "storage/contactrepository.h"
#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"
#include "storage/taskrepository.h"
#include "storage/winbackcheckinrepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class CaseWorkRepositories : public RepositoryTest
{
};

Task task(qint64 caseId, int position, const QString &title)
{
    Task t;
    t.caseId = caseId;
    t.position = position;
    t.title = title;
    return t;
}

} // namespace

TEST_P(CaseWorkRepositories, TaskRoundTripsAndListsByPosition)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount());
    TaskRepository tasks(db());
    Task done = task(caseId, 2, QStringLiteral("Export their data"));
    done.kind = StepKind::DataExport;
    done.helpText = QStringLiteral("CSV and PDF");
    done.ownerRole = UserRole::Admin;
    done.assigneeId = anna;
    done.dueOn = QDate(2024, 3, 4);
    done.required = false;
    done.status = TaskStatus::Done;
    done.completedAt = utc(2024, 3, 3, 17, 45, 12, 345);
    done.completedBy = anna;
    FW_ASSERT_OK(tasks.add(done));
    Task first = task(caseId, 1, QStringLiteral("Call"));
    FW_ASSERT_OK(tasks.add(first));

    auto list = tasks.listForCase(caseId);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, first.id);
    const Task &read = list->at(1);
    EXPECT_EQ(read.id, done.id);
    EXPECT_EQ(read.caseId, caseId);
    EXPECT_EQ(read.stepId, 0);
    EXPECT_EQ(read.position, 2);
    EXPECT_EQ(read.kind, StepKind::DataExport);
    EXPECT_EQ(read.title, QStringLiteral("Export their data"));
    EXPECT_EQ(read.helpText, QStringLiteral("CSV and PDF"));
    EXPECT_EQ(read.ownerRole, UserRole::Admin);
    EXPECT_EQ(read.assigneeId, anna);
    EXPECT_EQ(read.dueOn, QDate(2024, 3, 4));
    EXPECT_FALSE(read.required);
    EXPECT_EQ(read.status, TaskStatus::Done);
    EXPECT_EQ(read.completedAt, utc(2024, 3, 3, 17, 45, 12, 345));
    EXPECT_EQ(read.completedBy, anna);
    EXPECT_EQ(read.version, 1);
    EXPECT_FALSE(list->at(0).completedAt.isValid());
    EXPECT_FALSE(list->at(0).dueOn.isValid());

    Task open = task(caseId, 3, QStringLiteral("Thank them"));
    open.assigneeId = anna;
    open.dueOn = QDate(2024, 3, 2);
    FW_ASSERT_OK(tasks.add(open));
    Task undated = task(caseId, 4, QStringLiteral("Whenever"));
    undated.assigneeId = anna;
    FW_ASSERT_OK(tasks.add(undated));
    auto mine = tasks.listOpenForAssignee(anna);
    FW_ASSERT_OK(mine);
    ASSERT_EQ(mine->size(), 2) << "done tasks are not open";
    EXPECT_EQ(mine->at(0).id, open.id);
    EXPECT_EQ(mine->at(1).id, undated.id);

    auto missing = tasks.find(undated.id + 10);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_P(CaseWorkRepositories, ConcurrentTaskEditsConflict)
{
    const qint64 caseId = addCase(addAccount());
    Task t = task(caseId, 1, QStringLiteral("Call"));
    FW_ASSERT_OK(TaskRepository(db()).add(t));
    auto other = openOther();
    ASSERT_TRUE(other);
    expectSecondSaveConflicts<TaskRepository>(
        db(), *other, t.id,
        [](Task &row, int who) { row.status = who == 1 ? TaskStatus::Done : TaskStatus::Skipped; },
        [](const Task &row) { EXPECT_EQ(row.status, TaskStatus::Done); });
}

// Applying a playbook is PlaybookService's (tests/services); here: a task
// keeps the step it was copied from, whatever happens to the playbook.
TEST_P(CaseWorkRepositories, ATaskKeepsItsStepWhenThePlaybookIsEdited)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount(), anna, QDate(2024, 2, 27));
    Playbook playbook;
    playbook.name = QStringLiteral("Default");
    FW_ASSERT_OK(PlaybookRepository(db()).add(playbook));
    PlaybookStepRepository steps(db());
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
    FW_ASSERT_OK(steps.saveSteps(playbook.id, list));

    TaskRepository tasks(db());
    Task copied = task(caseId, 1, QStringLiteral("Call"));
    copied.stepId = list.at(0).id;
    copied.assigneeId = anna;
    copied.dueOn = QDate(2024, 2, 28);
    FW_ASSERT_OK(tasks.add(copied));
    auto after = tasks.listForCase(caseId);
    FW_ASSERT_OK(after);
    ASSERT_EQ(after->size(), 1);

    // Later playbook edits leave the copies alone, and a task keeps its
    // step even when the step is edited or removed from the playbook.
    QList<PlaybookStep> edited = list;
    edited[0].title = QStringLiteral("Call (new wording)");
    edited[0].dueOffsetDays = 10;
    FW_ASSERT_OK(steps.saveSteps(playbook.id, edited));
    auto stored = tasks.find(copied.id);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->title, QStringLiteral("Call"));
    EXPECT_EQ(stored->dueOn, QDate(2024, 2, 28));
    EXPECT_EQ(stored->stepId, list.at(0).id) << "the step was edited in place";

    edited.removeFirst();
    FW_ASSERT_OK(steps.saveSteps(playbook.id, edited));
    auto archived = steps.find(list.at(0).id);
    FW_ASSERT_OK(archived);
    EXPECT_TRUE(archived->archived);
    EXPECT_EQ(tasks.find(copied.id)->stepId, list.at(0).id) << "the removed step is archived, not gone";
    const Status deleteUsedStep = steps.remove(list.at(0).id);
    ASSERT_FALSE(deleteUsedStep.has_value());
    EXPECT_EQ(deleteUsedStep.error().code, ErrorCode::ForeignKeyViolation) << "a step a task points at stays";
    const Status deletePlaybook = PlaybookRepository(db()).remove(playbook.id);
    ASSERT_FALSE(deletePlaybook.has_value());
    EXPECT_EQ(deletePlaybook.error().code, ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(count(QStringLiteral("playbook_steps")), 3) << "the refused delete took no step along";
}

TEST_P(CaseWorkRepositories, CallsNewestFirst)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 account = addAccount();
    const qint64 caseId = addCase(account);
    Contact contact;
    contact.accountId = account;
    contact.name = QStringLiteral("Zed");
    FW_ASSERT_OK(ContactRepository(db()).add(contact));
    Task followUp = task(caseId, 1, QStringLiteral("Call back"));
    FW_ASSERT_OK(TaskRepository(db()).add(followUp));

    CallRepository calls(db());
    Call early;
    early.caseId = caseId;
    early.calledAt = utc(2024, 3, 1, 9, 0, 0, 1);
    early.outcome = CallOutcome::NoAnswer;
    FW_ASSERT_OK(calls.add(early));
    Call late;
    late.caseId = caseId;
    late.userId = anna;
    late.contactId = contact.id;
    late.calledAt = utc(2024, 3, 1, 9, 0, 0, 2);
    late.durationSeconds = 754;
    late.direction = CallDirection::Inbound;
    late.outcome = CallOutcome::Reached;
    late.summary = QStringLiteral("They move to a cheaper tool; open to a check-in in autumn.");
    late.nextFollowUpOn = QDate(2024, 9, 1);
    late.followUpTaskId = followUp.id;
    FW_ASSERT_OK(calls.add(late));

    auto list = calls.listForCase(caseId);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    const Call &read = list->at(0);
    EXPECT_EQ(read.id, late.id) << "one millisecond later is newer";
    EXPECT_EQ(read.userId, anna);
    EXPECT_EQ(read.contactId, contact.id);
    EXPECT_EQ(read.calledAt, utc(2024, 3, 1, 9, 0, 0, 2));
    EXPECT_EQ(read.durationSeconds, 754);
    EXPECT_EQ(read.direction, CallDirection::Inbound);
    EXPECT_EQ(read.outcome, CallOutcome::Reached);
    EXPECT_EQ(read.summary, late.summary);
    EXPECT_EQ(read.nextFollowUpOn, QDate(2024, 9, 1));
    EXPECT_EQ(read.followUpTaskId, followUp.id);
    EXPECT_EQ(list->at(1).userId, 0);
    EXPECT_FALSE(list->at(1).nextFollowUpOn.isValid());

    Call negative = early;
    negative.durationSeconds = -5;
    const Status refused = calls.update(negative);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    FW_ASSERT_OK(calls.remove(early.id));
    EXPECT_EQ(calls.remove(early.id).error().code, ErrorCode::NotFound);
}

TEST_P(CaseWorkRepositories, AlternativesInTheOrderOffered)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount());
    AlternativeOfferedRepository alternatives(db());
    AlternativeOffered pause;
    pause.caseId = caseId;
    pause.kind = AlternativeKind::Pause;
    pause.description = QStringLiteral("Three months' pause");
    pause.response = AlternativeResponse::Declined;
    pause.offeredBy = anna;
    pause.offeredAt = utc(2024, 3, 2, 10, 0, 0, 500);
    FW_ASSERT_OK(alternatives.add(pause));
    AlternativeOffered training;
    training.caseId = caseId;
    training.kind = AlternativeKind::Training;
    FW_ASSERT_OK(alternatives.add(training));
    EXPECT_TRUE(training.offeredAt.isValid()) << "now, when not given";

    auto list = alternatives.listForCase(caseId);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, pause.id);
    EXPECT_EQ(list->at(0).kind, AlternativeKind::Pause);
    EXPECT_EQ(list->at(0).description, pause.description);
    EXPECT_EQ(list->at(0).response, AlternativeResponse::Declined);
    EXPECT_EQ(list->at(0).offeredBy, anna);
    EXPECT_EQ(list->at(0).offeredAt, utc(2024, 3, 2, 10, 0, 0, 500));
    EXPECT_EQ(list->at(1).response, AlternativeResponse::Thinking);

    training.response = AlternativeResponse::Accepted;
    FW_ASSERT_OK(alternatives.update(training));
    EXPECT_EQ(alternatives.find(training.id)->response, AlternativeResponse::Accepted);
}

TEST_P(CaseWorkRepositories, CheckinsDueBeforeADate)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount());
    WinbackCheckinRepository checkins(db());
    auto add = [&](const QDate &due, CheckinStatus status) {
        WinbackCheckin c;
        c.caseId = caseId;
        c.dueOn = due;
        c.status = status;
        auto id = checkins.add(c);
        EXPECT_TRUE(id.has_value());
        return c;
    };
    const WinbackCheckin later = add(QDate(2024, 10, 1), CheckinStatus::Planned);
    const WinbackCheckin soon = add(QDate(2024, 6, 30), CheckinStatus::Planned);
    add(QDate(2024, 6, 1), CheckinStatus::Cancelled);
    const WinbackCheckin onTheDay = add(QDate(2024, 7, 1), CheckinStatus::Planned);

    auto due = checkins.listPlannedDueBefore(QDate(2024, 7, 1));
    FW_ASSERT_OK(due);
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->at(0).id, soon.id);
    due = checkins.listPlannedDueBefore(QDate(2024, 7, 2));
    FW_ASSERT_OK(due);
    ASSERT_EQ(due->size(), 2);
    EXPECT_EQ(due->at(1).id, onTheDay.id);

    WinbackCheckin done = soon;
    done.status = CheckinStatus::Done;
    done.outcome = CheckinOutcome::NotYet;
    done.assigneeId = anna;
    done.notes = QStringLiteral("Try again in spring");
    done.completedAt = utc(2024, 6, 30, 15, 30, 0, 125);
    FW_ASSERT_OK(checkins.update(done));
    EXPECT_EQ(done.version, 2);
    auto read = checkins.find(soon.id);
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->status, CheckinStatus::Done);
    EXPECT_EQ(read->outcome, CheckinOutcome::NotYet);
    EXPECT_EQ(read->assigneeId, anna);
    EXPECT_EQ(read->notes, QStringLiteral("Try again in spring"));
    EXPECT_EQ(read->completedAt, utc(2024, 6, 30, 15, 30, 0, 125));
    EXPECT_EQ(read->dueOn, QDate(2024, 6, 30));

    auto list = checkins.listForCase(caseId);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 4);
    EXPECT_EQ(list->at(3).id, later.id);
    EXPECT_FALSE(list->at(3).outcome.has_value());

    auto other = openOther();
    ASSERT_TRUE(other);
    expectSecondSaveConflicts<WinbackCheckinRepository>(
        db(), *other, later.id,
        [](WinbackCheckin &row, int who) { row.notes = QStringLiteral("by %1").arg(who); },
        [](const WinbackCheckin &row) { EXPECT_EQ(row.notes, QStringLiteral("by 1")); });
}

FW_ON_BOTH_BACKENDS(CaseWorkRepositories);
