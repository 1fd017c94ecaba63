// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databasespec.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace fairwell {

// What the user asked for on the command line, parsed without side effects
// so it can be tested and read before any application object exists.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CommandLine)

public:
    enum class Mode {
        Gui,          // open the main window
        GenerateDemo, // fill a database with demo data, no window
        Report,       // write the exit dashboards report as a PDF, no window
        Help,         // print `output`, exit 0
        Version,      // print `output`, exit 0
        UsageError,   // print `output`, exit 2
    };

    Mode mode = Mode::Gui;
    // The database from --db, --pg or the positional PATH; none means "the
    // last one used, or the default".
    std::optional<DatabaseSpec> database;
    // True when --pg gave no password: the GUI asks for it.
    bool passwordMissing = false;
    QString language;                          // empty: the system locale
    QString demoSize = QStringLiteral("small"); // "small" or "large"
    std::optional<quint64> demoSeed;
    int demoScale = 1; // --scale: multiplies the demo's accounts and cases
    // `fairwell report`: what the report covers and where it goes. The
    // owner is a login, looked up in the database by ReportCommand.
    struct Report
    {
        QDate from;
        QDate to;
        QString segment; // "smb", "mid_market", "enterprise"; empty: all
        QString plan;
        QString ownerLogin;
        QString out;
    } report;
    // The help or version text, or the reason the usage is wrong.
    QString output;

    // `arguments` includes the program name, as QCoreApplication::arguments().
    static CommandLine parse(const QStringList &arguments);

    static int exitCodeFor(Mode mode);
};

} // namespace fairwell
