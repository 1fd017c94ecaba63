// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "sqlstatements.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace fairwell {

namespace {

const QString kBundledFolder = QStringLiteral(":/fairwell/migrations");
const QString kDirective = QStringLiteral("-- fairwell:");
const QString kForeignKeysOff = QStringLiteral("foreign-keys-off");

// The files found for one version before they are checked.
struct VersionFiles
{
    QString name;
    QString shared;
    QString sqlite;
    QString postgres;

    QString any() const { return !shared.isEmpty() ? shared : !sqlite.isEmpty() ? sqlite : postgres; }
};

QString where(const QDir &folder, const QString &file)
{
    return QDir::toNativeSeparators(folder.filePath(file));
}

// Read to the end, so that no statement stays open: SQLite refuses to drop
// a table while one is.
Result<bool> foreignKeysOn(Database &database)
{
    auto query = database.exec(QStringLiteral("PRAGMA foreign_keys"));
    if (!query)
        return fail(query.error());
    const bool on = query->next() && query->value(0).toInt() == 1;
    query->finish();
    return on;
}

} // namespace

Result<Migrator> Migrator::load(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return fail(ErrorCode::MigrationFailed, tr("The folder of database migrations is missing."),
                    QDir::toNativeSeparators(folder));

    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|postgres))?\\.sql$"));
    auto twoFiles = [&](int version, const QString &first, const QString &second) {
        return fail(ErrorCode::MigrationFailed,
                    tr("Two database migration files claim version %1: \"%2\" and \"%3\". A version has one "
                       "file for both engines (NNNN_name.sql) or one file per engine with the same name "
                       "(NNNN_name.sqlite.sql and NNNN_name.postgres.sql).")
                        .arg(version)
                        .arg(first, second),
                    where(dir, second));
    };

    QMap<int, VersionFiles> versions;
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &file : entries) {
        const auto match = pattern.match(file);
        const int version = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (QFileInfo(dir.filePath(file)).isDir())
            return fail(ErrorCode::MigrationFailed,
                        tr("\"%1\" in the folder of database migrations is a folder, not a migration.").arg(file),
                        where(dir, file));
        if (!match.hasMatch() || version == 0)
            return fail(ErrorCode::MigrationFailed,
                        tr("\"%1\" in the folder of database migrations is not named like a migration "
                           "(0001_name.sql, or 0001_name.sqlite.sql and 0001_name.postgres.sql, numbered "
                           "from 0001). Fairwell will not guess what it holds.")
                            .arg(file),
                        where(dir, file));
        VersionFiles &found = versions[version];
        if (!found.any().isEmpty() && found.name != match.captured(2))
            return twoFiles(version, found.any(), file);
        found.name = match.captured(2);
        const QString engine = match.captured(3);
        QString &slot = engine == QLatin1String("sqlite")     ? found.sqlite
                        : engine == QLatin1String("postgres") ? found.postgres
                                                              : found.shared;
        if (!slot.isEmpty())
            return twoFiles(version, slot, file);
        if ((engine.isEmpty() && (!found.sqlite.isEmpty() || !found.postgres.isEmpty()))
            || (!engine.isEmpty() && !found.shared.isEmpty()))
            return twoFiles(version, found.any(), file);
        slot = file;
    }

    auto read = [&](const QString &file) -> Result<MigrationScript> {
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            return fail(ErrorCode::MigrationFailed,
                        tr("The database migration \"%1\" cannot be read (%2).").arg(file, source.errorString()),
                        where(dir, file));
        MigrationScript script;
        script.fileName = file;
        script.sql = QString::fromUtf8(source.readAll());
        const QStringList lines = script.sql.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (!line.startsWith(kDirective))
                continue;
            if (line.mid(kDirective.size()).trimmed() != kForeignKeysOff)
                return fail(ErrorCode::MigrationFailed,
                            tr("Line %1 of the database migration \"%2\" is a directive Fairwell does not "
                               "know: \"%3\".")
                                .arg(i + 1)
                                .arg(file, line),
                            where(dir, file));
            script.foreignKeysOff = true;
        }
        return script;
    };

    Migrator migrator;
    int expected = 1;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it, ++expected) {
        const VersionFiles &files = it.value();
        if (it.key() != expected)
            return fail(ErrorCode::MigrationFailed,
                        tr("Database migration version %1 is missing: the next file is \"%2\". Versions "
                           "are numbered from 1 without gaps.")
                            .arg(expected)
                            .arg(files.any()),
                        where(dir, files.any()));
        if (files.shared.isEmpty() && (files.sqlite.isEmpty() || files.postgres.isEmpty())) {
            const bool sqliteOnly = files.postgres.isEmpty();
            const QString missing = QStringLiteral("%1_%2.%3.sql")
                                        .arg(it.key(), 4, 10, QLatin1Char('0'))
                                        .arg(files.name, sqliteOnly ? QStringLiteral("postgres")
                                                                    : QStringLiteral("sqlite"));
            return fail(ErrorCode::MigrationFailed,
                        tr("The database migration \"%1\" is written for one engine only, and \"%2\" is "
                           "missing. When the other engine needs no change, give it a file holding only "
                           "comments that say so.")
                            .arg(files.any(), missing),
                        where(dir, files.any()));
        }
        Migration migration;
        migration.version = it.key();
        migration.name = files.name;
        auto sqlite = read(files.shared.isEmpty() ? files.sqlite : files.shared);
        if (!sqlite)
            return fail(sqlite.error());
        migration.sqlite = *sqlite;
        if (files.shared.isEmpty()) {
            auto postgres = read(files.postgres);
            if (!postgres)
                return fail(postgres.error());
            migration.postgres = *postgres;
        } else {
            migration.postgres = migration.sqlite;
        }
        migrator.m_migrations.append(migration);
    }
    return migrator;
}

const Result<Migrator> &Migrator::bundled()
{
    static const Result<Migrator> migrator = load(kBundledFolder);
    return migrator;
}

Result<int> Migrator::currentVersion(Database &database)
{
    auto tables = database.tableNames();
    if (!tables)
        return fail(tables.error());
    if (!tables->contains(QStringLiteral("schema_version"))) {
        if (!tables->isEmpty())
            return fail(ErrorCode::NotADatabase,
                        tr("This database holds other tables but no Fairwell data, so Fairwell will not "
                           "change it. Choose a Fairwell database or create a new one."),
                        database.spec().displayName());
        return 0;
    }
    auto query = database.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Error Migrator::tooNewError(Database &database, int version) const
{
    return Error{ErrorCode::SchemaTooNew,
                 tr("This database was last used by a newer Fairwell (schema version %1; this Fairwell "
                    "knows up to version %2). Update Fairwell to open it; the database was left "
                    "untouched.").arg(version).arg(latestVersion()),
                 database.spec().displayName(), {}};
}

Status Migrator::mayUpgrade(Database &database, int current, int target) const
{
    if (!database.isPostgres())
        return {};
    if (current == 0) {
        auto may = database.exec(QStringLiteral(
            "SELECT current_user, COALESCE(has_schema_privilege(current_schema(), 'CREATE'), FALSE)"));
        if (!may)
            return fail(may.error());
        if (may->next() && !may->value(1).toBool())
            return fail(ErrorCode::UpgradeRefused,
                        tr("This shared database is empty, and your PostgreSQL login \"%1\" may not create "
                           "Fairwell's tables in it. Ask an administrator to open it once with this "
                           "Fairwell as the role that is to own Fairwell's tables. Nothing was changed.")
                            .arg(may->value(0).toString()),
                        database.spec().displayName());
        return {};
    }
    // The owner's members act as the owner (and a superuser as anyone):
    // they may alter the tables, so they may upgrade.
    auto owner = database.exec(QStringLiteral(
        "SELECT current_user, pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, 'USAGE') "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relname = 'schema_version'"));
    if (!owner)
        return fail(owner.error());
    if (owner->next() && !owner->value(2).toBool())
        return fail(ErrorCode::UpgradeRefused,
                    tr("This shared database needs an upgrade to schema version %1 (it is at version %2) "
                       "before this Fairwell can use it. Only the role that owns Fairwell's tables, \"%3\", "
                       "may upgrade it; you are logged in as \"%4\". Ask an administrator to open it once "
                       "with this Fairwell as \"%3\". Nothing was changed.")
                        .arg(target)
                        .arg(current)
                        .arg(owner->value(1).toString(), owner->value(0).toString()),
                    database.spec().displayName());
    return {};
}

Status Migrator::migrate(Database &database, int target) const
{
    const int latest = latestVersion();
    if (target < 0 || target > latest)
        target = latest;

    auto current = currentVersion(database);
    if (!current)
        return fail(current.error());
    if (*current > latest)
        return fail(tooNewError(database, *current));
    if (*current >= target)
        return {};
    if (auto allowed = mayUpgrade(database, *current, target); !allowed)
        return allowed;

    bool keysOff = false;
    if (!database.isPostgres()) {
        for (const Migration &migration : m_migrations) {
            if (migration.version > *current && migration.version <= target && migration.sqlite.foreignKeysOff)
                keysOff = true;
        }
    }
    if (!keysOff)
        return apply(database, target, false);

    // SQLite ignores the switch inside a transaction, and a table dropped
    // for its rebuild with enforcement on would take its dependants along.
    if (database.inTransaction())
        return fail(ErrorCode::MigrationFailed,
                    tr("Upgrading the database to schema version %1 rebuilds tables, which cannot happen "
                       "inside another change. Nothing was changed.").arg(target),
                    database.spec().displayName());
    auto wasOn = foreignKeysOn(database);
    if (!wasOn)
        return fail(wasOn.error());
    if (auto off = database.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return fail(off.error());
    Status applied;
    if (auto isOn = foreignKeysOn(database); !isOn)
        applied = fail(isOn.error());
    else if (*isOn)
        applied = fail(ErrorCode::MigrationFailed,
                       tr("SQLite did not let Fairwell pause its foreign-key checks to upgrade the database "
                          "to schema version %1. Nothing was changed.").arg(target),
                       database.spec().displayName());
    else
        applied = apply(database, target, true);
    if (*wasOn) {
        if (auto on = database.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !on && applied)
            return fail(on.error());
    }
    return applied;
}

Status Migrator::apply(Database &database, int target, bool checkForeignKeys) const
{
    return database.write([&]() -> Status {
        if (database.isPostgres()) {
            // Two desktops upgrading one shared database at once queue here.
            if (auto locked = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7355608)")); !locked)
                return fail(locked.error());
        }
        // Read again inside the transaction: another client may have
        // upgraded while we waited for the lock.
        auto inside = currentVersion(database);
        if (!inside)
            return fail(inside.error());
        if (*inside == 0) {
            const QString create = translateMigration(
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at @INSTANT@ NOT NULL DEFAULT @NOW@)"),
                database.dialect());
            if (auto created = database.exec(create); !created)
                return fail(created.error());
        }
        for (const Migration &migration : m_migrations) {
            if (migration.version <= *inside || migration.version > target)
                continue;
            const MigrationScript &script = migration.script(database.dialect());
            const QStringList statements = splitSqlStatements(translateMigration(script.sql, database.dialect()));
            for (const QString &statement : statements) {
                if (auto done = database.exec(statement); !done) {
                    Error error = done.error();
                    error.code = ErrorCode::MigrationFailed;
                    error.message = tr("Upgrading the database to schema version %1 (%2) failed; "
                                       "nothing was changed.").arg(migration.version).arg(migration.name);
                    error.detail = script.fileName + QStringLiteral(": ") + error.detail;
                    return fail(error);
                }
            }
            if (auto recorded = database.exec(
                    QStringLiteral("INSERT INTO schema_version (version, name) VALUES (?, ?)"),
                    {migration.version, migration.name});
                !recorded)
                return fail(recorded.error());
        }
        if (checkForeignKeys) {
            auto check = database.exec(QStringLiteral("PRAGMA foreign_key_check"));
            if (!check)
                return fail(check.error());
            if (check->next())
                return fail(ErrorCode::MigrationFailed,
                            tr("Upgrading the database to schema version %1 would leave records in \"%2\" "
                               "that point at records that do not exist; nothing was changed.")
                                .arg(target)
                                .arg(check->value(0).toString()),
                            database.spec().displayName());
        }
        return {};
    });
}

} // namespace fairwell
