// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fairwell::test {

// The PostgreSQL server the ctest fixture started, read from the file named
// by FAIRWELL_TEST_PG_ENV. A test that needs it and finds none fails with
// the reason: it never skips itself silently.
struct PostgresServer
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    // The folder of the server's Unix socket, where local connections are
    // trusted without a password (TCP connections need one).
    QString socketDir;

    static PostgresServer fromEnvironment(QString *whyNot = nullptr);
    bool isValid() const { return port > 0; }
    DatabaseSpec spec(const QString &databaseName) const;
};

// A brand-new, empty database for one test, on either backend; dropped (or
// deleted) when it goes out of scope.
class ScratchDatabase
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit ScratchDatabase(Backend backend);
    ~ScratchDatabase();

    // Empty unless creation failed; the test should ASSERT on it.
    QString error() const { return m_error; }
    const DatabaseSpec &spec() const { return m_spec; }

    // Opens (and migrates unless told otherwise) the scratch database.
    Result<std::unique_ptr<Database>> open(bool migrate = true) const;

private:
    Backend m_backend;
    QTemporaryDir m_folder;
    DatabaseSpec m_spec;
    QString m_error;
};

QString backendName(ScratchDatabase::Backend backend);

} // namespace fairwell::test
