// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasespec.h"
#include "error.h"
#include "filesystemprobe.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlError;

namespace fairwell {

// The one door to a Fairwell database, local SQLite or shared PostgreSQL.
// Everything above it is the same code. A Database is a connection and
// belongs to the thread that opened it: a worker opens its own with
// openAnother().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Database)

public:
    struct Options
    {
        bool createIfMissing = false;
        // SQLite over NFS or SMB is unsafe; the caller must ask the user first.
        bool allowNetworkFileSystem = false;
        bool migrate = true;
        int busyTimeoutMs = 5000;
        FileSystemProbe fileSystemProbe = probeFileSystem;
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseSpec &spec, const Options &options);
    static Result<std::unique_ptr<Database>> open(const DatabaseSpec &spec);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    const DatabaseSpec &spec() const { return m_spec; }
    SqlDialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == SqlDialect::Postgres; }
    QSqlDatabase connection() const { return m_db; }
    QString connectionName() const { return m_connectionName; }

    // Runs `work` inside one write transaction (BEGIN IMMEDIATE on SQLite, so
    // a concurrent writer is met at the start, not at the first write).
    // Commits when work succeeds, rolls back when it fails.
    //
    // A write() inside another is a savepoint (SAVEPOINT fw_sp_N). When the
    // inner work fails, only its own changes are rolled back and its error
    // comes back to the outer work, which may go on (and commit what it did)
    // or fail in turn (and roll back everything, inner parts included).
    //
    // A statement that fails marks its level of the transaction failed, on
    // both engines, as PostgreSQL does: later statements at that level fail
    // with the same error, and the write rolls back and returns that first
    // failure even when `work` swallowed it and reported success. So a
    // statement whose failure the caller means to handle goes into its own
    // nested write().
    //
    // Which to use: write() for changes that do not hang on what was read in
    // the same transaction (insert a row, a versioned update whose version
    // check guards it, delete by id). When what is written depends on what
    // was read and another person could change that meanwhile (read a
    // counter and write it plus one, check that no open case exists and then
    // open one), use writeSerializable(). A SELECT … forUpdate() inside
    // write() also serves when the rows read exist already, but it cannot
    // lock a row that is not there yet.
    Status write(const std::function<Status()> &work);

    // write() for a read-then-write. On PostgreSQL the work runs in a
    // SERIALIZABLE transaction; when the server finds it raced another one
    // (serialization failure or deadlock) the whole work runs again, up to
    // `attempts` times in all, before SerializationFailure reaches the
    // caller. `work` must therefore start from scratch each time (read
    // everything again) and touch nothing outside the database. On SQLite it
    // is write(): BEGIN IMMEDIATE lets one writer in at a time already.
    // Inside a serializable write it is a savepoint, retried by the
    // outermost call; inside a plain write() on PostgreSQL it refuses to run,
    // since the outer transaction can no longer become serializable.
    Status writeSerializable(const std::function<Status()> &work, int attempts = 5);

    bool inTransaction() const { return !m_levels.empty(); }

    // " FOR UPDATE" on PostgreSQL, empty on SQLite (whose write transaction
    // holds the whole database already): appended to a SELECT in a write(),
    // it locks the rows read until the transaction ends.
    QString forUpdate() const;

    // `column` sorted as a reader expects names, the same on both engines
    // (see textcollation.h): for ORDER BY of short lists.
    QString alphabetical(const QString &column) const;

    // Prepares `sql`, binds `values` to its "?" placeholders in order, runs it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

    // Prepares once for reuse with run(); bulk writers keep the statement.
    Result<QSqlQuery> prepare(const QString &sql);
    Status run(QSqlQuery &query, const QVariantList &values);

    Result<QStringList> tableNames();
    Result<int> schemaVersion();

    // Turns a driver error into a clear one, in words, with the place. Goes
    // by the driver's codes (SQLSTATE on PostgreSQL, extended result codes
    // on SQLite), never by its words, which depend on the server's language.
    Error translateError(const QSqlError &error, const QString &statement = {}) const;

private:
    // One level of the open transaction: the transaction itself, then one
    // per savepoint. `failure` is the first statement that failed in it.
    // Failed statements are kept until the level is rolled back, as Qt's
    // PostgreSQL driver frees a statement on the server when the last copy
    // goes, and the server takes no DEALLOCATE in a failed transaction.
    struct Level
    {
        std::optional<Error> failure;
        QList<QSqlQuery> failedStatements;
    };

    Database(const DatabaseSpec &spec, const Options &options);
    Status openSqlite();
    Status openPostgres();
    Status configureSqlite();
    Status transaction(const QString &begin, const std::function<Status()> &work);
    Status savepoint(const std::function<Status()> &work);
    // Runs a statement that steers the transaction (BEGIN, SAVEPOINT …),
    // which must run even in a level that failed.
    Result<QSqlQuery> execControl(const QString &sql);
    // The failure that makes every statement fail now, if any.
    std::optional<Error> failedLevel() const;
    Error statementFailed(const QSqlError &error, const QString &statement);
    bool postgresTransactionAborted() const;
    bool postgresConnectionBroken() const;

    DatabaseSpec m_spec;
    Options m_options;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::vector<Level> m_levels;
    bool m_serializable = false;
};

// Values as Fairwell stores them: instants in UTC, dates as dates.
QVariant sqlInstant(const QDateTime &instant);
QDateTime instantFromSql(const QVariant &value);
QVariant sqlDate(const QDate &date);
QDate dateFromSql(const QVariant &value);
QVariant sqlNullable(qint64 id); // 0 means NULL

} // namespace fairwell
