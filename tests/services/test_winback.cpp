// SPDX-License-Identifier: GPL-3.0-or-later
// WinbackService on both backends: the planned and finished lists, what
// each outcome records, and the check-in's own version.
#include "caseworktest.h"

#include "services/caseworkinputs.h"
#include "storage/caserepository.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/winbackcheckinrepository.h"

#include <QSqlQuery>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class Winback : public CaseWorkTest
{
protected:
    // Closes a new case of `accountId` (as Anna, consent given) with a
    // check-in due in `dueInDays` (negative: overdue); its id.
    qint64 closedWithCheckin(qint64 accountId, int dueInDays)
    {
        auto anna = desk(m_anna);
        StartOffboardingInput start;
        start.accountId = accountId;
        start.effectiveOn = QDate::currentDate();
        auto started = anna->work.startOffboarding(start);
        EXPECT_TRUE(started.has_value());
        if (!started)
            return 0;
        const qint64 caseId = started->caseId;
        FeedbackInput feedback;
        feedback.primaryReasonId = m_price;
        feedback.mayContactLater = true;
        EXPECT_TRUE(anna->work.recordFeedback(caseId, versionOf(caseId), feedback).has_value());
        CloseInput close;
        close.mrrLostMinor = 4900;
        close.winbackDueOn = QDate::currentDate().addDays(30);
        const Status closed = anna->work.closeCase(caseId, versionOf(caseId), close);
        EXPECT_TRUE(closed.has_value()) << closed.error().text().toStdString();
        auto checkins = WinbackCheckinRepository(db()).listForCase(caseId);
        EXPECT_TRUE(checkins && checkins->size() == 1);
        if (!checkins || checkins->isEmpty())
            return 0;
        const qint64 id = checkins->at(0).id;
        EXPECT_TRUE(db().exec(QStringLiteral("UPDATE winback_checkins SET due_on = ? WHERE id = ?"),
                              {sqlDate(QDate::currentDate().addDays(dueInDays)), id}));
        return id;
    }

    int checkinVersion(qint64 id)
    {
        auto c = WinbackCheckinRepository(db()).find(id);
        EXPECT_TRUE(c.has_value());
        return c ? c->version : 0;
    }

    qint64 caseOf(qint64 checkinId) { return WinbackCheckinRepository(db()).find(checkinId).value().caseId; }
};

} // namespace

TEST_P(Winback, PlannedListsOverdueFirstUpToADate)
{
    const qint64 later = closedWithCheckin(m_account, 20);
    const qint64 overdue = closedWithCheckin(addAccount(QStringLiteral("CRM-2")), -3);
    const qint64 soon = closedWithCheckin(addAccount(QStringLiteral("CRM-3")), 2);
    auto list = desk(m_anna)->winback.planned(QDate::currentDate().addDays(7), 10);
    FW_ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).checkin.id, overdue);
    EXPECT_TRUE(list->at(0).overdue);
    EXPECT_EQ(list->at(0).accountName, QStringLiteral("Acme CRM-2"));
    EXPECT_EQ(list->at(0).assigneeName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(list->at(0).mrrLostMinor, 4900);
    EXPECT_EQ(list->at(0).closedOn, QDate::currentDate());
    EXPECT_EQ(list->at(1).checkin.id, soon);
    EXPECT_FALSE(list->at(1).overdue);
    auto all = desk(m_anna)->winback.planned({}, 10);
    FW_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).checkin.id, later);
    auto one = desk(m_anna)->winback.planned({}, 1);
    FW_ASSERT_OK(one);
    EXPECT_EQ(one->size(), 1);
}

TEST_P(Winback, AReturnIsStoredOnTheCheckinOfTheOldCase)
{
    const qint64 id = closedWithCheckin(m_account, 0);
    const int caseVersion = versionOf(caseOf(id));
    WinbackOutcomeInput input;
    input.outcome = CheckinOutcome::Returned;
    input.returnedOn = QDate::currentDate();
    input.newMrrMinor = 3900;
    input.notes = QStringLiteral("Back on Team");
    FW_ASSERT_OK(desk(m_anna)->winback.recordOutcome(id, checkinVersion(id), input));
    EXPECT_EQ(checkinVersion(id), 2);
    EXPECT_EQ(versionOf(caseOf(id)), caseVersion + 1);
    auto finished = desk(m_anna)->winback.finished(10);
    FW_ASSERT_OK(finished);
    ASSERT_EQ(finished->size(), 1);
    EXPECT_EQ(finished->at(0).checkin.status, CheckinStatus::Done);
    EXPECT_EQ(finished->at(0).checkin.outcome, CheckinOutcome::Returned);
    EXPECT_EQ(finished->at(0).checkin.notes, QStringLiteral("Back on Team"));
    EXPECT_EQ(finished->at(0).returnedOn, QDate::currentDate());
    EXPECT_EQ(finished->at(0).newMrrMinor, 3900);
    EXPECT_EQ(finished->at(0).checkin.caseId, caseOf(id));
    auto planned = desk(m_anna)->winback.planned({}, 10);
    FW_ASSERT_OK(planned);
    EXPECT_TRUE(planned->isEmpty());
}

TEST_P(Winback, AReturnNeedsADateAfterTheCloseAndNoNegativeMrr)
{
    const qint64 id = closedWithCheckin(m_account, 0);
    WinbackOutcomeInput input;
    input.outcome = CheckinOutcome::Returned;
    auto anna = desk(m_anna);
    const Status noDate = anna->winback.recordOutcome(id, 1, input);
    ASSERT_FALSE(noDate.has_value());
    EXPECT_EQ(noDate.error().code, ErrorCode::InvalidInput);
    input.returnedOn = QDate::currentDate().addDays(-1);
    const Status early = anna->winback.recordOutcome(id, 1, input);
    ASSERT_FALSE(early.has_value());
    EXPECT_EQ(early.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("before its case closed")))
        << early.error().message.toStdString();
    input.returnedOn = QDate::currentDate();
    input.newMrrMinor = -5;
    const Status negative = anna->winback.recordOutcome(id, 1, input);
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(checkinVersion(id), 1);
}

TEST_P(Winback, DoNotContactClearsTheConsentAndNoAnswerKeepsItPlanned)
{
    const qint64 first = closedWithCheckin(m_account, 0);
    WinbackOutcomeInput noAnswer;
    noAnswer.outcome = CheckinOutcome::NoAnswer;
    FW_ASSERT_OK(desk(m_anna)->winback.recordOutcome(first, 1, noAnswer));
    auto c = WinbackCheckinRepository(db()).find(first);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->status, CheckinStatus::Planned) << "tried again later";
    EXPECT_EQ(c->outcome, CheckinOutcome::NoAnswer);

    WinbackOutcomeInput declined;
    declined.outcome = CheckinOutcome::Declined;
    FW_ASSERT_OK(desk(m_anna)->winback.recordOutcome(first, 2, declined));
    auto feedback = ExitFeedbackRepository(db()).findForCase(caseOf(first));
    FW_ASSERT_OK(feedback);
    EXPECT_FALSE(feedback->mayContactLater);
    auto done = WinbackCheckinRepository(db()).find(first);
    FW_ASSERT_OK(done);
    EXPECT_EQ(done->status, CheckinStatus::Done);
    EXPECT_TRUE(done->completedAt.isValid());

    const Status again = desk(m_anna)->winback.recordOutcome(first, 3, declined);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput) << "finished already";

    const qint64 second = closedWithCheckin(addAccount(QStringLiteral("CRM-2")), 0);
    WinbackOutcomeInput notYet;
    notYet.outcome = CheckinOutcome::NotYet;
    FW_ASSERT_OK(desk(m_anna)->winback.recordOutcome(second, 1, notYet));
    auto kept = ExitFeedbackRepository(db()).findForCase(caseOf(second));
    FW_ASSERT_OK(kept);
    EXPECT_TRUE(kept->mayContactLater) << "not now is not a refusal";
}

TEST_P(Winback, AStaleCheckinVersionSavesNothing)
{
    const qint64 id = closedWithCheckin(m_account, 0);
    WinbackOutcomeInput noAnswer;
    noAnswer.outcome = CheckinOutcome::NoAnswer;
    FW_ASSERT_OK(desk(m_maria)->winback.recordOutcome(id, 1, noAnswer));
    WinbackOutcomeInput returned;
    returned.outcome = CheckinOutcome::Returned;
    returned.returnedOn = QDate::currentDate();
    const Status stale = desk(m_anna)->winback.recordOutcome(id, 1, returned);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("Maria Lind"))) << stale.error().message.toStdString();
    EXPECT_EQ(CaseWorkService::currentVersionOf(stale.error()), 2);
    auto c = WinbackCheckinRepository(db()).find(id);
    FW_ASSERT_OK(c);
    EXPECT_EQ(c->status, CheckinStatus::Planned);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM winback_checkins WHERE returned_on IS NOT NULL")), 0);
}

TEST_P(Winback, ARepCannotRecordSomeoneElsesCheckin)
{
    const qint64 id = closedWithCheckin(m_account, 0);
    WinbackOutcomeInput input;
    input.outcome = CheckinOutcome::NotYet;
    const Status refused = desk(m_ben)->winback.recordOutcome(id, 1, input);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(checkinVersion(id), 1);
    FW_EXPECT_OK(desk(m_maria)->winback.recordOutcome(id, 1, input));
}

FW_ON_BOTH_BACKENDS(Winback);
