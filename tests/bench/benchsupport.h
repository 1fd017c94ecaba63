// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QStringList>

#include <memory>

namespace fairwell::bench {

// Prints "NAME: why" and exits with status 1.
[[noreturn]] void die(const char *program, const QString &why);

double median(QList<double> values);

// The database of the benchmark: opened, and filled with the large demo
// set times `scale` first when it holds no case (about 50 s on SQLite for
// scale 1), so the next run reuses it.
std::unique_ptr<Database> openLargeSet(const char *program, const DatabaseSpec &spec, int scale);

// The bare shell for the engine: sqlite3 FILE, or psql on the conninfo (the
// password travels in the environment, not on the command line).
struct Shell
{
    QString program;
    QStringList arguments;
    QString password;
    QString silence; // its command that sends rows to /dev/null

    static Shell forSpec(const DatabaseSpec &spec);

    // Milliseconds the shell takes for `statements`: one process runs them
    // once to warm up and then `runs` times, another only warms up; the
    // difference over `runs` is the statements' own time, without the
    // start-up and the opening of the file. Best of three of each.
    double milliseconds(const QStringList &statements, int runs) const;

private:
    double run(const QString &script) const;
};

} // namespace fairwell::bench
