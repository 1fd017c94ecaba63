// SPDX-License-Identifier: GPL-3.0-or-later
// Other people's changes reach an open session: on PostgreSQL through the
// notices of migration 7, on SQLite through PRAGMA data_version, on a timer
// and when asked. Never for the session's own writes, never for nothing.
#include "session/changewatcher.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

// Changes one person's name in its own transaction on `db`.
Status rename(Database &db, qint64 userId, const QString &name)
{
    return db.write([&]() -> Status {
        auto updated = db.exec(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {name, userId});
        if (!updated)
            return fail(updated.error());
        return {};
    });
}

// Lets the GUI thread handle what arrives for `ms`.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitUntil([&timer, ms] { return timer.elapsed() >= ms; }, ms + 1000);
}

// A database on one engine with one person, a session working as them, and a
// second, plain connection: another desk.
class ChangeNoticeTest : public ::testing::Test
{
protected:
    void open(ScratchDatabase::Backend backend)
    {
        m_scratch = std::make_unique<ScratchDatabase>(backend);
        ASSERT_TRUE(m_scratch->error().isEmpty()) << m_scratch->error().toStdString();
        auto db = m_scratch->open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_other = std::move(*db);
        User me;
        me.login = backend == ScratchDatabase::Backend::Postgres ? m_scratch->spec().user : QStringLiteral("ada");
        me.displayName = QStringLiteral("Ada Park");
        auto id = UserRepository(*m_other).add(me);
        ASSERT_TRUE(id.has_value()) << id.error().text().toStdString();
        m_userId = *id;

        OpenRequest request{m_scratch->spec()};
        if (backend == ScratchDatabase::Backend::Sqlite)
            request.localProfileId = m_userId;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        QObject::connect(m_session.get(), &Session::dataChanged, [this] { ++m_signals; });
        // The session starts watching once its open job is done; one more job
        // waits for that.
        ASSERT_TRUE(runAndWait<bool>(*m_session, [](ServiceContext &) -> Result<bool> { return true; }));
    }

    void TearDown() override
    {
        m_session.reset();
        ChangeWatcher::setPollInterval(ChangeWatcher::kDefaultPollIntervalMs);
    }

    // Waits at most `ms` for a signal; how long it took, or -1.
    qint64 msUntilSignal(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        const int before = m_signals;
        if (!waitUntil([&] { return m_signals > before; }, ms))
            return -1;
        return timer.elapsed();
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<Session> m_session;
    qint64 m_userId = 0;
    int m_signals = 0;
};

} // namespace

TEST_F(ChangeNoticeTest, OnPostgresAnotherDesksCommitArrivesWithinTwoSeconds)
{
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Postgres));
    ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada Park-Lee")));
    const qint64 took = msUntilSignal(2000);
    EXPECT_GE(took, 0) << "no dataChanged within 2 s of the other desk's commit";
    idle(400);
    EXPECT_EQ(m_signals, 1) << "one commit, one signal";
}

TEST_F(ChangeNoticeTest, OnPostgresTheSessionsOwnWriteIsNotAChange)
{
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Postgres));
    auto written = runAndWait<bool>(*m_session, [this](ServiceContext &c) -> Result<bool> {
        if (auto done = rename(c.db, m_userId, QStringLiteral("Ada (own)")); !done)
            return fail(done.error());
        return true;
    });
    ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
    idle(1000);
    EXPECT_EQ(m_signals, 0);

    // It does listen: the same change from the other desk arrives.
    ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada (other)")));
    EXPECT_GE(msUntilSignal(2000), 0);
}

TEST_F(ChangeNoticeTest, OnPostgresNothingArrivesForNothingOrForARollback)
{
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Postgres));
    idle(1000);
    EXPECT_EQ(m_signals, 0) << "nothing changed";

    auto rolledBack = m_other->write([this]() -> Status {
        if (auto renamed = rename(*m_other, m_userId, QStringLiteral("Never")); !renamed)
            return renamed;
        return fail(ErrorCode::QueryFailed, QStringLiteral("changed my mind"));
    });
    ASSERT_FALSE(rolledBack.has_value());
    idle(1000);
    EXPECT_EQ(m_signals, 0) << "a rolled-back change is no change";
}

TEST_F(ChangeNoticeTest, OnPostgresABurstOfCommitsIsCoalesced)
{
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Postgres));
    QElapsedTimer burst;
    burst.start();
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada %1").arg(i)));
    const qint64 lasted = burst.elapsed();
    idle(800);
    EXPECT_GE(m_signals, 1);
    // One at once, then at most one per 250 ms while it lasts, and one after.
    EXPECT_LE(m_signals, 2 + lasted / 250) << "over " << lasted << " ms";
    EXPECT_LT(m_signals, 40);
}

TEST_F(ChangeNoticeTest, OnSqliteCheckForChangesSeesAnotherDesksCommit)
{
    ChangeWatcher::setPollInterval(60 * 60 * 1000); // only check() looks
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Sqlite));
    m_session->checkForChanges();
    idle(500);
    EXPECT_EQ(m_signals, 0) << "nothing changed";

    ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada Park-Lee")));
    idle(500);
    EXPECT_EQ(m_signals, 0) << "nobody looked yet";
    m_session->checkForChanges();
    EXPECT_GE(msUntilSignal(2000), 0);
    m_session->checkForChanges();
    idle(500);
    EXPECT_EQ(m_signals, 1) << "the same change is told once";
}

TEST_F(ChangeNoticeTest, OnSqliteTheTimerAloneSeesAnotherDesksCommit)
{
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Sqlite));
    ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada Park-Lee")));
    const qint64 took = msUntilSignal(ChangeWatcher::kDefaultPollIntervalMs + 1000);
    EXPECT_GE(took, 0) << "no dataChanged within one interval of the commit";
    idle(ChangeWatcher::kDefaultPollIntervalMs + 500);
    EXPECT_EQ(m_signals, 1) << "nothing more changed";
}

TEST_F(ChangeNoticeTest, OnSqliteTheSessionsOwnWriteIsNotAChange)
{
    ChangeWatcher::setPollInterval(60 * 60 * 1000);
    ASSERT_NO_FATAL_FAILURE(open(ScratchDatabase::Backend::Sqlite));
    auto written = runAndWait<bool>(*m_session, [this](ServiceContext &c) -> Result<bool> {
        if (auto done = rename(c.db, m_userId, QStringLiteral("Ada (own)")); !done)
            return fail(done.error());
        return true;
    });
    ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
    m_session->checkForChanges();
    idle(500);
    EXPECT_EQ(m_signals, 0);

    ASSERT_TRUE(rename(*m_other, m_userId, QStringLiteral("Ada (other)")));
    m_session->checkForChanges();
    EXPECT_GE(msUntilSignal(2000), 0);
}
