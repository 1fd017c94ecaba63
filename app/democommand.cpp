// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "commandline.h"

#include "services/databasesetupservice.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

namespace fairwell {

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

void printError(const QString &text)
{
    printLine(stderr, text);
}

// "fairwell: <message> (<where>)": one line a script can log.
int reportFailure(const Error &error)
{
    QString line = QStringLiteral("fairwell: ") + error.message;
    if (!error.where.isEmpty())
        line += QStringLiteral(" (%1)").arg(error.where);
    printError(line);
    return 1;
}

} // namespace

int DemoCommand::run(const CommandLine &commandLine)
{
    Q_ASSERT(commandLine.database);
    const DatabaseSpec spec = *commandLine.database;
    QElapsedTimer clock;
    clock.start();

    Database::Options options;
    options.createIfMissing = true;
    auto db = Database::open(spec, options);
    if (!db)
        return reportFailure(db.error());

    DemoOptions demo;
    demo.size = demoSizeFromName(commandLine.demoSize).value_or(DemoSize::Small);
    demo.scale = commandLine.demoScale;
    if (commandLine.demoSeed)
        demo.seed = *commandLine.demoSeed;
    // One line per change of stage or of ten per cent: readable in a log,
    // and alive on a terminal.
    int lastPercent = -10;
    QString lastStage;
    demo.progress = [&lastPercent, &lastStage](int percent, const QString &stage) {
        if (stage != lastStage || percent >= lastPercent + 10) {
            printError(tr("Generating demo data… %1% (%2)").arg(percent).arg(stage));
            lastPercent = percent;
            lastStage = stage;
        }
        return true;
    };

    if ((*db)->isPostgres()) {
        // Whoever fills a shared database may then open it and add the team.
        if (auto admin = DatabaseSetupService::addLoginAsFirstAdmin(**db); !admin)
            return reportFailure(admin.error());
    }
    const auto counts = DatabaseSetupService::addDemoData(**db, demo);
    if (!counts)
        return reportFailure(counts.error());

    const QLocale locale;
    printLine(stdout, tr("Demo data ready in %1 after %8 s: %2 users, %3 accounts, %4 cases, %5 calls, %6 notes, %7 usage "
                  "events.")
                   .arg(spec.displayName(), locale.toString(counts->users), locale.toString(counts->accounts),
                        locale.toString(counts->cases), locale.toString(counts->calls),
                        locale.toString(counts->notes), locale.toString(counts->usageEvents),
                        locale.toString(clock.elapsed() / 1000.0, 'f', 1)));
    return 0;
}

} // namespace fairwell
