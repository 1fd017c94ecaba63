// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationtesting.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace fairwell::test {

const Migrator &bundled()
{
    const Result<Migrator> &migrator = Migrator::bundled();
    EXPECT_TRUE(migrator.has_value()) << migrator.error().text().toStdString();
    return migrator.value();
}

int latestVersion()
{
    return bundled().latestVersion();
}

void MigrationFolder::write(const QString &name, const QString &sql) const
{
    QFile file(filePath(name));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << name.toStdString();
    file.write(sql.toUtf8());
}

void MigrationFolder::copyBundled(int version, ScratchDatabase::Backend backend) const
{
    for (const Migration &migration : bundled().migrations()) {
        if (migration.version > version)
            break;
        const MigrationScript &script = backend == ScratchDatabase::Backend::Postgres ? migration.postgres
                                                                                      : migration.sqlite;
        QString sql = script.sql;
        if (backend == ScratchDatabase::Backend::Sqlite)
            sql.replace(QLatin1String("@ID@"), QLatin1String("INTEGER PRIMARY KEY"));
        write(script.fileName, sql);
        if (migration.sqlite.fileName != migration.postgres.fileName) {
            const MigrationScript &other = backend == ScratchDatabase::Backend::Postgres ? migration.sqlite
                                                                                         : migration.postgres;
            write(other.fileName, other.sql);
        }
    }
}

namespace {

template<typename Work>
QString withSuperuser(const DatabaseSpec &spec, const QString &database, Work work)
{
    const PostgresServer server = PostgresServer::fromEnvironment();
    const QString name = QStringLiteral("fairwell-test-catalog-%1").arg(QRandomGenerator::global()->generate());
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(database);
        if (!db.open())
            ADD_FAILURE() << db.lastError().text().toStdString();
        else
            result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString postgresCatalog(const DatabaseSpec &spec)
{
    return withSuperuser(spec, spec.databaseName, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        const bool ok = query.exec(QStringLiteral(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
            "|| ' ' || COALESCE(column_default, '') FROM information_schema.columns "
            "WHERE table_schema = current_schema() "
            "UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' "
            "|| pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = to_regnamespace(current_schema()) "
            "UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'relation ' || relname || ' ' || relkind::text || ' ' || pg_get_userbyid(relowner) || ' ' "
            "|| COALESCE(relacl::text, '') FROM pg_class WHERE relnamespace = to_regnamespace(current_schema()) "
            "UNION ALL SELECT 'default rights ' || defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl "
            "UNION ALL SELECT 'function ' || oid::regprocedure::text FROM pg_proc "
            "WHERE pronamespace = to_regnamespace(current_schema()) "
            "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal "
            "UNION ALL SELECT 'schema ' || nspname || ' ' || COALESCE(nspacl::text, '') FROM pg_namespace "
            "WHERE nspname = current_schema() "
            "ORDER BY 1"));
        if (!ok)
            ADD_FAILURE() << query.lastError().text().toStdString();
        QStringList lines;
        while (query.next())
            lines.append(query.value(0).toString());
        QSqlQuery versions(db);
        if (versions.exec(QStringLiteral("SELECT version, name, applied_at FROM schema_version ORDER BY version"))) {
            while (versions.next())
                lines.append(QStringLiteral("version %1 %2 %3")
                                 .arg(versions.value(0).toString(), versions.value(1).toString(),
                                      versions.value(2).toString()));
        }
        return lines.join(QLatin1Char('\n'));
    });
}

QString runAsSuperuser(const DatabaseSpec &spec, const QString &sql)
{
    return withSuperuser(spec, spec.databaseName, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().text();
    });
}

} // namespace fairwell::test
