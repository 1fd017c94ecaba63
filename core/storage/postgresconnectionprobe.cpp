// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresconnectionprobe.h"

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace fairwell {

namespace {

// libpq's keyword and value arrays, built from a spec. The arrays point into
// the byte arrays held here, so they live as long as this object.
class ConnectionParameters
{
public:
    ConnectionParameters(const DatabaseSpec &spec, const QString &database, bool withPassword)
    {
        if (!spec.host.isEmpty())
            add("host", spec.host);
        add("port", QString::number(spec.port));
        add("dbname", database);
        if (!spec.user.isEmpty())
            add("user", spec.user);
        if (withPassword && !spec.password.isEmpty())
            add("password", spec.password);
        // libpq waits at least two seconds whatever it is told.
        add("connect_timeout", QString::number(qMax(1, spec.connectTimeoutSeconds)));
        add("application_name", QStringLiteral("fairwell"));
        add("client_encoding", QStringLiteral("UTF8"));
        for (size_t i = 0; i < m_keys.size(); ++i) {
            m_keyPointers.push_back(m_keys[i].constData());
            m_valuePointers.push_back(m_values[i].constData());
        }
        m_keyPointers.push_back(nullptr);
        m_valuePointers.push_back(nullptr);
    }

    const char *const *keywords() const { return m_keyPointers.data(); }
    const char *const *values() const { return m_valuePointers.data(); }

private:
    void add(const char *key, const QString &value)
    {
        m_keys.emplace_back(key);
        m_values.push_back(value.toUtf8());
    }

    std::vector<QByteArray> m_keys;
    std::vector<QByteArray> m_values;
    std::vector<const char *> m_keyPointers;
    std::vector<const char *> m_valuePointers;
};

struct ConnectionCloser
{
    void operator()(PGconn *connection) const { PQfinish(connection); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

Connection connect(const DatabaseSpec &spec, const QString &database)
{
    const ConnectionParameters parameters(spec, database, true);
    return Connection(PQconnectdbParams(parameters.keywords(), parameters.values(), 0));
}

// Every PostgreSQL server has these two; a user refused by both is refused
// as a user, not for the database it asked for.
const char *const everyServersDatabases[] = {"postgres", "template1"};

} // namespace

PostgresConnectionProbe::PostgresConnectionProbe(const DatabaseSpec &spec)
    : m_spec(spec)
{
}

QString PostgresConnectionProbe::server() const
{
    return QStringLiteral("%1:%2").arg(m_spec.host).arg(m_spec.port);
}

Error PostgresConnectionProbe::error(ErrorCode code, const QString &message, const QString &serverWords) const
{
    return Error{code, message, server(), serverWords.trimmed()};
}

PostgresConnectionProbe::Reply PostgresConnectionProbe::ping() const
{
    // Without the password: a server that asks for one has answered, and
    // libpq then hangs up before sending it, so a wrong password is not
    // counted against the user once more.
    const ConnectionParameters parameters(m_spec, m_spec.databaseName, false);
    switch (PQpingParams(parameters.keywords(), parameters.values(), 0)) {
    case PQPING_OK:
        return Reply::Answered;
    case PQPING_REJECT:
        return Reply::Starting;
    case PQPING_NO_ATTEMPT:
        return Reply::Malformed;
    case PQPING_NO_RESPONSE:
        break;
    }
    return Reply::Nobody;
}

Error PostgresConnectionProbe::diagnose(const QString &serverWords, qint64 waitedMs) const
{
    const int timeoutSeconds = qMax(2, m_spec.connectTimeoutSeconds);
    if (waitedMs >= qint64(timeoutSeconds) * 1000)
        return error(ErrorCode::ServerUnreachable,
                     tr("The PostgreSQL server cannot be reached: nothing answered within %n second(s). Check the "
                        "host name, the port and the network (a firewall may be swallowing the connection).",
                        nullptr, timeoutSeconds),
                     serverWords);

    switch (ping()) {
    case Reply::Nobody:
        return error(ErrorCode::ServerUnreachable,
                     tr("The PostgreSQL server cannot be reached: nothing answered. Check the host name, the port "
                        "and the network, and that the server is running and accepts connections from this "
                        "computer."),
                     serverWords);
    case Reply::Starting:
        return error(ErrorCode::ServerUnreachable,
                     tr("The PostgreSQL server is running but takes no connections right now (it is starting up, "
                        "shutting down or recovering). Try again in a moment."),
                     serverWords);
    case Reply::Malformed:
        return error(ErrorCode::InvalidInput,
                     tr("The connection details for the PostgreSQL server are incomplete or malformed. Check the "
                        "host name and the port."),
                     serverWords);
    case Reply::Answered:
        break;
    }
    return refused(serverWords);
}

Error PostgresConnectionProbe::refused(const QString &serverWords) const
{
    // The server answered and said no. Whether the same user and password
    // get into a database every server has tells the credentials apart from
    // the database.
    bool passwordChecked = false;
    for (const char *database : everyServersDatabases) {
        const Connection connection = connect(m_spec, QString::fromLatin1(database));
        if (PQstatus(connection.get()) == CONNECTION_OK)
            return verdictOnDatabase(connection.get(), serverWords);
        if (PQconnectionNeedsPassword(connection.get()))
            return error(ErrorCode::AuthenticationFailed,
                         tr("The PostgreSQL server asks for a password for the user \"%1\", and none was given.")
                             .arg(m_spec.user),
                         serverWords);
        passwordChecked = passwordChecked || PQconnectionUsedPassword(connection.get());
    }
    if (passwordChecked)
        // A server that checks passwords answers a user it does not know as
        // it answers a wrong password, so as not to tell who exists.
        return error(ErrorCode::AuthenticationFailed,
                     tr("The PostgreSQL server did not accept the password for the user \"%1\". Check the "
                        "password and the user name: for a user it does not know, the server says the same.")
                         .arg(m_spec.user),
                     serverWords);
    return error(ErrorCode::UserRefused,
                 tr("The PostgreSQL server refused the user \"%1\" before asking for a password: there is no such "
                    "user, or it may not log in, or the server's access rules do not admit it from this "
                    "computer. The server's own words are below.")
                     .arg(m_spec.user),
                 serverWords);
}

Error PostgresConnectionProbe::verdictOnDatabase(PGconn *connection, const QString &serverWords) const
{
    const QByteArray name = m_spec.databaseName.toUtf8();
    const char *values[] = {name.constData()};
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(connection, "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr, values, nullptr,
                     nullptr, 0),
        &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return error(ErrorCode::QueryFailed,
                     tr("The PostgreSQL server refused the connection to the database \"%1\". Its own words are "
                        "below.")
                         .arg(m_spec.databaseName),
                     serverWords);
    if (PQntuples(result.get()) == 0)
        return error(ErrorCode::DatabaseMissing,
                     tr("The PostgreSQL server has no database named \"%1\". Check the name, or ask an "
                        "administrator to create it.")
                         .arg(m_spec.databaseName),
                     serverWords);
    // The database is there and the credentials are good: either this user
    // may not connect to it, or the first refusal was passing.
    if (PQstatus(connect(m_spec, m_spec.databaseName).get()) == CONNECTION_OK)
        return error(ErrorCode::QueryFailed,
                     tr("The PostgreSQL server refused the connection at first and accepted it when asked again. "
                        "Try again."),
                     serverWords);
    return error(ErrorCode::PermissionDenied,
                 tr("The database \"%1\" exists, but the user \"%2\" may not connect to it. Ask an administrator "
                    "for access.")
                     .arg(m_spec.databaseName, m_spec.user),
                 serverWords);
}

} // namespace fairwell
