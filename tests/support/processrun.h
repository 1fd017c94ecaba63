// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fairwell::test {

// What a program said and how it ended.
struct ProcessRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

// Runs `program` to its end (or a generous time-out: a loaded machine is
// slow, the programs normally end in seconds).
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// This process' environment with a home of its own under `home`, so the
// user's settings and databases are never touched, and a plain UTF-8
// locale.
QProcessEnvironment isolatedEnvironment(const QString &home);

} // namespace fairwell::test
