// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "error.h"
#include "session/openrequest.h"

#include <QCoreApplication>

#include <memory>

namespace fairwell {

class Database;
class JobControl;

// Opening a database for a session and setting a new one up: migrate it,
// install the default content, add demo data, and find who is working.
// Runs before there is a person to act as, so its writes are the system's.
class DatabaseSetupService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DatabaseSetupService)

public:
    struct Opened
    {
        std::unique_ptr<Database> database;
        OpenOutcome outcome;
    };

    // Opens `request` on the calling thread (a session's worker): checks
    // and migrates the database; a new one (a new local file, or an empty
    // PostgreSQL database) gets the default content, and on PostgreSQL its
    // creating login becomes its first admin; adds demo data when asked.
    static Result<Opened> open(const OpenRequest &request, const JobControl &control);

    // Connects to `spec` without changing anything and says which schema
    // version it holds (0: empty, Fairwell will set it up).
    static Result<int> probe(const DatabaseSpec &spec);

    // The default taxonomy, playbooks and templates, audited as the
    // system's. A second call changes nothing.
    static Status installDefaults(Database &db);

    // PostgreSQL: the login that set the database up is its first admin, so
    // somebody may work in it (and add the others).
    static Status addLoginAsFirstAdmin(Database &db);

    // Fills the database with demo data (also for the command line).
    static Result<DemoCounts> addDemoData(Database &db, const DemoOptions &options);
};

} // namespace fairwell
