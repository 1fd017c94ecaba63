// SPDX-License-Identifier: GPL-3.0-or-later
// The session: one worker, jobs in order, overtaken requests dropped before
// they run, answers only to receivers that still exist, and nothing done
// for nobody.
#include "services/peopleservice.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QSemaphore>

#include <gtest/gtest.h>

#include <atomic>

using namespace fairwell;
using namespace fairwell::test;

namespace {

// A local file with one rep, Ada, who is working.
class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        User ada;
        ada.login = QStringLiteral("ada");
        ada.displayName = QStringLiteral("Ada Park");
        auto id = UserRepository(**db).add(ada);
        ASSERT_TRUE(id.has_value());
        m_adaId = *id;
    }

    OpenRequest request(qint64 profile) const
    {
        OpenRequest r{m_scratch.spec()};
        r.localProfileId = profile;
        return r;
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    qint64 m_adaId = 0;
};

} // namespace

TEST_F(SessionTest, ARememberedLocalProfileIsThePersonWorking)
{
    Error error;
    auto session = openSession(request(m_adaId), &error);
    ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
    EXPECT_EQ(session->actor().userId, m_adaId);
    EXPECT_EQ(session->actor().displayName, QStringLiteral("Ada Park"));
    EXPECT_EQ(session->actor().role, UserRole::Rep);
}

TEST_F(SessionTest, NobodyWorkingGetsNothingButTheProfiles)
{
    Error error;
    auto session = openSession(request(0), &error);
    ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
    EXPECT_FALSE(session->actor().isValid());

    auto people = runAndWait<QList<Person>>(*session, [](ServiceContext &c) { return PeopleService(c).people(); });
    ASSERT_FALSE(people.has_value());
    EXPECT_EQ(people.error().code, ErrorCode::PermissionDenied);

    Session::JobOptions beforeActor;
    beforeActor.beforeActor = true;
    auto profiles = runAndWait<QList<User>>(
        *session, [](ServiceContext &c) { return PeopleService(c).localProfiles(); }, beforeActor);
    ASSERT_TRUE(profiles.has_value()) << profiles.error().text().toStdString();
    ASSERT_EQ(profiles->size(), 1);

    const qint64 ada = m_adaId;
    auto chosen = runAndWait<Actor>(
        *session, [ada](ServiceContext &c) { return PeopleService(c).chooseLocalProfile(ada); }, beforeActor);
    ASSERT_TRUE(chosen.has_value()) << chosen.error().text().toStdString();
    session->setActor(*chosen);
    EXPECT_EQ(session->actor().userId, m_adaId);
    auto after = runAndWait<QList<Person>>(*session, [](ServiceContext &c) { return PeopleService(c).people(); });
    ASSERT_TRUE(after.has_value()) << after.error().text().toStdString();
    EXPECT_EQ(after->size(), 1);
}

TEST_F(SessionTest, AnOvertakenRequestIsDroppedBeforeItRuns)
{
    auto session = openSession(request(m_adaId));
    QSemaphore started, release;
    QObject receiver;
    // Holds the worker, so the requests below wait in its queue.
    session->run<int>(
        &receiver,
        [&](ServiceContext &) -> Result<int> {
            started.release();
            release.acquire();
            return 0;
        },
        {});
    ASSERT_TRUE(started.tryAcquire(1, 20000));

    std::atomic<int> ran = 0;
    QList<int> answers;
    for (int i = 1; i <= 3; ++i) {
        session->run<int>(
            &receiver,
            [&ran, i](ServiceContext &) -> Result<int> {
                ++ran;
                return i;
            },
            [&answers](const Result<int> &answer) { answers.append(*answer); }, Session::JobOptions{QStringLiteral("page"), {}, false});
    }
    EXPECT_EQ(session->droppedJobs(), 2u);
    release.release();
    ASSERT_TRUE(waitUntil([&answers] { return !answers.isEmpty(); }));
    waitUntil([] { return false; }, 100); // room for a wrong second answer
    EXPECT_EQ(ran.load(), 1) << "the two overtaken requests never ran";
    EXPECT_EQ(answers, QList<int>{3});
}

TEST_F(SessionTest, AnAnswerForAReceiverThatIsGoneIsDropped)
{
    auto session = openSession(request(m_adaId));
    bool called = false;
    std::atomic<bool> ran = false;
    auto *receiver = new QObject;
    session->run<int>(
        receiver,
        [&ran](ServiceContext &) -> Result<int> {
            ran = true;
            return 1;
        },
        [&called](const Result<int> &) { called = true; });
    delete receiver; // the window closed before the answer came
    ASSERT_TRUE(waitUntil([&ran] { return ran.load(); }));
    waitUntil([] { return false; }, 100);
    EXPECT_FALSE(called);
}

TEST_F(SessionTest, JobsBehindAFailedOpenFailWithItsError)
{
    Error error;
    auto session = openSession(OpenRequest{DatabaseSpec::sqlite(QStringLiteral("/nonexistent-folder/x.sqlite"))}, &error);
    EXPECT_EQ(error.code, ErrorCode::FileMissing);
    auto people = runAndWait<QList<Person>>(*session, [](ServiceContext &c) { return PeopleService(c).people(); });
    ASSERT_FALSE(people.has_value());
    EXPECT_EQ(people.error().code, ErrorCode::FileMissing) << "the open's own error, not a generic one";
}

TEST(SessionOnPostgres, TheLoginIsThePersonAndALoginWithoutProfileGetsNothing)
{
    ScratchDatabase scratch(ScratchDatabase::Backend::Postgres);
    ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();

    Error error;
    openSession(OpenRequest{scratch.spec()}, &error);
    EXPECT_EQ(error.code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(error.message.contains(scratch.spec().user)) << error.message.toStdString();

    User me;
    me.login = scratch.spec().user;
    me.displayName = QStringLiteral("Łukasz Żółć");
    me.role = UserRole::Manager;
    ASSERT_TRUE(UserRepository(**db).add(me).has_value());
    Error none;
    auto session = openSession(OpenRequest{scratch.spec()}, &none);
    ASSERT_TRUE(none.message.isEmpty()) << none.text().toStdString();
    EXPECT_EQ(session->actor().userId, me.id);
    EXPECT_EQ(session->actor().role, UserRole::Manager);
}
