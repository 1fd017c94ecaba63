// SPDX-License-Identifier: GPL-3.0-or-later
// What the Migrator reads from a migrations folder: how statements are
// split (strings, dollar-quoted bodies, triggers), per-engine variants, and
// every kind of bad folder refused with the file named. Then such
// migrations run on both engines.
#include "migrationtesting.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlstatements.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

const QString kTable = QStringLiteral("CREATE TABLE things (id @ID@, label TEXT NOT NULL);\n");

// Loading fails, and the message and the place name `file`.
void expectRefused(const MigrationFolder &folder, const QString &file, const QString &words = {})
{
    auto loaded = Migrator::load(folder.path());
    ASSERT_FALSE(loaded.has_value()) << "accepted a folder with " << file.toStdString();
    EXPECT_EQ(loaded.error().code, ErrorCode::MigrationFailed);
    EXPECT_TRUE(loaded.error().message.contains(QLatin1Char('"') + file + QLatin1Char('"')))
        << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded.error().where.endsWith(file)) << loaded.error().where.toStdString();
    if (!words.isEmpty()) {
        EXPECT_TRUE(loaded.error().message.contains(words)) << loaded.error().message.toStdString();
    }
}

qint64 scalar(Database &db, const QString &sql)
{
    auto query = db.exec(sql);
    EXPECT_TRUE(query.has_value()) << (query ? std::string() : query.error().text().toStdString());
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

class MigrationFolderOnBackends : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
        auto opened = scratch->open(false);
        ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
        db = std::move(*opened);
    }
    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
};

} // namespace

TEST(SqlStatements, SplitAtSemicolonsOutsideCommentsAndStrings)
{
    const QStringList statements = splitSqlStatements(
        QStringLiteral("-- comment; it's\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT -- why;\n);\n"
                       "SELECT 1; /* a ; b */ SELECT 'it''s; here';\nINSERT INTO a VALUES ('two;\nlines;');\n"
                       "SELECT \"odd;name\" FROM b"));
    ASSERT_EQ(statements.size(), 6) << statements.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(statements.at(0), QStringLiteral("CREATE TABLE a (x INTEGER)"));
    EXPECT_EQ(statements.at(1), QStringLiteral("CREATE TABLE b (\n  y TEXT \n)"));
    EXPECT_EQ(statements.at(2), QStringLiteral("SELECT 1"));
    EXPECT_EQ(statements.at(3), QStringLiteral("SELECT 'it''s; here'"));
    EXPECT_EQ(statements.at(4), QStringLiteral("INSERT INTO a VALUES ('two;\nlines;')"));
    EXPECT_EQ(statements.at(5), QStringLiteral("SELECT \"odd;name\" FROM b"));
}

TEST(SqlStatements, KeepDollarQuotedBodiesWhole)
{
    const QString function = QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n    -- a comment; kept\n"
        "    NEW.x := 'a $$ b;';\n    RETURN NEW;\nEND;\n$fn$");
    const QStringList statements = splitSqlStatements(
        QStringLiteral("DO $$ BEGIN PERFORM 1; END $$;\n") + function
        + QStringLiteral(";\nPREPARE p AS SELECT $1, a$b FROM t; SELECT 2"));
    ASSERT_EQ(statements.size(), 4) << statements.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(statements.at(0), QStringLiteral("DO $$ BEGIN PERFORM 1; END $$"));
    EXPECT_EQ(statements.at(1), function) << "comments inside the body stay";
    EXPECT_EQ(statements.at(2), QStringLiteral("PREPARE p AS SELECT $1, a$b FROM t")) << "$1 opens no body";
    EXPECT_EQ(statements.at(3), QStringLiteral("SELECT 2"));
}

TEST(SqlStatements, KeepTriggerBodiesWhole)
{
    const QString trigger = QStringLiteral(
        "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN NEW.x > 1 THEN 2 END;\n"
        "  SELECT CASE WHEN NEW.x < 0 THEN RAISE(ABORT, 'no; never') END;\nEND");
    const QStringList statements = splitSqlStatements(
        trigger + QStringLiteral(";\nSELECT CASE WHEN 1 THEN 2 END; BEGIN; END;"));
    ASSERT_EQ(statements.size(), 4) << statements.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(statements.at(0), trigger);
    EXPECT_EQ(statements.at(1), QStringLiteral("SELECT CASE WHEN 1 THEN 2 END"));
    EXPECT_EQ(statements.at(2), QStringLiteral("BEGIN")) << "BEGIN opens a block only in a trigger";
}

TEST(MigrationFolderLoading, SharedFilesAndPerEngineVariants)
{
    MigrationFolder folder;
    folder.write(QStringLiteral("0001_things.sql"), kTable);
    folder.write(QStringLiteral("0002_stamp.sqlite.sql"),
                 QStringLiteral("-- fairwell: foreign-keys-off\nSELECT 'sqlite';\n"));
    folder.write(QStringLiteral("0002_stamp.postgres.sql"), QStringLiteral("SELECT 'postgres';\n"));
    folder.write(QStringLiteral("0003_nothing_on_sqlite.sqlite.sql"),
                 QStringLiteral("-- SQLite needs no change here.\n"));
    folder.write(QStringLiteral("0003_nothing_on_sqlite.postgres.sql"), QStringLiteral("SELECT 3;\n"));
    auto loaded = Migrator::load(folder.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().text().toStdString();
    ASSERT_EQ(loaded->migrations().size(), 3);
    EXPECT_EQ(loaded->latestVersion(), 3);
    const Migration &shared = loaded->migrations().at(0);
    EXPECT_EQ(shared.name, QStringLiteral("things"));
    EXPECT_EQ(shared.sqlite.sql, kTable);
    EXPECT_EQ(shared.postgres.sql, kTable);
    const Migration &variant = loaded->migrations().at(1);
    EXPECT_EQ(variant.name, QStringLiteral("stamp"));
    EXPECT_EQ(variant.script(SqlDialect::Sqlite).fileName, QStringLiteral("0002_stamp.sqlite.sql"));
    EXPECT_EQ(variant.script(SqlDialect::Postgres).sql, QStringLiteral("SELECT 'postgres';\n"));
    EXPECT_TRUE(variant.sqlite.foreignKeysOff);
    EXPECT_FALSE(variant.postgres.foreignKeysOff);
    EXPECT_TRUE(splitSqlStatements(loaded->migrations().at(2).sqlite.sql).isEmpty());
}

TEST(MigrationFolderLoading, BadNamesAreRefusedNamingTheFile)
{
    for (const char *name : {"0002-things.sql", "2_things.sql", "0002_Things.sql", "0002_things.SQL",
                             "0002_things.mysql.sql", "0000_zero.sql", "notes.txt", "0002_things.sql~",
                             ".0002_things.sql.swp"}) {
        MigrationFolder folder;
        folder.write(QStringLiteral("0001_things.sql"), kTable);
        folder.write(QString::fromLatin1(name), QStringLiteral("SELECT 1;\n"));
        SCOPED_TRACE(name);
        expectRefused(folder, QString::fromLatin1(name), QStringLiteral("not named like a migration"));
    }
    MigrationFolder withFolder;
    withFolder.write(QStringLiteral("0001_things.sql"), kTable);
    ASSERT_TRUE(QDir(withFolder.path()).mkdir(QStringLiteral("0002_things.sql")));
    expectRefused(withFolder, QStringLiteral("0002_things.sql"), QStringLiteral("a folder"));
}

TEST(MigrationFolderLoading, GapsAreRefused)
{
    MigrationFolder late;
    late.write(QStringLiteral("0002_second.sql"), kTable);
    expectRefused(late, QStringLiteral("0002_second.sql"), QStringLiteral("version 1 is missing"));

    MigrationFolder gap;
    gap.write(QStringLiteral("0001_first.sql"), kTable);
    gap.write(QStringLiteral("0002_second.sql"), kTable);
    gap.write(QStringLiteral("0004_fourth.sql"), kTable);
    expectRefused(gap, QStringLiteral("0004_fourth.sql"), QStringLiteral("version 3 is missing"));
}

TEST(MigrationFolderLoading, TwoFilesForOneVersionAreRefused)
{
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("0002_a.sql"), QStringLiteral("0002_b.sql")},
        {QStringLiteral("0002_a.sql"), QStringLiteral("0002_a.sqlite.sql")},
        {QStringLiteral("0002_a.postgres.sql"), QStringLiteral("0002_a.sql")},
        {QStringLiteral("0002_a.sqlite.sql"), QStringLiteral("0002_b.postgres.sql")},
    };
    for (const auto &[first, second] : pairs) {
        SCOPED_TRACE(first.toStdString() + " and " + second.toStdString());
        MigrationFolder folder;
        folder.write(QStringLiteral("0001_things.sql"), kTable);
        folder.write(first, QStringLiteral("SELECT 1;\n"));
        folder.write(second, QStringLiteral("SELECT 2;\n"));
        auto loaded = Migrator::load(folder.path());
        ASSERT_FALSE(loaded.has_value());
        EXPECT_EQ(loaded.error().code, ErrorCode::MigrationFailed);
        EXPECT_TRUE(loaded.error().message.contains(first)) << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(second)) << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("version 2"))) << loaded.error().message.toStdString();
    }
}

TEST(MigrationFolderLoading, AVariantForOneEngineOnlyIsRefused)
{
    MigrationFolder folder;
    folder.write(QStringLiteral("0001_things.sql"), kTable);
    folder.write(QStringLiteral("0002_trigger.sqlite.sql"), QStringLiteral("SELECT 1;\n"));
    expectRefused(folder, QStringLiteral("0002_trigger.sqlite.sql"), QStringLiteral("\"0002_trigger.postgres.sql\""));

    MigrationFolder other;
    other.write(QStringLiteral("0001_things.postgres.sql"), kTable);
    expectRefused(other, QStringLiteral("0001_things.postgres.sql"), QStringLiteral("\"0001_things.sqlite.sql\""));
}

TEST(MigrationFolderLoading, UnreadableFilesAndUnknownDirectivesAreRefused)
{
    MigrationFolder dangling;
    dangling.write(QStringLiteral("0001_things.sql"), kTable);
    ASSERT_TRUE(QFile::link(dangling.filePath(QStringLiteral("gone.sql")),
                            dangling.filePath(QStringLiteral("0002_more.sql"))));
    expectRefused(dangling, QStringLiteral("0002_more.sql"), QStringLiteral("cannot be read"));

    if (::geteuid() != 0) { // root reads a file whatever its mode says
        MigrationFolder locked;
        locked.write(QStringLiteral("0001_things.sql"), kTable);
        ASSERT_TRUE(QFile::setPermissions(locked.filePath(QStringLiteral("0001_things.sql")), QFileDevice::WriteOwner));
        expectRefused(locked, QStringLiteral("0001_things.sql"), QStringLiteral("cannot be read"));
    }

    MigrationFolder typo;
    typo.write(QStringLiteral("0001_things.sql"), QStringLiteral("-- fairwell: foreign-keys-of\n") + kTable);
    expectRefused(typo, QStringLiteral("0001_things.sql"), QStringLiteral("foreign-keys-of"));

    auto missing = Migrator::load(typo.filePath(QStringLiteral("nowhere")));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::MigrationFailed);
}

TEST_P(MigrationFolderOnBackends, DollarQuotedBodiesAndTriggersRun)
{
    MigrationFolder folder;
    folder.write(QStringLiteral("0001_things.sql"),
                 kTable + QStringLiteral("ALTER TABLE things ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
                                         "INSERT INTO things (label) VALUES ('first;\nsecond;');\n"));
    folder.write(QStringLiteral("0002_stamp.postgres.sql"),
                 QStringLiteral("-- Both a function body and a DO block hold \";\" on their lines.\n"
                                "CREATE FUNCTION things_stamp() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                                "BEGIN\n"
                                "    IF NEW.label = '' THEN\n"
                                "        RAISE EXCEPTION 'empty; label';\n"
                                "    END IF;\n"
                                "    NEW.note := 'stamped; ' || NEW.label;\n"
                                "    RETURN NEW;\n"
                                "END;\n"
                                "$body$;\n"
                                "CREATE TRIGGER things_stamp BEFORE INSERT ON things\n"
                                "    FOR EACH ROW EXECUTE FUNCTION things_stamp();\n"
                                "DO $$\n"
                                "BEGIN\n"
                                "    UPDATE things SET note = 'done; in DO';\n"
                                "END\n"
                                "$$;\n"));
    folder.write(QStringLiteral("0002_stamp.sqlite.sql"),
                 QStringLiteral("CREATE TRIGGER things_stamp AFTER INSERT ON things\n"
                                "BEGIN\n"
                                "    SELECT CASE WHEN NEW.label = '' THEN RAISE(ABORT, 'empty; label') END;\n"
                                "    UPDATE things SET note = 'stamped; ' || NEW.label WHERE id = NEW.id;\n"
                                "END;\n"
                                "UPDATE things SET note = 'done; in DO';\n"));
    auto loaded = Migrator::load(folder.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().text().toStdString();
    const Status migrated = loaded->migrate(*db);
    ASSERT_TRUE(migrated.has_value()) << migrated.error().text().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(version) FROM schema_version")), 2);

    auto first = db->exec(QStringLiteral("SELECT label, note FROM things"));
    ASSERT_TRUE(first.has_value() && first->next());
    EXPECT_EQ(first->value(0).toString(), QStringLiteral("first;\nsecond;")) << "the string was not split";
    EXPECT_EQ(first->value(1).toString(), QStringLiteral("done; in DO"));
    first->finish();

    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO things (label) VALUES ('x')")).has_value());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM things WHERE note = 'stamped; x'")), 1)
        << "the trigger runs its whole body";
    auto empty = db->exec(QStringLiteral("INSERT INTO things (label) VALUES ('')"));
    ASSERT_FALSE(empty.has_value());
    EXPECT_TRUE(empty.error().detail.contains(QStringLiteral("empty; label"))) << empty.error().detail.toStdString();
}

TEST_P(MigrationFolderOnBackends, AFailingMigrationChangesNothing)
{
    MigrationFolder folder;
    folder.write(QStringLiteral("0001_things.sql"), kTable);
    folder.write(QStringLiteral("0002_broken.sql"),
                 QStringLiteral("CREATE TABLE other (id @ID@);\nINSERT INTO nowhere VALUES (1);\n"));
    auto loaded = Migrator::load(folder.path());
    ASSERT_TRUE(loaded.has_value());
    ASSERT_TRUE(loaded->migrate(*db, 1).has_value());
    const Status failed = loaded->migrate(*db);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::MigrationFailed);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("version 2 (broken)")));
    EXPECT_TRUE(failed.error().detail.startsWith(QStringLiteral("0002_broken.sql: "))) << failed.error().detail.toStdString();
    auto tables = db->tableNames();
    ASSERT_TRUE(tables.has_value());
    EXPECT_EQ(*tables, (QStringList{QStringLiteral("schema_version"), QStringLiteral("things")}))
        << tables->join(QLatin1Char(' ')).toStdString();
}

// The directive is SQLite's: PostgreSQL alters keys in place.
TEST(MigrationForeignKeysOff, RebuildsWithoutCascadingAndIsCheckedBeforeCommit)
{
    ScratchDatabase scratch(ScratchDatabase::Backend::Sqlite);
    auto opened = scratch.open(false);
    ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    Database *db = opened->get();
    MigrationFolder folder;
    folder.write(QStringLiteral("0001_things.sql"),
                 kTable + QStringLiteral("CREATE TABLE parts (id @ID@, thing_id BIGINT NOT NULL "
                                         "REFERENCES things (id) ON DELETE CASCADE);\n"
                                         "INSERT INTO things (id, label) VALUES (1, 'a');\n"
                                         "INSERT INTO parts (id, thing_id) VALUES (1, 1);\n"));
    // Without the directive, dropping "things" would cascade to "parts".
    folder.write(QStringLiteral("0002_rebuild.sql"),
                 QStringLiteral("-- fairwell: foreign-keys-off\n"
                                "CREATE TABLE things_new (id @ID@, label TEXT NOT NULL, extra TEXT);\n"
                                "INSERT INTO things_new (id, label) SELECT id, label FROM things;\n"
                                "DROP TABLE things;\n"
                                "ALTER TABLE things_new RENAME TO things;\n"));
    folder.write(QStringLiteral("0003_dangling.sql"),
                 QStringLiteral("-- fairwell: foreign-keys-off\nINSERT INTO parts (id, thing_id) VALUES (2, 99);\n"));
    auto loaded = Migrator::load(folder.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().text().toStdString();
    ASSERT_TRUE(loaded->migrate(*db, 1).has_value());

    const Status rebuilt = loaded->migrate(*db, 2);
    ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().text().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM parts")), 1) << "nothing cascaded";
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1) << "enforcement is back on";

    const Status dangling = loaded->migrate(*db);
    ASSERT_FALSE(dangling.has_value());
    EXPECT_EQ(dangling.error().code, ErrorCode::MigrationFailed);
    EXPECT_TRUE(dangling.error().message.contains(QStringLiteral("\"parts\""))) << dangling.error().message.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(version) FROM schema_version")), 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM parts")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);

    // Inside another transaction SQLite could not switch enforcement off.
    const Status nested = db->write([&]() -> Status { return loaded->migrate(*db); });
    ASSERT_FALSE(nested.has_value());
    EXPECT_EQ(nested.error().code, ErrorCode::MigrationFailed);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM parts")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationFolderOnBackends,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
