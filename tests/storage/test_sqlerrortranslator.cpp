// SPDX-License-Identifier: GPL-3.0-or-later
// SqlErrorTranslator goes by the driver's code alone. The codes a test
// server cannot easily be made to give (a full disk on the server, a lost
// privilege, a deadlock) are checked here with made-up driver errors.
#include "storage/sqlerrortranslator.h"

#include <gtest/gtest.h>

#include <QSqlError>

using namespace fairwell;

namespace {

QSqlError driverError(const QString &code, const QString &words = QStringLiteral("words of the driver"))
{
    return QSqlError(QStringLiteral("driver text"), words, QSqlError::StatementError, code);
}

ErrorCode postgres(const char *sqlState, bool connectionBroken = false)
{
    return SqlErrorTranslator::translate(SqlDialect::Postgres, driverError(QString::fromLatin1(sqlState)), {},
                                         connectionBroken)
        .code;
}

ErrorCode sqlite(int code)
{
    return SqlErrorTranslator::translate(SqlDialect::Sqlite, driverError(QString::number(code))).code;
}

} // namespace

TEST(SqlErrorTranslator, PostgresBySqlState)
{
    EXPECT_EQ(postgres("23505"), ErrorCode::UniqueViolation);
    EXPECT_EQ(postgres("23503"), ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(postgres("23001"), ErrorCode::ForeignKeyViolation);
    EXPECT_EQ(postgres("23502"), ErrorCode::InvalidInput); // not null
    EXPECT_EQ(postgres("23514"), ErrorCode::InvalidInput); // check
    EXPECT_EQ(postgres("22001"), ErrorCode::InvalidInput); // too long
    EXPECT_EQ(postgres("22P02"), ErrorCode::InvalidInput); // wrong form
    EXPECT_EQ(postgres("40001"), ErrorCode::SerializationFailure);
    EXPECT_EQ(postgres("40P01"), ErrorCode::SerializationFailure); // deadlock
    EXPECT_EQ(postgres("55P03"), ErrorCode::Locked);
    EXPECT_EQ(postgres("25006"), ErrorCode::ReadOnly);
    EXPECT_EQ(postgres("53100"), ErrorCode::DiskFull);
    EXPECT_EQ(postgres("42501"), ErrorCode::PermissionDenied);
    EXPECT_EQ(postgres("08006"), ErrorCode::ServerUnreachable);
    EXPECT_EQ(postgres("57P01"), ErrorCode::ServerUnreachable);
    EXPECT_EQ(postgres("", true), ErrorCode::ServerUnreachable);
    EXPECT_EQ(postgres(""), ErrorCode::QueryFailed);
    EXPECT_EQ(postgres("42P01"), ErrorCode::QueryFailed);
}

TEST(SqlErrorTranslator, SqliteByExtendedResultCode)
{
    EXPECT_EQ(sqlite(2067), ErrorCode::UniqueViolation); // SQLITE_CONSTRAINT_UNIQUE
    EXPECT_EQ(sqlite(1555), ErrorCode::UniqueViolation); // SQLITE_CONSTRAINT_PRIMARYKEY
    EXPECT_EQ(sqlite(2579), ErrorCode::UniqueViolation); // SQLITE_CONSTRAINT_ROWID
    EXPECT_EQ(sqlite(787), ErrorCode::ForeignKeyViolation);  // SQLITE_CONSTRAINT_FOREIGNKEY
    EXPECT_EQ(sqlite(1811), ErrorCode::ForeignKeyViolation); // SQLITE_CONSTRAINT_TRIGGER (RESTRICT)
    EXPECT_EQ(sqlite(275), ErrorCode::InvalidInput);  // SQLITE_CONSTRAINT_CHECK
    EXPECT_EQ(sqlite(1299), ErrorCode::InvalidInput); // SQLITE_CONSTRAINT_NOTNULL
    EXPECT_EQ(sqlite(19), ErrorCode::InvalidInput);   // a bare SQLITE_CONSTRAINT
    EXPECT_EQ(sqlite(5), ErrorCode::Locked);
    EXPECT_EQ(sqlite(517), ErrorCode::Locked); // SQLITE_BUSY_SNAPSHOT
    EXPECT_EQ(sqlite(6), ErrorCode::Locked);
    EXPECT_EQ(sqlite(8), ErrorCode::ReadOnly);
    EXPECT_EQ(sqlite(1032), ErrorCode::ReadOnly); // SQLITE_READONLY_DBMOVED
    EXPECT_EQ(sqlite(13), ErrorCode::DiskFull);
    EXPECT_EQ(sqlite(11), ErrorCode::Corrupt);
    EXPECT_EQ(sqlite(26), ErrorCode::NotADatabase);
    EXPECT_EQ(sqlite(14), ErrorCode::FileMissing);
    EXPECT_EQ(sqlite(266), ErrorCode::QueryFailed); // SQLITE_IOERR_READ
    EXPECT_EQ(sqlite(1), ErrorCode::QueryFailed);
}

TEST(SqlErrorTranslator, TheDriversWordsDecideNothing)
{
    // English words that once steered the translation, under a code that
    // says otherwise; and German words without any code.
    const Error unique = SqlErrorTranslator::translate(
        SqlDialect::Postgres, driverError(QStringLiteral("23505"), QStringLiteral("password authentication failed")));
    EXPECT_EQ(unique.code, ErrorCode::UniqueViolation);
    const Error german = SqlErrorTranslator::translate(
        SqlDialect::Postgres, driverError({}, QStringLiteral("FEHLER:  doppelter Schlüsselwert verletzt Unique-Constraint")));
    EXPECT_EQ(german.code, ErrorCode::QueryFailed);
    EXPECT_TRUE(german.detail.contains(QStringLiteral("doppelter Schlüsselwert"))) << "kept for the Details";
}

TEST(SqlErrorTranslator, BrokenLinkIsWordedByWhatTheStatementDid)
{
    const auto message = [](const char *statement) {
        return SqlErrorTranslator::translate(SqlDialect::Postgres, driverError(QStringLiteral("23503")),
                                             QString::fromLatin1(statement))
            .message;
    };
    EXPECT_TRUE(message("DELETE FROM accounts WHERE id = ?").contains(QStringLiteral("still in use")));
    EXPECT_TRUE(message("  insert INTO cases (account_id) VALUES (?)").contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(message("UPDATE cases SET account_id = ?").contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(message("COMMIT").contains(QStringLiteral("missing or still in use")));
}

TEST(SqlErrorTranslator, UnknownErrorNamesItsStatementInTheDetail)
{
    const Error error = SqlErrorTranslator::translate(SqlDialect::Postgres, driverError(QStringLiteral("42P01")),
                                                      QStringLiteral("SELECT *\n  FROM nowhere"));
    EXPECT_EQ(error.code, ErrorCode::QueryFailed);
    EXPECT_TRUE(error.detail.contains(QStringLiteral("[SELECT * FROM nowhere]"))) << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Nothing was changed"), Qt::CaseInsensitive));
}
