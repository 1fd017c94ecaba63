// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresConnectionProbe on its own, against the test server: what it does
// when told more than Database::open tells it (test_postgres_errors covers
// each refusal as a user meets it).
#include "storage/postgresconnectionprobe.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>

using namespace fairwell;
using namespace fairwell::test;

namespace {

PostgresServer requireServer()
{
    QString why;
    PostgresServer server = PostgresServer::fromEnvironment(&why);
    if (!server.isValid())
        ADD_FAILURE() << why.toStdString();
    return server;
}

} // namespace

TEST(PostgresConnectionProbe, AttemptThatWaitedOutTheTimeoutIsNotRepeated)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.connectTimeoutSeconds = 3;
    QElapsedTimer clock;
    clock.start();
    // The server is up, so asking it would tell otherwise: the answer comes
    // from the time the failed attempt took alone.
    const Error error = PostgresConnectionProbe(spec).diagnose(QStringLiteral("timeout expired"), 3000);
    EXPECT_LT(clock.elapsed(), 500);
    EXPECT_EQ(error.code, ErrorCode::ServerUnreachable);
    EXPECT_TRUE(error.message.contains(QStringLiteral("3 second"))) << error.message.toStdString();
    EXPECT_EQ(error.detail, QStringLiteral("timeout expired"));
    EXPECT_EQ(error.where, QStringLiteral("%1:%2").arg(server.host).arg(server.port));
}

TEST(PostgresConnectionProbe, QuickFailureIsLookedInto)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.connectTimeoutSeconds = 3;
    const Error error = PostgresConnectionProbe(spec).diagnose(QStringLiteral("words"), 2999);
    EXPECT_NE(error.code, ErrorCode::ServerUnreachable) << error.text().toStdString();
}

// Good credentials, an existing database: whatever failed a moment ago has
// passed, and the probe says so rather than blame the user.
TEST(PostgresConnectionProbe, RefusalThatDoesNotRepeatIsCalledPassing)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    const Error error = PostgresConnectionProbe(server.spec(QStringLiteral("postgres")))
                            .diagnose(QStringLiteral("  the server's words\n"));
    EXPECT_EQ(error.code, ErrorCode::QueryFailed) << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Try again")));
    EXPECT_EQ(error.detail, QStringLiteral("the server's words"));
}
