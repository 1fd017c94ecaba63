// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasespec.h"

#include <gtest/gtest.h>

using fairwell::DatabaseSpec;
using fairwell::ErrorCode;

TEST(DatabaseSpec, ParsesKeyValueConninfo)
{
    const auto spec = DatabaseSpec::fromConninfo(
        QStringLiteral("host=db.example.org port=6543 dbname=fairwell user=ann password='se cret'"));
    ASSERT_TRUE(spec.has_value()) << spec.error().text().toStdString();
    EXPECT_TRUE(spec->isPostgres());
    EXPECT_EQ(spec->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(spec->port, 6543);
    EXPECT_EQ(spec->databaseName, QStringLiteral("fairwell"));
    EXPECT_EQ(spec->user, QStringLiteral("ann"));
    EXPECT_EQ(spec->password, QStringLiteral("se cret"));
}

TEST(DatabaseSpec, ParsesUri)
{
    const auto spec = DatabaseSpec::fromConninfo(QStringLiteral("postgresql://bob:pw@127.0.0.1:5433/team?connect_timeout=3"));
    ASSERT_TRUE(spec.has_value()) << spec.error().text().toStdString();
    EXPECT_EQ(spec->host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(spec->port, 5433);
    EXPECT_EQ(spec->user, QStringLiteral("bob"));
    EXPECT_EQ(spec->password, QStringLiteral("pw"));
    EXPECT_EQ(spec->databaseName, QStringLiteral("team"));
    EXPECT_EQ(spec->connectTimeoutSeconds, 3);
}

TEST(DatabaseSpec, RoundTripsThroughConninfoWithoutLeakingThePassword)
{
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Postgres;
    spec.host = QStringLiteral("h");
    spec.port = 5555;
    spec.databaseName = QStringLiteral("my db");
    spec.user = QStringLiteral("o'neil");
    spec.password = QStringLiteral("secret");
    EXPECT_FALSE(spec.toConninfo().contains(QStringLiteral("secret")));
    const auto parsed = DatabaseSpec::fromConninfo(spec.toConninfo(true));
    ASSERT_TRUE(parsed.has_value()) << parsed.error().text().toStdString();
    EXPECT_EQ(*parsed, spec);
}

TEST(DatabaseSpec, RejectsMalformedConninfoWithAClearMessage)
{
    const auto noEquals = DatabaseSpec::fromConninfo(QStringLiteral("host db"));
    ASSERT_FALSE(noEquals.has_value());
    EXPECT_EQ(noEquals.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(noEquals.error().message.contains(QStringLiteral("host")));

    const auto badPort = DatabaseSpec::fromConninfo(QStringLiteral("dbname=x port=seventy"));
    ASSERT_FALSE(badPort.has_value());
    EXPECT_TRUE(badPort.error().message.contains(QStringLiteral("seventy")));

    const auto unknownKey = DatabaseSpec::fromConninfo(QStringLiteral("dbname=x colour=blue"));
    ASSERT_FALSE(unknownKey.has_value());
    EXPECT_TRUE(unknownKey.error().message.contains(QStringLiteral("colour")));

    const auto noDatabase = DatabaseSpec::fromConninfo(QStringLiteral("host=x"));
    ASSERT_FALSE(noDatabase.has_value());

    const auto openQuote = DatabaseSpec::fromConninfo(QStringLiteral("dbname='x"));
    ASSERT_FALSE(openQuote.has_value());
}
