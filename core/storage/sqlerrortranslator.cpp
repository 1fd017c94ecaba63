// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerrortranslator.h"

#include <QSqlError>

#include <sqlite3.h>

namespace fairwell {

namespace {

Error error(ErrorCode code, const QString &message)
{
    return Error{code, message, {}, {}};
}

// Only our own SQL is looked at here, never the driver's words: a DELETE
// that breaks a link leaves a record behind that is still in use, an INSERT
// or UPDATE points at one that is missing.
enum class StatementKind { Delete, InsertOrUpdate, Other };

StatementKind kindOf(const QString &statement)
{
    const QString head = statement.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (head == QLatin1String("DELETE"))
        return StatementKind::Delete;
    if (head == QLatin1String("INSERT") || head == QLatin1String("UPDATE"))
        return StatementKind::InsertOrUpdate;
    return StatementKind::Other;
}

} // namespace

QString SqlErrorTranslator::uniqueMessage()
{
    return tr("This value is taken already: a name, number or date that must be unique is used by another "
              "record. Nothing was changed.");
}

QString SqlErrorTranslator::refusedMessage()
{
    return tr("The database refused a request; nothing was changed.");
}

QString SqlErrorTranslator::ruleMessage()
{
    return tr("The change breaks a rule of the data (a required value is missing, or a value is out of range "
              "or in the wrong form). Nothing was changed.");
}

QString SqlErrorTranslator::linkMessage(const QString &statement)
{
    switch (kindOf(statement)) {
    case StatementKind::Delete:
        return tr("This record is still in use: other records refer to it. Remove or change those first. "
                  "Nothing was changed.");
    case StatementKind::InsertOrUpdate:
        return tr("The change refers to a record that does not exist (any more), such as an account, a case, "
                  "a person or a reason someone else removed. Nothing was changed.");
    case StatementKind::Other:
        break;
    }
    return tr("The change breaks a link between records: a linked record is missing or still in use. "
              "Nothing was changed.");
}

Error SqlErrorTranslator::translate(SqlDialect dialect, const QSqlError &driverError, const QString &statement,
                                    bool connectionBroken)
{
    Error result;
    if (dialect == SqlDialect::Sqlite) {
        bool ok = false;
        const int code = driverError.nativeErrorCode().toInt(&ok);
        result = sqlite(ok ? code : -1, statement);
    } else {
        result = postgres(driverError.nativeErrorCode(), statement, connectionBroken);
    }
    const QString detail = driverError.text().trimmed();
    result.detail = detail;
    if (result.code == ErrorCode::QueryFailed && !statement.isEmpty())
        result.detail = detail + QStringLiteral(" [") + statement.simplified().left(200) + QLatin1Char(']');
    return result;
}

Error SqlErrorTranslator::sqlite(int code, const QString &statement)
{
    // Qt's driver turns SQLite's extended result codes on by default
    // (test_sqlite_errors checks it); the primary code is the low byte.
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
    case SQLITE_CONSTRAINT_ROWID:
        return error(ErrorCode::UniqueViolation,
                     uniqueMessage());
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    // SQLite carries out ON DELETE RESTRICT as a trigger of its own, so its
    // refusal comes as a trigger's. Fairwell's schema has no triggers
    // (test_query_errors checks), so no other trigger can be meant.
    case SQLITE_CONSTRAINT_TRIGGER:
        return error(ErrorCode::ForeignKeyViolation, linkMessage(statement));
    default:
        break;
    }

    switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
        return error(ErrorCode::InvalidInput, ruleMessage());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return error(ErrorCode::Locked, tr("The database is busy: another program or another Fairwell window is "
                                           "writing to it. Try again in a moment; nothing was changed."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return error(ErrorCode::ReadOnly, tr("The database cannot be written to (the file or its folder is "
                                             "read-only). Nothing was changed."));
    case SQLITE_NOTADB:
        return error(ErrorCode::NotADatabase, tr("This file is not a Fairwell database (SQLite does not "
                                                 "recognise it). Nothing was changed."));
    case SQLITE_CORRUPT:
        return error(ErrorCode::Corrupt, tr("This database file is damaged. Restore it from a backup; Fairwell "
                                            "wrote nothing to it."));
    case SQLITE_CANTOPEN:
        return error(ErrorCode::FileMissing, tr("The database file cannot be opened."));
    case SQLITE_FULL:
        return error(ErrorCode::DiskFull, tr("The disk holding the database is full, so the change was not "
                                             "saved. Make some room and try again."));
    case SQLITE_IOERR:
        return error(ErrorCode::QueryFailed, tr("The disk reported an error while reading or writing the "
                                                "database; the change was not saved."));
    default:
        break;
    }
    return error(ErrorCode::QueryFailed, refusedMessage());
}

Error SqlErrorTranslator::postgres(const QString &sqlState, const QString &statement, bool connectionBroken)
{
    const auto is = [&](const char *code) { return sqlState == QLatin1String(code); };
    const auto inClass = [&](const char *prefix) { return sqlState.startsWith(QLatin1String(prefix)); };

    if (is("23505"))
        return error(ErrorCode::UniqueViolation,
                     uniqueMessage());
    if (is("23503") || is("23001"))
        return error(ErrorCode::ForeignKeyViolation, linkMessage(statement));
    // Not null, check and exclusion constraints; and values of the wrong
    // form or out of range (class 22), which SQLite stores without a word.
    if (inClass("23") || inClass("22"))
        return error(ErrorCode::InvalidInput, ruleMessage());
    if (is("40001") || is("40P01"))
        return error(ErrorCode::SerializationFailure,
                     tr("Someone else changed the same data at the same moment, so this change could not be "
                        "applied safely. Try again; nothing was changed."));
    if (is("55P03"))
        return error(ErrorCode::Locked, tr("Someone else's change to the same data is still under way and holds "
                                           "it locked. Try again in a moment; nothing was changed."));
    if (is("25006"))
        return error(ErrorCode::ReadOnly, tr("The PostgreSQL database accepts no changes now (it is a read-only "
                                             "copy, or the server is set to read-only). Nothing was changed."));
    if (is("53100"))
        return error(ErrorCode::DiskFull, tr("The database server's disk is full, so the change was not saved. "
                                             "Tell the server's administrator."));
    if (is("42501"))
        return error(ErrorCode::PermissionDenied,
                     tr("Your PostgreSQL role may not do this. Ask an administrator for access."));
    // Connection exceptions, and a server that is shutting down or starting.
    if (inClass("08") || is("57P01") || is("57P02") || is("57P03") || (sqlState.isEmpty() && connectionBroken))
        return error(ErrorCode::ServerUnreachable,
                     tr("The connection to the PostgreSQL server broke off (the server stopped or the network "
                        "failed). Open the database again and check your last change."));
    return error(ErrorCode::QueryFailed, refusedMessage());
}

} // namespace fairwell
