// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QList>
#include <QString>

namespace fairwell {

class Database;

// One numbered schema change, kept as resources/migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database's schema to the version this build knows, in one
// transaction, and refuses a database newer than the app.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Migrator)

public:
    // The migrations compiled into the app, in order.
    static QList<Migration> bundled();
    static int latestVersion();

    // The version recorded in the database: 0 for an empty database.
    static Result<int> currentVersion(Database &database);

    // Applies every migration above the current version up to `target`
    // (the latest by default). Nothing is written when it fails.
    static Status migrate(Database &database, int target = -1);

    static Error tooNewError(Database &database, int version);

    // Splits a migration file into statements (each ends with ";" at the end
    // of a line); "--" comment lines are dropped.
    static QStringList statements(const QString &sql);
};

} // namespace fairwell
