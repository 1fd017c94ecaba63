// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/migrator.h"
#include "testdatabases.h"

#include <QTemporaryDir>

namespace fairwell::test {

// The migrations compiled into the app (the test fails on a broken bundle).
const Migrator &bundled();
int latestVersion();

// A temporary migrations folder for Migrator::load().
class MigrationFolder
{
public:
    QString path() const { return m_folder.path(); }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    void write(const QString &name, const QString &sql) const;
    // The bundled migrations up to `version`, as the Fairwell of that
    // version wrote them: ids without AUTOINCREMENT on SQLite.
    void copyBundled(int version, ScratchDatabase::Backend backend) const;

private:
    QTemporaryDir m_folder;
};

// The shape of a PostgreSQL database's schema (columns, constraints,
// indexes, rights, default rights, functions, triggers) and its
// schema_version rows, read as the server's superuser on a connection of
// its own, so that even a database Fairwell refuses can be compared before
// and after.
QString postgresCatalog(const DatabaseSpec &spec);

// Runs one statement as the test server's superuser in the database of
// `spec`; answers the server's error, empty when it succeeded.
QString runAsSuperuser(const DatabaseSpec &spec, const QString &sql);

} // namespace fairwell::test
