// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to the shared database goes wrong in a few ways a user can fix:
// each gets its own clear error naming the server. Runs against the real
// PostgreSQL server the ctest fixture starts.
#include "storage/database.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QTcpServer>
#include <QThread>

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

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

TEST(PostgresErrors, ConnectsToTheTestServer)
{
    ScratchDatabase scratch(ScratchDatabase::Backend::Postgres);
    ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    EXPECT_TRUE((*db)->isPostgres());
    auto zone = (*db)->exec(QStringLiteral("SHOW TIME ZONE"));
    ASSERT_TRUE(zone.has_value() && zone->next());
    EXPECT_EQ(zone->value(0).toString(), QStringLiteral("UTC"));
}

TEST(PostgresErrors, RefusingServerIsUnreachable)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.port = closedPort();
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::ServerUnreachable) << db.error().text().toStdString();
    EXPECT_EQ(db.error().where, QStringLiteral("127.0.0.1:%1").arg(spec.port));
}

TEST(PostgresErrors, SilentServerTimesOutAsUnreachable)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    // A listener that accepts and never answers, like a firewall that eats
    // packets: the connect timeout must end the wait.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.port = silent.serverPort();
    spec.connectTimeoutSeconds = 2;
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::ServerUnreachable) << db.error().text().toStdString();
}

TEST(PostgresErrors, WrongPasswordIsAnAuthenticationError)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.password = QStringLiteral("not-the-password");
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::AuthenticationFailed) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(server.user));
    EXPECT_FALSE(db.error().text().contains(QStringLiteral("not-the-password")));
}

TEST(PostgresErrors, UnknownDatabaseIsNamed)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    auto db = Database::open(server.spec(QStringLiteral("no_such_fairwell_db")));
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseMissing) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("no_such_fairwell_db")));
}
