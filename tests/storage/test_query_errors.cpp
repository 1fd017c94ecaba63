// SPDX-License-Identifier: GPL-3.0-or-later
// Errors of real statements on both engines come out as the same ErrorCode
// with a message in words; PostgreSQL's server speaks German here (see
// tests/servers/postgres-start.sh), so nothing may hang on its English.
#include "storage/database.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace fairwell;
using namespace fairwell::test;

#define FW_ASSERT_OK(result) ASSERT_TRUE((result).has_value()) << (result).error().text().toStdString()

namespace {

// A Fairwell scratch database with three tables of the test's own: parents
// with a unique, bounded name; children that keep their parent (RESTRICT);
// links that point at one (NO ACTION, the default).
class QueryErrorTest : public ::testing::Test
{
protected:
    void open(ScratchDatabase::Backend backend)
    {
        m_scratch = std::make_unique<ScratchDatabase>(backend);
        ASSERT_TRUE(m_scratch->error().isEmpty()) << m_scratch->error().toStdString();
        auto opened = m_scratch->open();
        FW_ASSERT_OK(opened);
        m_db = std::move(*opened);
        FW_ASSERT_OK(m_db->exec(QStringLiteral(
            "CREATE TABLE test_parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (length(name) < 20))")));
        FW_ASSERT_OK(m_db->exec(QStringLiteral(
            "CREATE TABLE test_children (id INTEGER PRIMARY KEY, "
            "parent_id INTEGER NOT NULL REFERENCES test_parents (id) ON DELETE RESTRICT)")));
        FW_ASSERT_OK(m_db->exec(QStringLiteral(
            "CREATE TABLE test_links (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES test_parents (id))")));
        FW_ASSERT_OK(m_db->exec(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                {1, QStringLiteral("Ärzte Müller")}));
        FW_ASSERT_OK(m_db->exec(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                {2, QStringLiteral("Öl & Co")}));
    }

    // Runs one statement in a write and gives back its error.
    Error failure(const QString &sql, const QVariantList &values = {})
    {
        const Status status = m_db->write([&]() -> Status {
            auto done = m_db->exec(sql, values);
            return done ? Status{} : fail(done.error());
        });
        EXPECT_FALSE(status.has_value()) << sql.toStdString();
        return status ? Error{} : status.error();
    }

    Database &db() { return *m_db; }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

class QueryErrors : public QueryErrorTest, public ::testing::WithParamInterface<ScratchDatabase::Backend>
{
protected:
    void SetUp() override { open(GetParam()); }
};

class SqliteQueryErrors : public QueryErrorTest
{
protected:
    void SetUp() override { open(ScratchDatabase::Backend::Sqlite); }
};

class PostgresQueryErrors : public QueryErrorTest
{
protected:
    void SetUp() override { open(ScratchDatabase::Backend::Postgres); }
};

} // namespace

TEST_P(QueryErrors, TakenValueIsAUniqueViolation)
{
    const Error error = failure(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                {3, QStringLiteral("Öl & Co")});
    EXPECT_EQ(error.code, ErrorCode::UniqueViolation) << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("taken already"))) << error.message.toStdString();
    EXPECT_EQ(error.where, db().spec().displayName());
    EXPECT_FALSE(error.detail.isEmpty());
    if (db().isPostgres()) {
        // The server's own words are kept for the Details, in its language.
        EXPECT_TRUE(error.detail.contains(QStringLiteral("Schlüssel"))) << error.detail.toStdString();
    }

    const Error key = failure(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                              {1, QStringLiteral("Someone else")});
    EXPECT_EQ(key.code, ErrorCode::UniqueViolation) << "a taken primary key too: " << key.text().toStdString();
}

TEST_P(QueryErrors, MissingLinkedRecordIsAForeignKeyViolation)
{
    const Error error = failure(QStringLiteral("INSERT INTO test_children (id, parent_id) VALUES (?, ?)"), {1, 99});
    EXPECT_EQ(error.code, ErrorCode::ForeignKeyViolation) << error.text().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not exist"))) << error.message.toStdString();

    FW_ASSERT_OK(db().exec(QStringLiteral("INSERT INTO test_links (id, parent_id) VALUES (?, ?)"), {1, 2}));
    const Error moved = failure(QStringLiteral("UPDATE test_links SET parent_id = ? WHERE id = ?"), {99, 1});
    EXPECT_EQ(moved.code, ErrorCode::ForeignKeyViolation) << moved.text().toStdString();
    EXPECT_TRUE(moved.message.contains(QStringLiteral("does not exist"))) << moved.message.toStdString();
}

TEST_P(QueryErrors, DeletingARecordStillInUseIsAForeignKeyViolation)
{
    FW_ASSERT_OK(db().exec(QStringLiteral("INSERT INTO test_children (id, parent_id) VALUES (?, ?)"), {1, 1}));
    FW_ASSERT_OK(db().exec(QStringLiteral("INSERT INTO test_links (id, parent_id) VALUES (?, ?)"), {1, 2}));

    // ON DELETE RESTRICT (SQLite reports it as a trigger's refusal) and the
    // default NO ACTION read alike.
    for (int parent : {1, 2}) {
        const Error error = failure(QStringLiteral("DELETE FROM test_parents WHERE id = ?"), {parent});
        EXPECT_EQ(error.code, ErrorCode::ForeignKeyViolation) << parent << ": " << error.text().toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("still in use"))) << error.message.toStdString();
    }
}

TEST_P(QueryErrors, BrokenCheckOrMissingValueIsInvalidInput)
{
    const Error tooLong = failure(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                  {3, QStringLiteral("A name far longer than twenty letters")});
    EXPECT_EQ(tooLong.code, ErrorCode::InvalidInput) << tooLong.text().toStdString();
    const Error missing = failure(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                  {3, QVariant(QMetaType::fromType<QString>())});
    EXPECT_EQ(missing.code, ErrorCode::InvalidInput) << missing.text().toStdString();
    EXPECT_NE(tooLong.message, QString());
}

TEST_P(QueryErrors, DatabaseSetToReadOnlyIsReadOnly)
{
    FW_ASSERT_OK(db().exec(db().isPostgres() ? QStringLiteral("SET default_transaction_read_only = on")
                                             : QStringLiteral("PRAGMA query_only = 1")));
    const Error error = failure(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (?, ?)"),
                                {3, QStringLiteral("Łukasz Żółć")});
    EXPECT_EQ(error.code, ErrorCode::ReadOnly) << error.text().toStdString();
}

// SQLite carries out ON DELETE RESTRICT as a trigger of its own, so the
// error translation takes any trigger's refusal for a foreign key's. That
// holds only while Fairwell's own triggers (migration 5 keeps the queue's
// copies with them, migration 7 announces changes) never refuse anything.
TEST_P(QueryErrors, FairwellTriggersNeverRefuse)
{
    auto refusing = db().exec(db().isPostgres()
                                  ? QStringLiteral("SELECT COUNT(*) FROM pg_trigger JOIN pg_proc ON pg_proc.oid = tgfoid "
                                                   "WHERE NOT tgisinternal AND prosrc ILIKE '%RAISE%'")
                                  : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND sql LIKE '%RAISE%'"));
    FW_ASSERT_OK(refusing);
    ASSERT_TRUE(refusing->next());
    EXPECT_EQ(refusing->value(0).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, QueryErrors,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });

// The translation reads SQLite's extended result codes; Qt's driver turns
// them on by default (QSQLITE_NO_USE_EXTENDED_RESULT_CODES would turn them
// off). Were they off, a taken name would come as the bare 19.
TEST_F(SqliteQueryErrors, DriverReportsExtendedResultCodes)
{
    QSqlQuery query(db().connection());
    ASSERT_FALSE(query.exec(QStringLiteral("INSERT INTO test_parents (id, name) VALUES (3, 'Öl & Co')")));
    EXPECT_EQ(query.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
}

TEST_F(SqliteQueryErrors, FullDiskIsDiskFull)
{
    auto pages = db().exec(QStringLiteral("PRAGMA page_count"));
    FW_ASSERT_OK(pages);
    ASSERT_TRUE(pages->next());
    // The file may not grow more than a page or two: as good as a full disk.
    FW_ASSERT_OK(db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->value(0).toInt() + 2)));
    const Status status = db().write([&]() -> Status {
        for (int i = 0; i < 100; ++i) {
            auto done = db().exec(QStringLiteral("INSERT INTO test_links (id, parent_id) VALUES (?, NULL)"), {100 + i});
            if (done)
                done = db().exec(QStringLiteral("CREATE TABLE test_filler_%1 (x TEXT)").arg(i));
            if (!done)
                return fail(done.error());
        }
        return {};
    });
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, ErrorCode::DiskFull) << status.error().text().toStdString();
}

TEST_F(PostgresQueryErrors, RowLockedByAnotherChangeIsLocked)
{
    auto other = db().openAnother();
    FW_ASSERT_OK(other);
    QSqlQuery holder((*other)->connection());
    ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(holder.exec(QStringLiteral("UPDATE test_parents SET name = 'held' WHERE id = 1")));

    FW_ASSERT_OK(db().exec(QStringLiteral("SET lock_timeout = '200ms'")));
    const Error error = failure(QStringLiteral("UPDATE test_parents SET name = ? WHERE id = ?"),
                                {QStringLiteral("mine"), 1});
    EXPECT_EQ(error.code, ErrorCode::Locked) << error.text().toStdString();
    holder.exec(QStringLiteral("ROLLBACK"));
}

TEST_F(PostgresQueryErrors, LostConnectionIsServerUnreachable)
{
    auto pid = db().exec(QStringLiteral("SELECT pg_backend_pid()"));
    FW_ASSERT_OK(pid);
    ASSERT_TRUE(pid->next());
    auto other = db().openAnother();
    FW_ASSERT_OK(other);
    FW_ASSERT_OK((*other)->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->value(0).toInt()}));

    auto first = db().exec(QStringLiteral("SELECT 1"));
    ASSERT_FALSE(first.has_value());
    EXPECT_EQ(first.error().code, ErrorCode::ServerUnreachable) << first.error().text().toStdString();
    auto second = db().exec(QStringLiteral("SELECT 1"));
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::ServerUnreachable) << second.error().text().toStdString();
}
