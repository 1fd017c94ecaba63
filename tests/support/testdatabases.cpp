// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabases.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fairwell::test {

namespace {

// A short-lived admin connection to the maintenance database.
bool runAdmin(const PostgresServer &server, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("fairwell-test-admin-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

PostgresServer PostgresServer::fromEnvironment(QString *whyNot)
{
    PostgresServer server;
    const QString path = qEnvironmentVariable("FAIRWELL_TEST_PG_ENV");
    if (path.isEmpty()) {
        if (whyNot)
            *whyNot = QStringLiteral("FAIRWELL_TEST_PG_ENV is not set: run this suite through ctest, "
                                     "whose 'postgres' fixture starts the test server.");
        return server;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (whyNot)
            *whyNot = QStringLiteral("The PostgreSQL test server did not start: %1 is missing. "
                                     "See the output of the postgres_start test.").arg(path);
        return server;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "PGHOST")
            server.host = value;
        else if (key == "PGPORT")
            server.port = value.toInt();
        else if (key == "PGUSER")
            server.user = value;
        else if (key == "PGPASSWORD")
            server.password = value;
        else if (key == "PGSOCKETDIR")
            server.socketDir = value;
    }
    if (!server.isValid() && whyNot)
        *whyNot = QStringLiteral("%1 names no port.").arg(path);
    return server;
}

DatabaseSpec PostgresServer::spec(const QString &databaseName) const
{
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Postgres;
    spec.host = host;
    spec.port = port;
    spec.user = user;
    spec.password = password;
    spec.databaseName = databaseName;
    spec.connectTimeoutSeconds = 5;
    return spec;
}

ScratchDatabase::ScratchDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_spec = DatabaseSpec::sqlite(m_folder.filePath(QStringLiteral("fairwell.sqlite")));
        return;
    }
    const PostgresServer server = PostgresServer::fromEnvironment(&m_error);
    if (!server.isValid())
        return;
    const QString name = QStringLiteral("fw_test_%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    if (!runAdmin(server, QStringLiteral("CREATE DATABASE %1").arg(name), &m_error))
        return;
    m_spec = server.spec(name);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_backend == Backend::Postgres && !m_spec.databaseName.isEmpty()) {
        QString ignored;
        const PostgresServer server = PostgresServer::fromEnvironment();
        runAdmin(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.databaseName), &ignored);
    }
}

Result<std::unique_ptr<Database>> ScratchDatabase::open(bool migrate) const
{
    Database::Options options;
    options.createIfMissing = true;
    options.migrate = migrate;
    return Database::open(m_spec, options);
}

QString backendName(ScratchDatabase::Backend backend)
{
    return backend == ScratchDatabase::Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

} // namespace fairwell::test
