// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace fairwell {

struct CommandLine;

// `fairwell report`: writes the exit dashboards report (a PDF) for a date
// range and filters from a terminal, with no display needed.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ReportCommand)

public:
    // The whole program for `fairwell report`: makes the application object
    // (on the offscreen platform when there is no display), installs the
    // language, and runs. Returns the process exit code.
    static int main(int &argc, char **argv, const QStringList &arguments);

    // Needs a QApplication. Returns 0 when the file is written, 2 when
    // something named on the command line is wrong (a missing database
    // file, an unknown owner or plan, a folder that cannot be written), 1
    // for any other failure. One line on stderr says why.
    static int run(const CommandLine &commandLine);
};

} // namespace fairwell
