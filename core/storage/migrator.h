// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QList>
#include <QString>

namespace fairwell {

class Database;

// One engine's SQL for a migration, as read from its file.
struct MigrationScript
{
    QString fileName;
    QString sql;
    // The file holds the directive line "-- fairwell: foreign-keys-off".
    // Only SQLite acts on it: foreign-key enforcement is switched off
    // around the whole upgrade (outside its transaction, where SQLite allows
    // it), so tables can be rebuilt, and "PRAGMA foreign_key_check" must
    // find nothing before the upgrade commits.
    bool foreignKeysOff = false;
};

// One numbered schema change.
//
// The migrations folder holds, for each version N (contiguous from 1):
//  - one shared file "NNNN_name.sql", written once for both engines with
//    the @TOKENS@ of sqldialect.h; or
//  - both "NNNN_name.sqlite.sql" and "NNNN_name.postgres.sql", with the
//    same name, when the engines need different SQL. A change that one
//    engine does not need still gets a file for it (holding only comments),
//    so that leaving an engine out is always written down, never an
//    accident.
// Anything else in the folder is an error naming the file: a name of
// another shape, a shared file beside a variant, a variant without its
// partner, two files for one version, a gap, an unreadable file, or an
// unknown "-- fairwell:" directive.
struct Migration
{
    int version = 0;
    QString name;
    MigrationScript sqlite;
    MigrationScript postgres; // the same file as `sqlite` when shared

    const MigrationScript &script(SqlDialect dialect) const
    {
        return dialect == SqlDialect::Postgres ? postgres : sqlite;
    }
};

// Brings a database's schema to the version this build knows, in one
// transaction, and refuses a database newer than the app.
//
// On PostgreSQL only the role owning Fairwell's tables upgrades them (the
// team's logins only read and write rows): when an upgrade is due and the
// login does not hold the owner's rights (or, for an empty database, may
// not create tables in its schema), migrate() refuses with UpgradeRefused
// and changes nothing. An up-to-date database opens for every login.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Migrator)

public:
    // Reads and checks every migration in `folder` (a resource path or a
    // real folder).
    static Result<Migrator> load(const QString &folder);
    // The migrations compiled into the app, read once.
    static const Result<Migrator> &bundled();

    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }

    // Applies every migration above the current version up to `target`
    // (the latest by default). Nothing is written when it fails.
    Status migrate(Database &database, int target = -1) const;

    Error tooNewError(Database &database, int version) const;

    // The version recorded in the database: 0 for an empty database.
    static Result<int> currentVersion(Database &database);

private:
    Migrator() = default;
    Status mayUpgrade(Database &database, int current, int target) const;
    Status apply(Database &database, int target, bool checkForeignKeys) const;

    QList<Migration> m_migrations;
};

} // namespace fairwell
