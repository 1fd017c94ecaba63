// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasespec.h"
#include "error.h"

#include <QString>

struct pg_conn; // libpq's PGconn

namespace fairwell {

// Finds out why a connection to a PostgreSQL server failed. Qt's driver
// passes on no code for a failed connection, only words, and the server
// words them in its own language; so this asks libpq instead: whether
// anything answered (PQpingParams), whether the server wanted a password,
// and whether the same user gets into a database every server has, which
// tells a wrong password from a missing database.
class PostgresConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::PostgresConnectionProbe)

public:
    explicit PostgresConnectionProbe(const DatabaseSpec &spec);

    // The error for a connection to the spec's database that has just
    // failed. `serverWords` is libpq's account of that attempt (it carries
    // the server's own message when the server answered) and becomes the
    // error's detail. `waitedMs` is how long the attempt took: one that used
    // up the whole connect timeout met a silent host, which is not made to
    // keep the user waiting a second time.
    Error diagnose(const QString &serverWords, qint64 waitedMs = 0) const;

private:
    enum class Reply { Nobody, Starting, Answered, Malformed };
    Reply ping() const;
    Error refused(const QString &serverWords) const;
    Error verdictOnDatabase(pg_conn *connection, const QString &serverWords) const;
    Error error(ErrorCode code, const QString &message, const QString &serverWords) const;
    QString server() const;

    DatabaseSpec m_spec;
};

} // namespace fairwell
