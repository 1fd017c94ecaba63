// SPDX-License-Identifier: GPL-3.0-or-later
// The built `fairwell` executable, run as a user runs it from a terminal.
#include "processrun.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

ProcessRun runFairwell(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runProcess(QStringLiteral(FAIRWELL_BINARY), arguments, environment);
}

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    return fairwell::test::isolatedEnvironment(home.path());
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
