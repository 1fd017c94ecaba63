// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrator.h"
#include "postgresconnectionprobe.h"
#include "sqlerrortranslator.h"
#include "textcollation.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>

#include <libpq-fe.h>

#include <utility>

namespace fairwell {

namespace {

QAtomicInteger<int> g_connectionCounter;

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
    if (!TextCollation::installOnSqlite(m_db))
        return fail(ErrorCode::QueryFailed, tr("The SQLite driver did not accept Fairwell's sort order for names."),
                    where);
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
    // 64 MiB of pages rather than SQLite's 2 MiB: a queue page on the large
    // set touches a few thousand pages of indexes and rows, and a desktop
    // reads the same ones again at every refresh.
    if (auto cache = exec(QStringLiteral("PRAGMA cache_size = -65536")); !cache)
        return fail(cache.error());
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
    QElapsedTimer clock;
    clock.start();
    if (!m_db.open()) {
        // The driver passes on no code for a failed connection, only words
        // in the server's language; libpq tells the reasons apart.
        const QSqlError refusal = m_db.lastError();
        const QString words = refusal.databaseText().isEmpty() ? refusal.text() : refusal.databaseText();
        return fail(PostgresConnectionProbe(m_spec).diagnose(words, clock.elapsed()));
    }
    // Instants are compared and bucketed in UTC whatever the server's zone.
    if (auto zone = exec(QStringLiteral("SET TIME ZONE 'UTC'")); !zone)
        return fail(zone.error());
    return {};
}

Error Database::translateError(const QSqlError &error, const QString &statement) const
{
    Error result = SqlErrorTranslator::translate(m_dialect, error, statement, postgresConnectionBroken());
    result.where = m_spec.displayName();
    return result;
}

namespace {

// libpq's connection under a Qt PostgreSQL connection, or null.
PGconn *postgresHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool Database::postgresConnectionBroken() const
{
    PGconn *connection = isPostgres() ? postgresHandle(m_db) : nullptr;
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

bool Database::postgresTransactionAborted() const
{
    PGconn *connection = isPostgres() ? postgresHandle(m_db) : nullptr;
    return connection && PQtransactionStatus(connection) == PQTRANS_INERROR;
}

QString Database::alphabetical(const QString &column) const
{
    return column + QStringLiteral(" COLLATE \"")
           + QLatin1String(isPostgres() ? TextCollation::postgresName : TextCollation::sqliteName) + QLatin1Char('"');
}

QString Database::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

std::optional<Error> Database::failedLevel() const
{
    for (const Level &level : m_levels) {
        if (level.failure)
            return level.failure;
    }
    return std::nullopt;
}

Error Database::statementFailed(const QSqlError &error, const QString &statement)
{
    Error translated = translateError(error, statement);
    if (m_levels.empty())
        return translated;
    if (!m_levels.back().failure)
        m_levels.back().failure = translated;
    // A lost race dooms the whole transaction, not just the savepoint it
    // happened in: only running everything again can help.
    if (translated.code == ErrorCode::SerializationFailure && !m_levels.front().failure)
        m_levels.front().failure = translated;
    return translated;
}

Result<QSqlQuery> Database::execControl(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return fail(statementFailed(query.lastError(), sql));
    return query;
}

Status Database::write(const std::function<Status()> &work)
{
    if (inTransaction())
        return savepoint(work);
    return transaction(m_dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                       work);
}

Status Database::writeSerializable(const std::function<Status()> &work, int attempts)
{
    if (!isPostgres())
        return write(work);
    if (inTransaction()) {
        if (m_serializable)
            return savepoint(work);
        return fail(ErrorCode::QueryFailed,
                    tr("Fairwell tried to make a change that must not race another one inside a change that "
                       "already began without that protection. Nothing was changed; please report this."),
                    m_spec.displayName());
    }
    Status status;
    for (int attempt = 1; attempt <= qMax(1, attempts); ++attempt) {
        m_serializable = true;
        status = transaction(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"), work);
        m_serializable = false;
        if (status || status.error().code != ErrorCode::SerializationFailure)
            return status;
        // The other transaction is likely still finishing; a short, random
        // pause keeps the two from meeting again at once.
        QThread::msleep(QRandomGenerator::global()->bounded(2u, 10u * unsigned(attempt) + 3u));
    }
    return status;
}

Status Database::transaction(const QString &begin, const std::function<Status()> &work)
{
    if (auto begun = execControl(begin); !begun)
        return fail(begun.error());
    m_levels.emplace_back();
    const Status status = work();
    const std::optional<Error> failure = m_levels.front().failure;
    // Freed only after the rollback below (see Level).
    const std::vector<Level> finished = std::exchange(m_levels, {});

    if (status && !failure && !postgresTransactionAborted()) {
        auto committed = execControl(QStringLiteral("COMMIT"));
        if (committed)
            return {};
        execControl(QStringLiteral("ROLLBACK"));
        return fail(committed.error());
    }
    execControl(QStringLiteral("ROLLBACK"));
    // A lost race speaks first: it is the one failure that a second try
    // may cure. Otherwise the work's own error, or the one it swallowed.
    if (failure && (failure->code == ErrorCode::SerializationFailure || status))
        return fail(*failure);
    if (!status)
        return status;
    return fail(ErrorCode::QueryFailed,
                tr("The database refused a step of this change, so none of it was saved."),
                m_spec.displayName());
}

Status Database::savepoint(const std::function<Status()> &work)
{
    if (auto failed = failedLevel())
        return fail(*failed);
    const QString name = QStringLiteral("fw_sp_%1").arg(m_levels.size());
    if (auto saved = execControl(QStringLiteral("SAVEPOINT ") + name); !saved)
        return fail(saved.error());
    m_levels.emplace_back();
    const Status status = work();
    const std::optional<Error> failure = m_levels.back().failure;
    // Freed only after the rollback below (see Level).
    const Level finished = std::move(m_levels.back());
    m_levels.pop_back();

    if (status && !failure) {
        if (auto released = execControl(QStringLiteral("RELEASE SAVEPOINT ") + name); !released)
            return fail(released.error());
        return {};
    }
    // Failures here land on the outer level, which then fails as well.
    execControl(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
    execControl(QStringLiteral("RELEASE SAVEPOINT ") + name);
    if (failure && (failure->code == ErrorCode::SerializationFailure || status))
        return fail(*failure);
    return status;
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    if (auto failed = failedLevel())
        return fail(*failed);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(statementFailed(query.lastError(), sql));
    return query;
}

Status Database::run(QSqlQuery &query, const QVariantList &values)
{
    if (auto failed = failedLevel())
        return fail(*failed);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        const Error failed = statementFailed(query.lastError(), query.lastQuery());
        if (inTransaction())
            m_levels.back().failedStatements.append(query);
        return fail(failed);
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        // Nothing to bind. PostgreSQL cannot PREPARE utility statements
        // (SET, BEGIN, CREATE …), so these run directly.
        if (auto failed = failedLevel())
            return fail(*failed);
        return execControl(sql);
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
