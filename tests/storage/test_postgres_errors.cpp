// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to the shared database goes wrong in a few ways a user can fix:
// each gets its own clear error naming the server, with the server's own
// words in the detail. Runs against the real PostgreSQL server the ctest
// fixture starts, which speaks German: Qt's driver passes on no code for a
// failed connection, so this shows that nothing reads the server's English.
#include "storage/database.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>

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
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("nothing answered"))) << db.error().text().toStdString();
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
    QElapsedTimer clock;
    clock.start();
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::ServerUnreachable) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("2 second"))) << db.error().text().toStdString();
    EXPECT_LT(clock.elapsed(), 2000 + 1500) << "the silence is not waited out a second time to find out why";
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
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("password"))) << db.error().text().toStdString();
    EXPECT_FALSE(db.error().text().contains(QStringLiteral("not-the-password")));
    EXPECT_EQ(db.error().where, QStringLiteral("%1:%2").arg(server.host).arg(server.port));
    // The server's own words, in its language.
    EXPECT_TRUE(db.error().detail.contains(QStringLiteral("Passwort-Authentifizierung")))
        << db.error().detail.toStdString();
}

TEST(PostgresErrors, UnknownDatabaseIsNamed)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    auto db = Database::open(server.spec(QStringLiteral("no_such_fairwell_db")));
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseMissing) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("no_such_fairwell_db")));
    EXPECT_TRUE(db.error().detail.contains(QStringLiteral("existiert nicht"))) << db.error().detail.toStdString();
}

// The mix-up this class of errors had against a German server: both read
// "cannot be reached".
TEST(PostgresErrors, WrongPasswordAndMissingDatabaseNeverReadAlike)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec wrongPassword = server.spec(QStringLiteral("postgres"));
    wrongPassword.password = QStringLiteral("not-the-password");
    auto refused = Database::open(wrongPassword);
    auto missing = Database::open(server.spec(QStringLiteral("no_such_fairwell_db")));
    ASSERT_FALSE(refused.has_value());
    ASSERT_FALSE(missing.has_value());
    EXPECT_NE(refused.error().code, missing.error().code);
    EXPECT_NE(refused.error().message, missing.error().message);
    EXPECT_NE(refused.error().code, ErrorCode::ServerUnreachable);
    EXPECT_NE(missing.error().code, ErrorCode::ServerUnreachable);
}

TEST(PostgresErrors, MissingPasswordIsAskedFor)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.password.clear();
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::AuthenticationFailed) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("none was given"))) << db.error().text().toStdString();
}

// Over TCP the test server checks passwords, and a server that does
// answers an unknown user exactly as a wrong password (so as not to tell
// who exists): the error says so rather than guess.
TEST(PostgresErrors, UnknownUserWherePasswordsAreCheckedReadsAsARefusedPassword)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.user = QStringLiteral("fw_nobody");
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::AuthenticationFailed) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("fw_nobody")));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("user name"))) << db.error().text().toStdString();
}

// Over the Unix socket the test server trusts local users without a
// password, so it tells an unknown user as such.
TEST(PostgresErrors, UnknownUserOnATrustedConnectionIsRefusedAsAUser)
{
    const PostgresServer server = requireServer();
    ASSERT_TRUE(server.isValid());
    ASSERT_FALSE(server.socketDir.isEmpty()) << "postgres.env names no PGSOCKETDIR";
    DatabaseSpec spec = server.spec(QStringLiteral("postgres"));
    spec.host = server.socketDir;
    spec.user = QStringLiteral("fw_nobody");
    spec.password.clear();
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::UserRefused) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("fw_nobody")));
    EXPECT_TRUE(db.error().detail.contains(QStringLiteral("Rolle"))) << db.error().detail.toStdString();

    spec.user = server.user; // the same way in works for a known user
    auto known = Database::open(spec);
    EXPECT_TRUE(known.has_value()) << known.error().text().toStdString();
}

TEST(PostgresErrors, DatabaseClosedToTheUserIsPermissionDenied)
{
    ScratchDatabase scratch(ScratchDatabase::Backend::Postgres);
    ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
    auto admin = scratch.open();
    ASSERT_TRUE(admin.has_value()) << admin.error().text().toStdString();
    const QString role = QStringLiteral("fw_closed_%1").arg(QRandomGenerator::global()->bounded(1000000));
    ASSERT_TRUE((*admin)->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'fw-secret'").arg(role)).has_value());
    ASSERT_TRUE((*admin)->exec(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC")
                                   .arg(scratch.spec().databaseName))
                    .has_value());

    DatabaseSpec spec = scratch.spec();
    spec.user = role;
    spec.password = QStringLiteral("fw-secret");
    auto db = Database::open(spec);
    (*admin)->exec(QStringLiteral("DROP ROLE %1").arg(role));
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::PermissionDenied) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().message.contains(scratch.spec().databaseName));
    EXPECT_TRUE(db.error().message.contains(role));
    EXPECT_TRUE(db.error().detail.contains(QStringLiteral("Berechtigung"))) << db.error().detail.toStdString();
}
