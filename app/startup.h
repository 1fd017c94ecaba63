// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/databaseopener.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace fairwell {

struct CommandLine;

// From main() to a running application: reads the command line, picks the
// mode (window, demo generation, help), the language and the first
// database.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Startup)

public:
    // The whole program; returns the process exit code.
    static int run(int &argc, char **argv);

    // The line printed when there is no display, or empty when a GUI can
    // start in `environment`.
    static QString noDisplayMessage(const QProcessEnvironment &environment);

    // Where the local database lives unless the user says otherwise.
    static QString defaultDatabasePath();

    // What the window opens first: the database from the command line, the
    // last one used, or the default (created with demo data on the first
    // run).
    static OpenRequest firstDatabase(const CommandLine &commandLine);

private:
    static int runGui(int &argc, char **argv, const QStringList &arguments);
};

} // namespace fairwell
