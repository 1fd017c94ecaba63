// SPDX-License-Identifier: GPL-3.0-or-later
// CaseWorkService on both backends: each action's happy path and rules, the
// rep's reach, and optimistic concurrency (a stale version saves nothing and
// says who changed what).
#include "caseworktest.h"

#include "storage/auditrepository.h"
#include "storage/callrepository.h"
#include "storage/caserepository.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/taskrepository.h"
#include "storage/winbackcheckinrepository.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class CaseWork : public CaseWorkTest
{
protected:
    // Feedback with a primary reason (and consent when asked), as Anna.
    void giveFeedback(qint64 caseId, bool mayContactLater = false)
    {
        FeedbackInput input;
        input.primaryReasonId = m_price;
        input.mayContactLater = mayContactLater;
        FW_ASSERT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), input));
    }

    void expectRefused(const Status &status, ErrorCode code, const char *words = nullptr)
    {
        ASSERT_FALSE(status.has_value());
        EXPECT_EQ(status.error().code, code) << status.error().text().toStdString();
        if (words) {
            EXPECT_TRUE(status.error().message.contains(QString::fromUtf8(words)))
                << status.error().message.toStdString();
        }
    }

    template<typename T>
    void expectRefused(const Result<T> &result, ErrorCode code, const char *words = nullptr)
    {
        expectRefused(result ? Status() : Status(std::unexpected(result.error())), code, words);
    }
};

} // namespace

TEST_P(CaseWork, StartingOffboardingAppliesTheMatchingPlaybookAndTheRepOwnsTheCase)
{
    const qint64 caseId = startCase(m_anna, m_price);
    ASSERT_NE(caseId, 0);
    auto c = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->ownerId, m_anna);
    EXPECT_EQ(c->playbookId, m_playbook) << "the chosen playbook is recorded";
    EXPECT_EQ(c->openedOn, QDate::currentDate());
    EXPECT_EQ(c->effectiveOn, QDate::currentDate().addDays(30));
    auto tasks = TaskRepository(db()).listForCase(caseId);
    FW_ASSERT_OK(tasks);
    ASSERT_EQ(tasks->size(), 2);
    EXPECT_EQ(tasks->at(0).title, QStringLiteral("Call"));
    EXPECT_EQ(tasks->at(0).dueOn, QDate::currentDate().addDays(2));
    EXPECT_EQ(tasks->at(0).assigneeId, m_anna);
    EXPECT_EQ(tasks->at(1).dueOn, QDate::currentDate().addDays(5));
    auto feedback = ExitFeedbackRepository(db()).findForCase(caseId);
    FW_ASSERT_OK(feedback);
    EXPECT_EQ(feedback->primaryReasonId, m_price);
}

TEST_P(CaseWork, AManagersCaseStartsUnassignedAndASecondStartReturnsTheOpenCase)
{
    const qint64 caseId = startCase(m_maria);
    ASSERT_NE(caseId, 0);
    auto c = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->ownerId, 0);

    StartOffboardingInput input;
    input.accountId = m_account;
    input.effectiveOn = QDate::currentDate();
    auto again = desk(m_anna)->work.startOffboarding(input);
    FW_ASSERT_OK(again);
    EXPECT_TRUE(again->existing);
    EXPECT_EQ(again->caseId, caseId);
    EXPECT_EQ(count(QStringLiteral("cases")), 1);
    EXPECT_EQ(versionOf(caseId), c->version) << "the existing case is left unchanged";
}

TEST_P(CaseWork, StartingNeedsAnEffectiveDateAndAnActiveReason)
{
    StartOffboardingInput input;
    input.accountId = m_account;
    expectRefused(desk(m_anna)->work.startOffboarding(input), ErrorCode::InvalidInput, "contract ends");
    input.effectiveOn = QDate::currentDate();
    input.firstReasonId = m_archived;
    expectRefused(desk(m_anna)->work.startOffboarding(input), ErrorCode::InvalidInput, "archived");
    EXPECT_EQ(count(QStringLiteral("cases")), 0);
    EXPECT_EQ(count(QStringLiteral("tasks")), 0);
}

TEST_P(CaseWork, TwoDesksStartingAtOnceGetOneCase)
{
    const Actor actors[2] = {actorFor(m_anna), actorFor(m_ben)};
    Result<StartOffboardingOutcome> results[2];
    std::atomic<int> ready = 0;
    auto run = [&](int i) {
        // A connection belongs to the thread that opened it.
        auto connection = Database::open(m_scratch->spec());
        ++ready;
        if (!connection) {
            results[i] = std::unexpected(connection.error());
            return;
        }
        ServiceContext context{**connection, actors[i], m_control};
        StartOffboardingInput input;
        input.accountId = m_account;
        input.effectiveOn = QDate::currentDate();
        while (ready < 2) {
        }
        results[i] = CaseWorkService(context).startOffboarding(input);
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    FW_ASSERT_OK(results[0]);
    FW_ASSERT_OK(results[1]);
    EXPECT_NE(results[0]->existing, results[1]->existing) << "exactly one started it";
    EXPECT_EQ(results[0]->caseId, results[1]->caseId);
    EXPECT_EQ(count(QStringLiteral("cases")), 1);
    EXPECT_EQ(count(QStringLiteral("tasks")), 2);
}

TEST_P(CaseWork, LoggingACallWithAFollowUpMakesATaskForTheOwner)
{
    const qint64 caseId = startCase();
    const int version = versionOf(caseId);
    CallInput input;
    input.calledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    input.durationMinutes = 12;
    input.summary = QStringLiteral("  Wants a cheaper plan  ");
    input.followUpOn = QDate::currentDate().addDays(3);
    auto callId = desk(m_anna)->work.logCall(caseId, version, input);
    FW_ASSERT_OK(callId);
    EXPECT_EQ(versionOf(caseId), version + 1);

    auto call = CallRepository(db()).find(*callId);
    FW_ASSERT_OK(call);
    EXPECT_EQ(call->durationSeconds, 720);
    EXPECT_EQ(call->contactId, m_contact);
    EXPECT_EQ(call->userId, m_anna);
    EXPECT_EQ(call->summary, QStringLiteral("Wants a cheaper plan"));
    ASSERT_NE(call->followUpTaskId, 0);
    auto task = TaskRepository(db()).find(call->followUpTaskId);
    FW_ASSERT_OK(task);
    EXPECT_EQ(task->kind, StepKind::PersonalCall);
    EXPECT_EQ(task->dueOn, input.followUpOn);
    EXPECT_EQ(task->assigneeId, m_anna);
    EXPECT_EQ(task->caseId, caseId);
    EXPECT_EQ(task->position, 3) << "after the playbook's two";

    auto detail = desk(m_anna)->work.detail(caseId);
    FW_ASSERT_OK(detail);
    EXPECT_EQ(detail->header.lastContactAt.toSecsSinceEpoch(), input.calledAt.toSecsSinceEpoch());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'call' AND user_id = ?"), {m_anna}),
              1);
}

TEST_P(CaseWork, ACallIsCheckedBeforeItIsSaved)
{
    const qint64 caseId = startCase();
    const int version = versionOf(caseId);
    CallInput input;
    input.durationMinutes = -1;
    expectRefused(desk(m_anna)->work.logCall(caseId, version, input), ErrorCode::InvalidInput);
    input.durationMinutes = 5;
    input.followUpOn = QDate::currentDate().addDays(-1);
    expectRefused(desk(m_anna)->work.logCall(caseId, version, input), ErrorCode::InvalidInput, "follow-up");
    input.followUpOn = {};
    input.calledAt = QDateTime::currentDateTimeUtc().addDays(1);
    expectRefused(desk(m_anna)->work.logCall(caseId, version, input), ErrorCode::InvalidInput, "future");
    EXPECT_EQ(count(QStringLiteral("calls")), 0);
    EXPECT_EQ(versionOf(caseId), version);
}

TEST_P(CaseWork, FeedbackIsInsertedOnceThenUpdated)
{
    const qint64 caseId = startCase();
    FeedbackInput input;
    input.primaryReasonId = m_price;
    input.secondaryReasonIds = {m_support};
    input.verbatim = QStringLiteral("Too dear for us");
    input.satisfaction = 2;
    input.competitor = QStringLiteral("Rival");
    input.wouldReturn = WouldReturn::Maybe;
    input.mayContactLater = true;
    FW_ASSERT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), input));
    input.satisfaction = 3;
    input.secondaryReasonIds = {};
    FW_ASSERT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), input));
    EXPECT_EQ(count(QStringLiteral("exit_feedback")), 1);
    auto stored = ExitFeedbackRepository(db()).findForCase(caseId);
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->satisfaction, 3);
    EXPECT_TRUE(stored->secondaryReasonIds.isEmpty());
    EXPECT_EQ(stored->competitor, QStringLiteral("Rival"));
    EXPECT_EQ(stored->wouldReturn, WouldReturn::Maybe);
    EXPECT_TRUE(stored->mayContactLater);
}

TEST_P(CaseWork, FeedbackRules)
{
    const qint64 caseId = startCase();
    const int version = versionOf(caseId);
    auto work = desk(m_anna);
    FeedbackInput input;
    input.primaryReasonId = m_archived;
    expectRefused(work->work.recordFeedback(caseId, version, input), ErrorCode::InvalidInput, "archived");
    input.primaryReasonId = m_price;
    input.secondaryReasonIds = {m_price};
    expectRefused(work->work.recordFeedback(caseId, version, input), ErrorCode::InvalidInput, "primary");
    input.secondaryReasonIds = {m_support, m_support};
    expectRefused(work->work.recordFeedback(caseId, version, input), ErrorCode::InvalidInput, "once");
    input.secondaryReasonIds = {};
    input.satisfaction = 6;
    expectRefused(work->work.recordFeedback(caseId, version, input), ErrorCode::InvalidInput, "1 to 5");
    EXPECT_EQ(count(QStringLiteral("exit_feedback")), 0);
    EXPECT_EQ(versionOf(caseId), version);
}

TEST_P(CaseWork, AnArchivedReasonAlreadyChosenMayStay)
{
    const qint64 caseId = startCase();
    FeedbackInput input;
    input.primaryReasonId = m_support;
    FW_ASSERT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), input));
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE exit_reasons SET active = ? WHERE id = ?"), {false, m_support}));
    input.verbatim = QStringLiteral("Still the support");
    FW_EXPECT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), input));
}

TEST_P(CaseWork, AnAlternativeIsRecordedAndNeverNeededToClose)
{
    const qint64 caseId = startCase();
    AlternativeInput input;
    input.kind = AlternativeKind::Discount;
    input.description = QStringLiteral("20 % for a year");
    input.response = AlternativeResponse::Declined;
    auto id = desk(m_anna)->work.recordAlternative(caseId, versionOf(caseId), input);
    FW_ASSERT_OK(id);
    EXPECT_EQ(count(QStringLiteral("alternatives_offered")), 1);

    const qint64 other = startCase(m_anna);
    EXPECT_EQ(other, caseId) << "one open case per account";
    CloseInput close;
    close.outcome = CaseOutcome::Saved;
    FW_EXPECT_OK(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), close));
}

TEST_P(CaseWork, TasksAreCompletedSkippedWithAReasonAndReopened)
{
    const qint64 caseId = startCase();
    auto tasks = TaskRepository(db()).listForCase(caseId);
    FW_ASSERT_OK(tasks);
    const qint64 call = tasks->at(0).id, survey = tasks->at(1).id;
    auto work = desk(m_anna);
    FW_ASSERT_OK(work->work.completeTask(caseId, versionOf(caseId), call));
    expectRefused(work->work.skipTask(caseId, versionOf(caseId), survey, QStringLiteral("  ")),
                  ErrorCode::InvalidInput, "why");
    FW_ASSERT_OK(work->work.skipTask(caseId, versionOf(caseId), survey, QStringLiteral("Customer refused")));
    expectRefused(work->work.completeTask(caseId, versionOf(caseId), survey), ErrorCode::InvalidInput);

    auto detail = work->work.detail(caseId);
    FW_ASSERT_OK(detail);
    ASSERT_EQ(detail->tasks.size(), 2);
    EXPECT_EQ(detail->tasks.at(0).task.status, TaskStatus::Done);
    EXPECT_EQ(detail->tasks.at(0).completedByName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(detail->tasks.at(1).task.status, TaskStatus::Skipped);
    EXPECT_EQ(detail->tasks.at(1).skipReason, QStringLiteral("Customer refused"));

    FW_ASSERT_OK(work->work.reopenTask(caseId, versionOf(caseId), survey));
    auto reopened = TaskRepository(db()).find(survey);
    FW_ASSERT_OK(reopened);
    EXPECT_EQ(reopened->status, TaskStatus::Open);
    EXPECT_FALSE(reopened->completedAt.isValid());
    EXPECT_EQ(TaskRepository(db()).skipReason(survey).value_or(QStringLiteral("?")), QString());
    expectRefused(work->work.reopenTask(caseId, versionOf(caseId), survey), ErrorCode::InvalidInput);
}

TEST_P(CaseWork, ATaskOfAnotherCaseIsRefused)
{
    const qint64 caseId = startCase();
    const qint64 otherCase = addCase(addAccount(QStringLiteral("CRM-2")), m_anna);
    Task foreign;
    foreign.caseId = otherCase;
    foreign.title = QStringLiteral("Elsewhere");
    FW_ASSERT_OK(TaskRepository(db()).add(foreign));
    expectRefused(desk(m_anna)->work.completeTask(caseId, versionOf(caseId), foreign.id), ErrorCode::NotFound);
}

TEST_P(CaseWork, ChurnedNeedsAPrimaryReason)
{
    const qint64 caseId = startCase();
    CloseInput input;
    input.outcome = CaseOutcome::Churned;
    input.mrrLostMinor = 9900;
    expectRefused(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), input), ErrorCode::InvalidInput,
                  "primary exit reason");
    FeedbackInput noReason;
    noReason.verbatim = QStringLiteral("No reason given");
    FW_ASSERT_OK(desk(m_anna)->work.recordFeedback(caseId, versionOf(caseId), noReason));
    expectRefused(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), input), ErrorCode::InvalidInput,
                  "primary exit reason");
    giveFeedback(caseId);
    FW_ASSERT_OK(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), input));
    auto c = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->status, CaseStatus::Closed);
    EXPECT_EQ(c->outcome, CaseOutcome::Churned);
    EXPECT_EQ(c->closedOn, QDate::currentDate());
    EXPECT_EQ(c->mrrLostMinor, 9900);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE case_id = ? AND status = 'open'"), {caseId}), 2)
        << "open tasks stay as they are";
}

TEST_P(CaseWork, CloseRules)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId);
    const int version = versionOf(caseId);
    auto work = desk(m_anna);
    CloseInput input;
    input.mrrLostMinor = -1;
    expectRefused(work->work.closeCase(caseId, version, input), ErrorCode::InvalidInput, "negative");
    input.mrrLostMinor = 0;
    input.closedOn = QDate::currentDate().addDays(-1);
    expectRefused(work->work.closeCase(caseId, version, input), ErrorCode::InvalidInput, "before the case was opened");
    input.closedOn = {};
    input.winbackDueOn = QDate::currentDate().addDays(90);
    expectRefused(work->work.closeCase(caseId, version, input), ErrorCode::InvalidInput, "consent");
    EXPECT_EQ(versionOf(caseId), version);
    EXPECT_EQ(count(QStringLiteral("winback_checkins")), 0);
}

TEST_P(CaseWork, ClosingWithConsentPlansAWinbackForTheOwner)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId, true);
    CloseInput input;
    input.winbackDueOn = QDate::currentDate().addDays(90);
    FW_ASSERT_OK(desk(m_maria)->work.closeCase(caseId, versionOf(caseId), input));
    auto checkins = WinbackCheckinRepository(db()).listForCase(caseId);
    FW_ASSERT_OK(checkins);
    ASSERT_EQ(checkins->size(), 1);
    EXPECT_EQ(checkins->at(0).status, CheckinStatus::Planned);
    EXPECT_EQ(checkins->at(0).dueOn, input.winbackDueOn);
    EXPECT_EQ(checkins->at(0).assigneeId, m_anna) << "the owner, not the manager who closed it";
}

TEST_P(CaseWork, ReopeningClearsTheOutcomeAndRecordsWhy)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId, true);
    CloseInput close;
    close.mrrLostMinor = 500;
    close.winbackDueOn = QDate::currentDate().addDays(30);
    FW_ASSERT_OK(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), close));
    expectRefused(desk(m_anna)->work.reopenCase(caseId, versionOf(caseId), QString()), ErrorCode::InvalidInput);
    FW_ASSERT_OK(desk(m_anna)->work.reopenCase(caseId, versionOf(caseId), QStringLiteral("They called back")));
    auto c = CaseRepository(db()).find(caseId);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->status, CaseStatus::Open);
    EXPECT_FALSE(c->outcome.has_value());
    EXPECT_FALSE(c->closedOn.isValid());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM winback_checkins WHERE status = 'cancelled'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'case' AND after_json LIKE ?"),
                     {QStringLiteral("%They called back%")}),
              1);
    auto detail = desk(m_anna)->work.detail(caseId);
    FW_ASSERT_OK(detail);
    ASSERT_FALSE(detail->timeline.isEmpty());
    EXPECT_EQ(detail->timeline.at(0).kind, TimelineEntry::Kind::Status);
    EXPECT_EQ(detail->timeline.at(0).title, QStringLiteral("Case reopened"));
    EXPECT_EQ(detail->timeline.at(0).text, QStringLiteral("They called back"));
    EXPECT_EQ(detail->timeline.at(0).actorName, QStringLiteral("Anna Berg"));
}

TEST_P(CaseWork, ReopeningIsRefusedWhileTheAccountHasAnotherOpenCase)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId);
    FW_ASSERT_OK(desk(m_anna)->work.closeCase(caseId, versionOf(caseId), CloseInput{}));
    const qint64 second = startCase();
    ASSERT_NE(second, caseId);
    const int version = versionOf(caseId);
    expectRefused(desk(m_anna)->work.reopenCase(caseId, version, QStringLiteral("Oops")), ErrorCode::InvalidInput,
                  "open case");
    EXPECT_EQ(versionOf(caseId), version);
}

TEST_P(CaseWork, ARepCannotWorkOnSomeoneElsesCase)
{
    const qint64 caseId = startCase(m_anna);
    const int version = versionOf(caseId);
    CallInput call;
    expectRefused(desk(m_ben)->work.logCall(caseId, version, call), ErrorCode::PermissionDenied, "belongs to someone");
    expectRefused(desk(m_ben)->work.closeCase(caseId, version, CloseInput{CaseOutcome::Saved, 0, {}, {}}),
                  ErrorCode::PermissionDenied);
    EXPECT_EQ(count(QStringLiteral("calls")), 0);
    EXPECT_EQ(versionOf(caseId), version);
    FW_EXPECT_OK(desk(m_maria)->work.logCall(caseId, version, call)) << "a manager works on every case";

    const qint64 unassigned = startCase(m_maria, 0);
    ASSERT_EQ(unassigned, caseId) << "still the one open case";
}

TEST_P(CaseWork, ARepWorksOnAnUnassignedCase)
{
    const qint64 caseId = startCase(m_maria);
    FW_EXPECT_OK(desk(m_ben)->work.logCall(caseId, versionOf(caseId), CallInput{}));
}

TEST_P(CaseWork, AStaleVersionSavesNothingAndSaysWhoChangedWhat)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId);
    const int seen = versionOf(caseId);
    // Maria closes it while Ben, on his own connection, still looks at version `seen`.
    auto other = openOther();
    ASSERT_TRUE(other);
    FW_ASSERT_OK(desk(m_maria)->work.closeCase(caseId, seen, CloseInput{CaseOutcome::Churned, 100, {}, {}}));

    CallInput call;
    call.followUpOn = QDate::currentDate().addDays(1);
    auto logged = desk(m_maria, other.get())->work.logCall(caseId, seen, call);
    ASSERT_FALSE(logged.has_value());
    EXPECT_EQ(logged.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(logged.error().message.contains(QStringLiteral("Maria Lind closed the case as churned")))
        << logged.error().message.toStdString();
    EXPECT_EQ(CaseWorkService::currentVersionOf(logged.error()), seen + 1);
    EXPECT_EQ(count(QStringLiteral("calls")), 0);
    EXPECT_EQ(count(QStringLiteral("tasks")), 2) << "no follow-up task either";
    EXPECT_EQ(versionOf(caseId), seen + 1);

    // Two changes since: the message names the latest and counts the other.
    FW_ASSERT_OK(desk(m_anna)->work.completeTask(caseId, seen + 1, TaskRepository(db()).listForCase(caseId)->at(0).id));
    const Status stale = desk(m_anna)->work.reopenCase(caseId, seen, QStringLiteral("Why not"));
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("Anna Berg completed the task \"Call\"")))
        << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("1 other change"))) << stale.error().message.toStdString();
    EXPECT_EQ(CaseWorkService::currentVersionOf(stale.error()), seen + 2);
    EXPECT_EQ(CaseWorkService::currentVersionOf(Error{ErrorCode::InvalidInput, {}, {}, QStringLiteral("7")}), 0);
}

TEST_P(CaseWork, TwoConnectionsQuotingOneVersionOneWins)
{
    const qint64 caseId = startCase();
    giveFeedback(caseId);
    const int seen = versionOf(caseId);
    const Actor actors[2] = {actorFor(m_anna), actorFor(m_maria)};
    Status results[2];
    std::atomic<int> ready = 0;
    auto run = [&](int i) {
        auto connection = Database::open(m_scratch->spec());
        ++ready;
        if (!connection) {
            results[i] = std::unexpected(connection.error());
            return;
        }
        ServiceContext context{**connection, actors[i], m_control};
        CaseWorkService work(context);
        while (ready < 2) {
        }
        if (i == 0) {
            CallInput call;
            call.summary = QStringLiteral("From desk one");
            auto id = work.logCall(caseId, seen, call);
            results[i] = id ? Status() : Status(std::unexpected(id.error()));
        } else {
            results[i] = work.closeCase(caseId, seen, CloseInput{CaseOutcome::Churned, 100, {}, {}});
        }
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    const int wins = int(results[0].has_value()) + int(results[1].has_value());
    ASSERT_EQ(wins, 1) << (results[0] ? "" : results[0].error().text().toStdString()) << " / "
                       << (results[1] ? "" : results[1].error().text().toStdString());
    const Status &lost = results[0] ? results[1] : results[0];
    EXPECT_EQ(lost.error().code, ErrorCode::Conflict) << lost.error().text().toStdString();
    EXPECT_EQ(CaseWorkService::currentVersionOf(lost.error()), seen + 1);
    EXPECT_EQ(versionOf(caseId), seen + 1);
    EXPECT_EQ(count(QStringLiteral("calls")), results[0] ? 1 : 0);
}

TEST_P(CaseWork, TheDetailHoldsTheHeaderTasksAndATimelineNewestFirst)
{
    const qint64 caseId = startCase(m_anna, m_price);
    auto work = desk(m_anna);
    CallInput call;
    call.calledAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    call.durationMinutes = 12;
    FW_ASSERT_OK(work->work.logCall(caseId, versionOf(caseId), call));
    AlternativeInput alternative;
    alternative.kind = AlternativeKind::Pause;
    FW_ASSERT_OK(work->work.recordAlternative(caseId, versionOf(caseId), alternative));
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE tasks SET due_on = ? WHERE case_id = ? AND position = 1"),
                          {sqlDate(QDate::currentDate().addDays(-1)), caseId}));

    auto detail = work->work.detail(caseId);
    FW_ASSERT_OK(detail);
    const CaseHeader &h = detail->header;
    EXPECT_EQ(h.accountName, QStringLiteral("Acme CRM-1"));
    EXPECT_EQ(h.externalId, QStringLiteral("CRM-1"));
    EXPECT_EQ(h.plan, QStringLiteral("Team"));
    EXPECT_EQ(h.customerSince, QDate(2021, 6, 1));
    EXPECT_EQ(h.ownerName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(h.playbookName, QStringLiteral("Default"));
    EXPECT_EQ(h.contactName, QStringLiteral("Maria Keller"));
    EXPECT_EQ(h.contactEmail, QStringLiteral("maria@acme.example"));
    EXPECT_EQ(h.contactPhone, QStringLiteral("+49 30 1234"));
    EXPECT_EQ(h.daysOpen, 0);
    EXPECT_EQ(h.offboardingCase.version, versionOf(caseId));
    ASSERT_EQ(detail->tasks.size(), 2);
    EXPECT_TRUE(detail->tasks.at(0).overdue);
    EXPECT_FALSE(detail->tasks.at(1).overdue);
    EXPECT_EQ(detail->tasks.at(0).assigneeName, QStringLiteral("Anna Berg"));
    ASSERT_TRUE(detail->feedback.has_value());
    EXPECT_EQ(detail->alternatives.size(), 1);

    const QList<TimelineEntry> &t = detail->timeline;
    ASSERT_GE(t.size(), 4);
    for (qsizetype i = 1; i < t.size(); ++i)
        EXPECT_GE(t.at(i - 1).at, t.at(i).at) << "newest first at " << i;
    EXPECT_EQ(t.at(0).kind, TimelineEntry::Kind::Alternative);
    bool sawCall = false, sawOpened = false, sawFeedback = false;
    for (const TimelineEntry &e : t) {
        if (e.kind == TimelineEntry::Kind::Call) {
            sawCall = true;
            EXPECT_EQ(e.title, QStringLiteral("Call to Maria Keller: reached, 12 min"));
            EXPECT_EQ(e.actorName, QStringLiteral("Anna Berg"));
        }
        sawOpened |= e.title == QStringLiteral("Case opened");
        sawFeedback |= e.kind == TimelineEntry::Kind::Feedback && e.title.contains(QStringLiteral("Too expensive"));
    }
    EXPECT_TRUE(sawCall);
    EXPECT_TRUE(sawOpened);
    EXPECT_TRUE(sawFeedback);
}

FW_ON_BOTH_BACKENDS(CaseWork);
