// SPDX-License-Identifier: GPL-3.0-or-later
// The built `fairwell` executable, run as a user runs it from a terminal.
#include "storage/database.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Generous: a loaded machine is slow; the process normally ends in seconds.
constexpr int processTimeoutMs = 180000;

ProcessRun runFairwell(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FAIRWELL_BINARY), arguments);
    ProcessRun run;
    if (!process.waitForStarted() || !process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// An environment with a home of its own, so the user's settings and
// databases are never touched.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    return environment;
}

} // namespace

TEST(FairwellBinary, WithoutADisplaySaysSoInOneLine)
{
    QTemporaryDir home;
    QProcessEnvironment environment = isolatedEnvironment(home);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProcessRun run = runFairwell({}, environment);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_EQ(run.err.toStdString(),
              "fairwell: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Fairwell in "
              "a desktop session, or use --generate-demo from a terminal.\n");
    // Nothing was created on the way out.
    EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("data/Fairwell/Fairwell/fairwell.sqlite"))));
}

TEST(FairwellBinary, PrintsItsVersion)
{
    QTemporaryDir home;
    const ProcessRun run = runFairwell({QStringLiteral("--version")}, isolatedEnvironment(home));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.toStdString(), "fairwell 0.1.0\n");
}

TEST(FairwellBinary, WrongUsageExitsWithTwo)
{
    QTemporaryDir home;
    const ProcessRun run = runFairwell({QStringLiteral("--size"), QStringLiteral("huge")}, isolatedEnvironment(home));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("fairwell: "))) << run.err.toStdString();
}

TEST(FairwellBinary, GeneratesDemoDataIntoAFile)
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("demo.sqlite"));
    QProcessEnvironment environment = isolatedEnvironment(home);
    // No display needed for this.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProcessRun run = runFairwell({QStringLiteral("--generate-demo"), path, QStringLiteral("--seed"),
                                 QStringLiteral("3")},
                                environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Generating demo data…"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("cases"))) << run.out.toStdString();

    auto db = Database::open(DatabaseSpec::sqlite(path));
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    auto query = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
    ASSERT_TRUE(query && query->next());
    EXPECT_GT(query->value(0).toLongLong(), 100);
}

TEST(FairwellBinary, AFailedGenerationSaysWhatAndWhere)
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("no-such-folder/demo.sqlite"));
    const ProcessRun run = runFairwell({QStringLiteral("--generate-demo"), path}, isolatedEnvironment(home));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("fairwell: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-folder"))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
}
