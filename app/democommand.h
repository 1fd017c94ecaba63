// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairwell {

struct CommandLine;

// `fairwell --generate-demo`: fills a database with demo data from a
// terminal, with progress on stderr and no display needed.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DemoCommand)

public:
    // Returns the process exit code: 0 done, 1 failed.
    static int run(const CommandLine &commandLine);
};

} // namespace fairwell
