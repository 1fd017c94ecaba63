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
    // Commits when work succeeds, rolls back when it fails. A call inside
    // another write joins the outer transaction.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Prepares `sql`, binds `values` to its "?" placeholders in order, runs it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

    // Prepares once for reuse with run(); bulk writers keep the statement.
    Result<QSqlQuery> prepare(const QString &sql);
    Status run(QSqlQuery &query, const QVariantList &values);

    Result<QStringList> tableNames();
    Result<int> schemaVersion();

    // Turns a driver error into a clear one, in words, with the place.
    Error translateError(const QSqlError &error, const QString &statement = {}) const;

private:
    Database(const DatabaseSpec &spec, const Options &options);
    Status openSqlite();
    Status openPostgres();
    Status configureSqlite();
    static QString constraintMessage();

    DatabaseSpec m_spec;
    Options m_options;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};

// Values as Fairwell stores them: instants in UTC, dates as dates.
QVariant sqlInstant(const QDateTime &instant);
QDateTime instantFromSql(const QVariant &value);
QVariant sqlDate(const QDate &date);
QDate dateFromSql(const QVariant &value);
QVariant sqlNullable(qint64 id); // 0 means NULL

} // namespace fairwell
