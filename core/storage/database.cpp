// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrator.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

namespace fairwell {

namespace {

QAtomicInteger<int> g_connectionCounter;

// SQLite's primary result codes (sqlite3.h) that mean something to a user.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

// Root may write a file whose mode forbids it; Fairwell still respects the
// mode, so a file someone marked read-only stays untouched.
bool isWritableByMode(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return (info.permissions() & writeBits) != 0;
}

bool hasSqliteHeader(const QString &path, qint64 size)
{
    if (size == 0)
        return true; // SQLite treats an empty file as a new database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

} // namespace

QString Database::constraintMessage()
{
    return tr("The change breaks a rule of the data (a required value is missing, a value is out of range, a "
              "name is taken, or a linked record is missing). Nothing was changed.");
}

Database::Database(const DatabaseSpec &spec, const Options &options)
    : m_spec(spec)
    , m_options(options)
    , m_dialect(spec.isPostgres() ? SqlDialect::Postgres : SqlDialect::Sqlite)
    , m_connectionName(QStringLiteral("fairwell-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseSpec &spec)
{
    return open(spec, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseSpec &spec, const Options &options)
{
    const Result<Migrator> &migrator = Migrator::bundled();
    if (!migrator)
        return fail(migrator.error());
    std::unique_ptr<Database> database(new Database(spec, options));
    const Status opened = spec.isPostgres() ? database->openPostgres() : database->openSqlite();
    if (!opened)
        return fail(opened.error());
    // Tell a foreign or newer database apart before anything is written,
    // even the switch to WAL.
    auto version = Migrator::currentVersion(*database);
    if (!version)
        return fail(version.error());
    if (*version > migrator->latestVersion())
        return fail(migrator->tooNewError(*database, *version));
    if (!spec.isPostgres()) {
        if (auto journal = database->configureSqlite(); !journal)
            return fail(journal.error());
    }
    if (options.migrate) {
        if (auto migrated = migrator->migrate(*database); !migrated)
            return fail(migrated.error());
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options options = m_options;
    options.createIfMissing = false;
    options.migrate = false;
    // The user already agreed to this file when the first connection opened.
    options.allowNetworkFileSystem = true;
    return open(m_spec, options);
}

Status Database::openSqlite()
{
    const QString path = m_spec.path;
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No database file was given."));

    const QFileInfo file(path);
    const QString where = QDir::toNativeSeparators(file.absoluteFilePath());
    const QFileInfo folder(file.absolutePath());

    if (file.exists()) {
        if (file.isDir())
            return fail(ErrorCode::NotADatabase, tr("This is a folder, not a database file."), where);
        if (!file.isReadable())
            return fail(ErrorCode::PermissionDenied,
                        tr("You may not read this database file. Ask its owner for access."), where);
        if (!hasSqliteHeader(path, file.size()))
            return fail(ErrorCode::NotADatabase,
                        tr("This file is not a Fairwell database (it is not an SQLite database at all). "
                           "Nothing was changed."),
                        where);
    } else {
        if (!m_options.createIfMissing)
            return fail(ErrorCode::FileMissing, tr("There is no database file here."), where);
        if (!folder.exists())
            return fail(ErrorCode::FileMissing,
                        tr("The folder for the new database does not exist."),
                        QDir::toNativeSeparators(folder.absoluteFilePath()));
    }

    const FileSystemInfo fileSystem = m_options.fileSystemProbe
                                          ? m_options.fileSystemProbe(folder.absoluteFilePath())
                                          : FileSystemInfo{};
    if (fileSystem.isNetwork && !m_options.allowNetworkFileSystem)
        return fail(ErrorCode::NetworkFileSystem,
                    tr("This database file is on a network file system (%1). SQLite cannot lock files "
                       "reliably there, so two people writing at once can damage it. For a team, use "
                       "a shared PostgreSQL database (File ▸ Connect to shared database…).")
                        .arg(fileSystem.typeName),
                    where);

    // WAL keeps a -wal and a -shm file beside the database, so the folder
    // must be writable too.
    if (!isWritableByMode(folder))
        return fail(ErrorCode::ReadOnly,
                    tr("The folder holding this database is read-only, so Fairwell cannot write its "
                       "journal beside it. Move the file to a folder you may write to. Nothing was "
                       "changed."),
                    QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (file.exists() && !isWritableByMode(file))
        return fail(ErrorCode::ReadOnly,
                    tr("This database file is read-only. Make it writable or copy it to a folder of "
                       "yours. Nothing was changed."),
                    where);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!m_db.open())
        return fail(translateError(m_db.lastError()));
    // Reading the schema first tells a damaged file apart before any write.
    if (auto names = tableNames(); !names)
        return fail(names.error());
    return {};
}

Status Database::configureSqlite()
{
    if (auto keys = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !keys)
        return fail(keys.error());
    const bool wal = !m_options.allowNetworkFileSystem
                     || !(m_options.fileSystemProbe
                          && m_options.fileSystemProbe(QFileInfo(m_spec.path).absolutePath()).isNetwork);
    auto journal = exec(wal ? QStringLiteral("PRAGMA journal_mode = WAL")
                            : QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!journal)
        return fail(journal.error());
    if (auto sync = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
        return fail(sync.error());
    return {};
}

Status Database::openPostgres()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return fail(ErrorCode::ServerUnreachable,
                    tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    m_db.setHostName(m_spec.host);
    m_db.setPort(m_spec.port);
    m_db.setDatabaseName(m_spec.databaseName);
    m_db.setUserName(m_spec.user);
    m_db.setPassword(m_spec.password);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=fairwell")
                               .arg(qMax(1, m_spec.connectTimeoutSeconds)));
    if (!m_db.open())
        return fail(translateError(m_db.lastError()));
    // Instants are compared and bucketed in UTC whatever the server's zone.
    if (auto zone = exec(QStringLiteral("SET TIME ZONE 'UTC'")); !zone)
        return fail(zone.error());
    return {};
}

Error Database::translateError(const QSqlError &error, const QString &statement) const
{
    const QString detail = error.text().trimmed();
    Error result;
    result.detail = detail;
    result.where = m_spec.displayName();

    if (m_dialect == SqlDialect::Sqlite) {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
        switch (ok ? code : -1) {
        case SqliteBusy:
        case SqliteLocked:
            result.code = ErrorCode::Locked;
            result.message = tr("The database is busy: another program or another Fairwell window is "
                                "writing to it. Try again in a moment; nothing was changed.");
            return result;
        case SqliteReadOnly:
        case SqlitePerm:
            result.code = ErrorCode::ReadOnly;
            result.message = tr("The database cannot be written to (the file or its folder is read-only). "
                                "Nothing was changed.");
            return result;
        case SqliteNotADb:
            result.code = ErrorCode::NotADatabase;
            result.message = tr("This file is not a Fairwell database (SQLite does not recognise it). "
                                "Nothing was changed.");
            return result;
        case SqliteCorrupt:
            result.code = ErrorCode::Corrupt;
            result.message = tr("This database file is damaged. Restore it from a backup; Fairwell "
                                "wrote nothing to it.");
            return result;
        case SqliteCantOpen:
            result.code = ErrorCode::FileMissing;
            result.message = tr("The database file cannot be opened.");
            return result;
        case SqliteConstraint:
            result.code = ErrorCode::InvalidInput;
            result.message = constraintMessage();
            return result;
        case SqliteFull:
            result.code = ErrorCode::QueryFailed;
            result.message = tr("The disk is full; the change was not saved.");
            return result;
        case SqliteIoErr:
            result.code = ErrorCode::QueryFailed;
            result.message = tr("The disk reported an error while reading or writing the database; "
                                "the change was not saved.");
            return result;
        default:
            break;
        }
    } else {
        const QString lower = detail.toLower();
        const QString server = QStringLiteral("%1:%2").arg(m_spec.host).arg(m_spec.port);
        if (lower.contains(QLatin1String("password authentication failed"))
            || lower.contains(QLatin1String("no password supplied"))
            || lower.contains(QLatin1String("authentication failed"))
            || (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist")))) {
            result.code = ErrorCode::AuthenticationFailed;
            result.message = tr("The PostgreSQL server did not accept the user name or password for \"%1\".")
                                 .arg(m_spec.user);
            result.where = server;
            return result;
        }
        if (lower.contains(QLatin1String("database")) && lower.contains(QLatin1String("does not exist"))) {
            result.code = ErrorCode::DatabaseMissing;
            result.message = tr("The PostgreSQL server has no database named \"%1\".").arg(m_spec.databaseName);
            result.where = server;
            return result;
        }
        if (lower.contains(QLatin1String("connection refused")) || lower.contains(QLatin1String("timeout expired"))
            || lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("could not translate host"))
            || lower.contains(QLatin1String("server closed the connection")) || lower.contains(QLatin1String("no route to host"))
            || lower.contains(QLatin1String("network is unreachable")) || lower.contains(QLatin1String("connection to server"))) {
            result.code = ErrorCode::ServerUnreachable;
            result.message = tr("The PostgreSQL server cannot be reached. Check the host name and port, "
                                "and that the server is running and accepts connections from here.");
            result.where = server;
            return result;
        }
        if (lower.contains(QLatin1String("permission denied")) || error.nativeErrorCode() == QLatin1String("42501")) {
            result.code = ErrorCode::PermissionDenied;
            result.message = tr("Your PostgreSQL role may not do this. Ask an administrator for access.");
            return result;
        }
        if (error.nativeErrorCode().startsWith(QLatin1String("23"))) {
            result.code = ErrorCode::InvalidInput;
            result.message = constraintMessage();
            return result;
        }
        if (error.nativeErrorCode() == QLatin1String("40001") || error.nativeErrorCode() == QLatin1String("40P01")
            || error.nativeErrorCode() == QLatin1String("55P03")) {
            result.code = ErrorCode::Locked;
            result.message = tr("Someone else is changing the same data right now. Try again; nothing was changed.");
            return result;
        }
    }

    result.code = ErrorCode::QueryFailed;
    result.message = tr("The database refused a request; nothing was changed.");
    if (!statement.isEmpty())
        result.detail = detail + QStringLiteral(" [") + statement.simplified().left(200) + QLatin1Char(']');
    return result;
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status status = work();
        --m_transactionDepth;
        return status;
    }
    auto begun = exec(m_dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                      : QStringLiteral("BEGIN"));
    if (!begun)
        return fail(begun.error());
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status) {
        exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (auto committed = exec(QStringLiteral("COMMIT")); !committed) {
        exec(QStringLiteral("ROLLBACK"));
        return fail(committed.error());
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(translateError(query.lastError(), sql));
    return query;
}

Status Database::run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return fail(translateError(query.lastError(), query.lastQuery()));
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        // Nothing to bind. PostgreSQL cannot PREPARE utility statements
        // (SET, BEGIN, CREATE …), so these run directly.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return fail(translateError(query.lastError(), sql));
        return query;
    }
    auto query = prepare(sql);
    if (!query)
        return query;
    if (auto ran = run(*query, values); !ran)
        return fail(ran.error());
    return query;
}

Result<QStringList> Database::tableNames()
{
    const QString sql = m_dialect == SqlDialect::Sqlite
                            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                            // The catalog, not information_schema: that one hides
                            // tables the login holds no rights on, and a shared
                            // database would look empty to it.
                            : QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE n.nspname = current_schema() "
                                             "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname");
    auto query = exec(sql);
    if (!query)
        return fail(query.error());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<int> Database::schemaVersion()
{
    return Migrator::currentVersion(*this);
}

QVariant sqlInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // One text form for both databases: ISO-8601 in UTC with milliseconds.
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

QVariant sqlDate(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate dateFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant sqlNullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace fairwell
