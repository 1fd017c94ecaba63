// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations on both backends: from empty, from each earlier version, and a
// database newer than the app refused and left untouched.
#include "storage/database.h"
#include "storage/migrator.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class Migrations : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
    }
    std::unique_ptr<ScratchDatabase> scratch;
};

int versionOf(Database &db)
{
    auto version = db.schemaVersion();
    EXPECT_TRUE(version.has_value());
    return version.value_or(-1);
}

} // namespace

TEST(MigrationFiles, AreNumberedWithoutGaps)
{
    const QList<Migration> migrations = Migrator::bundled();
    ASSERT_GE(migrations.size(), 2);
    for (qsizetype i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, i + 1) << migrations.at(i).name.toStdString();
}

TEST(MigrationFiles, SplitIntoStatements)
{
    const QStringList statements = Migrator::statements(
        QStringLiteral("-- comment;\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT\n);\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_EQ(statements.at(0), QStringLiteral("CREATE TABLE a (x INTEGER)"));
    EXPECT_TRUE(statements.at(1).startsWith(QStringLiteral("CREATE TABLE b")));
}

TEST_P(Migrations, FromEmptyToLatest)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    EXPECT_EQ(versionOf(**db), Migrator::latestVersion());
    auto tables = (*db)->tableNames();
    ASSERT_TRUE(tables.has_value());
    for (const char *table : {"accounts", "contacts", "users", "cases", "playbooks", "playbook_steps", "tasks",
                              "calls", "exit_feedback", "exit_feedback_reasons", "reason_categories", "exit_reasons",
                              "alternatives_offered", "note_templates", "notes", "winback_checkins",
                              "usage_events", "audit_log", "settings", "schema_version"})
        EXPECT_TRUE(tables->contains(QString::fromLatin1(table))) << table;
}

TEST_P(Migrations, FromEachEarlierVersion)
{
    for (int start = 1; start < Migrator::latestVersion(); ++start) {
        ScratchDatabase fresh(GetParam());
        ASSERT_TRUE(fresh.error().isEmpty()) << fresh.error().toStdString();
        {
            auto db = fresh.open(false);
            ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
            ASSERT_TRUE(Migrator::migrate(**db, start).has_value());
            EXPECT_EQ(versionOf(**db), start);
        }
        auto upgraded = fresh.open(true);
        ASSERT_TRUE(upgraded.has_value()) << upgraded.error().text().toStdString();
        EXPECT_EQ(versionOf(**upgraded), Migrator::latestVersion()) << "from version " << start;
    }
}

TEST_P(Migrations, MigratingTwiceChangesNothing)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(Migrator::migrate(**db).has_value());
    auto rows = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    ASSERT_TRUE(rows.has_value() && rows->next());
    EXPECT_EQ(rows->value(0).toInt(), Migrator::latestVersion());
}

TEST_P(Migrations, NewerDatabaseIsRefusedAndUntouched)
{
    {
        auto db = scratch->open();
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, name) VALUES (?, ?)"),
                                {Migrator::latestVersion() + 1, QStringLiteral("from_the_future")})
                        .has_value());
    }
    auto again = scratch->open();
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(again.error().message.contains(QString::number(Migrator::latestVersion() + 1)));

    auto raw = scratch->open(false);
    ASSERT_FALSE(raw.has_value()) << "refused even without migrating";
}

TEST_P(Migrations, CaseRulesAreEnforcedByTheSchema)
{
    auto db = scratch->open();
    ASSERT_TRUE(db.has_value());
    auto account = (*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                              "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                               {QStringLiteral("A-1"), QStringLiteral("Acme"), QStringLiteral("smb"),
                                QStringLiteral("Team"), sqlDate(QDate(2022, 1, 1))});
    ASSERT_TRUE(account.has_value() && account->next()) << account.error().text().toStdString();
    const qint64 accountId = account->value(0).toLongLong();

    // A closed case needs an outcome and a close date.
    auto closedWithoutOutcome = (*db)->exec(
        QStringLiteral("INSERT INTO cases (account_id, status, opened_on) VALUES (?, 'closed', ?)"),
        {accountId, sqlDate(QDate(2024, 1, 1))});
    EXPECT_FALSE(closedWithoutOutcome.has_value());

    // An unknown segment is refused.
    auto badSegment = (*db)->exec(QStringLiteral("INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                                                 "VALUES (?, ?, ?, ?, ?)"),
                                  {QStringLiteral("A-2"), QStringLiteral("B"), QStringLiteral("galactic"),
                                   QStringLiteral("Team"), sqlDate(QDate(2022, 1, 1))});
    EXPECT_FALSE(badSegment.has_value());

    // Foreign keys hold on SQLite too.
    auto orphan = (*db)->exec(QStringLiteral("INSERT INTO cases (account_id, opened_on) VALUES (?, ?)"),
                              {accountId + 1000, sqlDate(QDate(2024, 1, 1))});
    EXPECT_FALSE(orphan.has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, Migrations,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
