// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace fairwell {

namespace {
const QString kMigrationFolder = QStringLiteral(":/fairwell/migrations");
}

QList<Migration> Migrator::bundled()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QStringList files = QDir(kMigrationFolder).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile source(kMigrationFolder + QLatin1Char('/') + file);
            if (!source.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const auto migrations = bundled();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
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

Error Migrator::tooNewError(Database &database, int version)
{
    return Error{ErrorCode::SchemaTooNew,
                 tr("This database was last used by a newer Fairwell (schema version %1; this Fairwell "
                    "knows up to version %2). Update Fairwell to open it; the database was left "
                    "untouched.").arg(version).arg(latestVersion()),
                 database.spec().displayName(), {}};
}

Status Migrator::migrate(Database &database, int target)
{
    const QList<Migration> migrations = bundled();
    const int latest = latestVersion();
    if (target < 0)
        target = latest;

    auto current = currentVersion(database);
    if (!current)
        return fail(current.error());
    if (*current > latest)
        return fail(tooNewError(database, *current));
    if (*current >= target)
        return {};

    return database.write([&]() -> Status {
        if (database.dialect() == SqlDialect::Postgres) {
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
        for (const Migration &migration : migrations) {
            if (migration.version <= *inside || migration.version > target)
                continue;
            const QString sql = translateMigration(migration.sql, database.dialect());
            for (const QString &statement : statements(sql)) {
                if (auto done = database.exec(statement); !done) {
                    Error error = done.error();
                    error.code = ErrorCode::MigrationFailed;
                    error.message = tr("Upgrading the database to schema version %1 (%2) failed; "
                                       "nothing was changed.").arg(migration.version).arg(migration.name);
                    return fail(error);
                }
            }
            if (auto recorded = database.exec(
                    QStringLiteral("INSERT INTO schema_version (version, name) VALUES (?, ?)"),
                    {migration.version, migration.name});
                !recorded)
                return fail(recorded.error());
        }
        return {};
    });
}

} // namespace fairwell
