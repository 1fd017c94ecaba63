// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

namespace fairwell {

// Where a Fairwell database lives: a local SQLite file or a shared
// PostgreSQL database. Cheap to copy, so a worker thread can open its own
// connection to the same place.
struct DatabaseSpec
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DatabaseSpec)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path;            // SQLite
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    int connectTimeoutSeconds = 10;

    static DatabaseSpec sqlite(const QString &path);

    // Parses a libpq key/value string ("host=db port=5432 dbname=fairwell
    // user=ann password=secret") or a postgresql:// URI.
    static Result<DatabaseSpec> fromConninfo(const QString &conninfo);

    // The key/value form, without the password unless asked for.
    QString toConninfo(bool withPassword = false) const;

    // "fairwell on db.example.org:5432 as ann" or the file path.
    QString displayName() const;

    bool isPostgres() const { return kind == Kind::Postgres; }
    bool operator==(const DatabaseSpec &other) const = default;
};

} // namespace fairwell
