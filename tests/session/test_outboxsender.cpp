// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's background sender on both backends, with a scripted
// transport: each note delivered once, off the GUI thread, its database work
// through the session; a temporary failure tried again later; an uncertain
// delivery never repeated; a note queued later sent on wake(); attempts cut
// short flagged at start (and others' attempts under way left alone); a stop
// that records the delivery under way; a sender deleted mid-delivery that
// leaves the note for recovery.
#include "scriptedtransport.h"

#include "domain/account.h"
#include "domain/offboardingcase.h"
#include "domain/user.h"
#include "services/mailsettingsservice.h"
#include "services/noteservice.h"
#include "services/outboxservice.h"
#include "session/outboxsender.h"
#include "session/session.h"
#include "storage/accountrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/userrepository.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <set>
#include <thread>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class OutboxSenderTest : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        m_scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(m_scratch->error().isEmpty()) << m_scratch->error().toStdString();
        auto db = m_scratch->open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);

        User me;
        me.login = isPostgres() ? m_scratch->spec().user : QStringLiteral("ada");
        me.displayName = QStringLiteral("Ada Park");
        me.email = QStringLiteral("ada@fairwell-test.example");
        me.role = UserRole::Admin;
        auto userId = UserRepository(*m_db).add(me);
        ASSERT_TRUE(userId.has_value()) << userId.error().text().toStdString();
        m_actor = Actor{*userId, me.displayName, me.login, me.role};

        Account account;
        account.externalId = QStringLiteral("CRM-1");
        account.name = QStringLiteral("Acme");
        account.plan = QStringLiteral("Team");
        account.customerSince = QDate(2021, 6, 1);
        ASSERT_TRUE(AccountRepository(*m_db).add(account).has_value());
        OffboardingCase c;
        c.accountId = account.id;
        c.ownerId = m_actor.userId;
        c.openedOn = QDate::currentDate();
        auto caseId = CaseRepository(*m_db).add(c, m_actor.userId);
        ASSERT_TRUE(caseId.has_value()) << caseId.error().text().toStdString();
        m_case = *caseId;

        m_settings.host = QStringLiteral("smtp.fairwell-test.example");
        m_settings.fromAddress = QStringLiteral("thanks@fairwell-test.example");
        m_settings.timeoutSeconds = 5;
        ServiceContext context{*m_db, m_actor, m_control};
        const Status saved = MailSettingsService(context).saveSmtpSettings(m_settings);
        ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
        m_settings.password = QStringLiteral("from the keyring");

        OpenRequest request{m_scratch->spec()};
        if (!isPostgres())
            request.localProfileId = m_actor.userId;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        ASSERT_TRUE(m_session->actor().isValid());
    }

    void TearDown() override
    {
        m_sender.reset();
        m_session.reset();
    }

    bool isPostgres() const { return GetParam() == ScratchDatabase::Backend::Postgres; }

    void makeSender(const OutboxSender::Options &options = {})
    {
        auto script = m_script;
        m_sender = std::make_unique<OutboxSender>(
            *m_session,
            [script](const SmtpSettings &settings) -> std::unique_ptr<MailTransport> {
                EXPECT_EQ(settings.password, QStringLiteral("from the keyring"));
                return std::make_unique<ScriptedTransport>(script);
            },
            options);
        QObject::connect(m_sender.get(), &OutboxSender::noteChanged,
                         [this](qint64 id, NoteState state) { m_changes.append({id, state}); });
        QObject::connect(m_sender.get(), &OutboxSender::idle, [this](const QDateTime &) { ++m_idle; });
        QObject::connect(m_sender.get(), &OutboxSender::problem,
                         [](const Error &error) { ADD_FAILURE() << error.text().toStdString(); });
    }

    // A note of the case, queued on the test's own connection (another
    // window of this desk, or another desk).
    qint64 queueNote(const QString &to = QStringLiteral("maria@acme.example"))
    {
        ServiceContext context{*m_db, m_actor, m_control};
        NoteService notes(context);
        NoteDraft draft;
        draft.caseId = m_case;
        draft.to = MailAddress{QStringLiteral("Maria Keller"), to};
        draft.subject = QStringLiteral("Thank you");
        draft.body = QStringLiteral("Dear Maria,\nthank you.\nAda");
        auto saved = notes.saveDraft(draft);
        EXPECT_TRUE(saved.has_value()) << saved.error().text().toStdString();
        if (!saved)
            return 0;
        auto queued = notes.queue(saved->id, saved->version);
        EXPECT_TRUE(queued.has_value()) << queued.error().text().toStdString();
        return saved->id;
    }

    Note note(qint64 id)
    {
        auto found = NoteRepository(*m_db).find(id);
        EXPECT_TRUE(found.has_value());
        return found.value_or(Note{});
    }

    bool reaches(qint64 id, NoteState state, int timeoutMs = 20000)
    {
        return waitUntil([&] { return note(id).state == state; }, timeoutMs);
    }

    // Lets the GUI thread handle what arrives for `ms`.
    static void idleFor(int ms)
    {
        const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(ms);
        waitUntil([&] { return QDateTime::currentDateTimeUtc() >= until; }, ms + 1000);
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<OutboxSender> m_sender;
    std::shared_ptr<DeliveryScript> m_script = std::make_shared<DeliveryScript>();
    Actor m_actor;
    JobControl m_control;
    SmtpSettings m_settings;
    qint64 m_case = 0;
    QList<std::pair<qint64, NoteState>> m_changes;
    int m_idle = 0;
};

} // namespace

TEST_P(OutboxSenderTest, DeliversEachQueuedNoteOnceOffTheGuiThread)
{
    const QList<qint64> ids{queueNote(), queueNote(), queueNote(QStringLiteral("ben@acme.example"))};
    makeSender();
    m_sender->start(m_settings);
    for (const qint64 id : ids)
        ASSERT_TRUE(reaches(id, NoteState::Sent)) << "note " << id;
    ASSERT_TRUE(waitUntil([&] { return m_idle > 0; }));
    idleFor(300);

    const QList<OutgoingMail> mails = m_script->delivered();
    ASSERT_EQ(mails.size(), 3) << "each note once";
    std::set<QString> sent, expected;
    for (const OutgoingMail &mail : mails)
        sent.insert(mail.messageId);
    for (const qint64 id : ids)
        expected.insert(note(id).messageId);
    EXPECT_EQ(sent, expected);
    EXPECT_EQ(mails.at(2).to.at(0).address, QStringLiteral("ben@acme.example"));
    EXPECT_EQ(mails.at(0).from.address, QStringLiteral("thanks@fairwell-test.example"));
    for (QThread *thread : m_script->threads())
        EXPECT_NE(thread, QThread::currentThread()) << "never on the GUI thread";
    EXPECT_EQ(m_script->transportsMade(), 1) << "one transport for the settings";
    ASSERT_EQ(m_changes.size(), 3);
    EXPECT_EQ(m_changes.at(0).second, NoteState::Sent);
    for (const qint64 id : ids)
        EXPECT_EQ(note(id).attempts, 1);
}

TEST_P(OutboxSenderTest, ATemporaryFailureIsTriedAgainLater)
{
    m_script->push(DeliveryOutcome{DeliveryResult::TemporaryFailure, QStringLiteral("421 4.3.2 Busy, try later")});
    const qint64 id = queueNote();
    OutboxSender::Options options;
    options.policy.firstRetrySeconds = 1;
    makeSender(options);
    m_sender->start(m_settings);
    ASSERT_TRUE(reaches(id, NoteState::Sent));
    const QList<OutgoingMail> mails = m_script->delivered();
    ASSERT_EQ(mails.size(), 2);
    EXPECT_EQ(mails.at(0).messageId, mails.at(1).messageId) << "the same message, recognisable as such";
    const Note sent = note(id);
    EXPECT_EQ(sent.attempts, 2);
    EXPECT_TRUE(sent.lastError.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return m_changes.size() >= 2; })); // the answer follows the commit
    ASSERT_EQ(m_changes.size(), 2);
    EXPECT_EQ(m_changes.at(0).second, NoteState::Queued);
    EXPECT_EQ(m_changes.at(1).second, NoteState::Sent);
}

TEST_P(OutboxSenderTest, AnUncertainDeliveryIsNeverRepeated)
{
    m_script->push(DeliveryOutcome{DeliveryResult::Uncertain, QStringLiteral("No answer after the message")});
    const qint64 first = queueNote();
    makeSender();
    m_sender->start(m_settings);
    ASSERT_TRUE(reaches(first, NoteState::MayHaveBeenSent));
    const qint64 second = queueNote();
    m_sender->wake();
    ASSERT_TRUE(reaches(second, NoteState::Sent));
    idleFor(500);
    EXPECT_EQ(m_script->count(), 2) << "the uncertain one went to the server once";
    EXPECT_EQ(note(first).state, NoteState::MayHaveBeenSent);
    EXPECT_EQ(note(first).lastError, QStringLiteral("No answer after the message"));
}

TEST_P(OutboxSenderTest, ANoteQueuedLaterGoesOutOnWake)
{
    makeSender();
    m_sender->start(m_settings);
    ASSERT_TRUE(waitUntil([&] { return m_idle > 0; })) << "nothing to do: it sleeps";
    EXPECT_EQ(m_script->count(), 0);
    const qint64 id = queueNote();
    m_sender->wake();
    ASSERT_TRUE(reaches(id, NoteState::Sent, 5000)) << "well before the idle check";
    EXPECT_EQ(m_script->count(), 1);
}

TEST_P(OutboxSenderTest, AnAttemptCutShortIsFlaggedAtStartAndOneUnderWayIsLeftAlone)
{
    const qint64 crashed = queueNote();
    const qint64 elsewhere = queueNote();
    ServiceContext context{*m_db, m_actor, m_control};
    OutboxService outbox(context);
    for (int i = 0; i < 2; ++i) {
        auto claimed = outbox.claimNextDue(QDateTime::currentDateTimeUtc().addSecs(1));
        ASSERT_TRUE(claimed.has_value() && claimed->has_value());
    }
    // The first began an hour ago on a desktop that died; the second is on
    // its way on another desktop right now.
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE notes SET sending_started_at = ? WHERE id = ?"),
                           {sqlInstant(QDateTime::currentDateTimeUtc().addSecs(-3600)), crashed})
                    .has_value());
    makeSender();
    QSignalSpy found(m_sender.get(), &OutboxSender::interruptedFound);
    m_sender->start(m_settings);
    ASSERT_TRUE(reaches(crashed, NoteState::MayHaveBeenSent));
    ASSERT_TRUE(waitUntil([&] { return m_idle > 0; }));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).at(0).toInt(), 1);
    EXPECT_EQ(note(elsewhere).state, NoteState::Sending);
    EXPECT_EQ(m_script->count(), 0) << "neither is sent again";
}

TEST_P(OutboxSenderTest, StoppingRecordsTheDeliveryUnderWayAndClaimsNoMore)
{
    m_script->holdNext();
    const qint64 first = queueNote();
    const qint64 second = queueNote();
    makeSender();
    QSignalSpy stopped(m_sender.get(), &OutboxSender::stopped);
    m_sender->start(m_settings);
    ASSERT_TRUE(waitUntil([&] { return m_script->isHolding(); }));
    EXPECT_TRUE(m_sender->isBusy());
    if (isPostgres()) {
        // This test's own connection and the session's: the sender opened none.
        auto connections = m_db->exec(
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"));
        ASSERT_TRUE(connections.has_value() && connections->next());
        EXPECT_EQ(connections->value(0).toInt(), 2);
    }
    m_sender->stop();
    idleFor(100);
    EXPECT_EQ(stopped.size(), 0) << "not before the delivery under way is recorded";
    m_script->release();
    ASSERT_TRUE(waitUntil([&] { return stopped.size() > 0; }));
    EXPECT_EQ(note(first).state, NoteState::Sent);
    idleFor(300);
    EXPECT_EQ(note(second).state, NoteState::Queued);
    EXPECT_EQ(m_script->count(), 1);
    EXPECT_FALSE(m_sender->isRunning());
}

TEST_P(OutboxSenderTest, ASenderDeletedMidDeliveryLeavesTheNoteForRecovery)
{
    m_script->holdNext();
    const qint64 id = queueNote();
    makeSender();
    m_sender->start(m_settings);
    ASSERT_TRUE(waitUntil([&] { return m_script->isHolding(); }));
    // The server answers a moment after the app began to close.
    std::thread server([script = m_script] {
        QThread::msleep(200);
        script->release();
    });
    m_sender.reset();
    server.join();
    idleFor(200);
    EXPECT_EQ(note(id).state, NoteState::Sending) << "the answer was not recorded";

    // The next start, once the attempt counts as interrupted.
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE notes SET sending_started_at = ? WHERE id = ?"),
                           {sqlInstant(QDateTime::currentDateTimeUtc().addSecs(-3600)), id})
                    .has_value());
    makeSender();
    m_sender->start(m_settings);
    ASSERT_TRUE(reaches(id, NoteState::MayHaveBeenSent));
    idleFor(200);
    EXPECT_EQ(m_script->count(), 1) << "never resent silently";
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxSenderTest,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
