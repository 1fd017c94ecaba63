// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <gtest/gtest.h>

using fairwell::CommandLine;
using fairwell::DatabaseSpec;
using Mode = CommandLine::Mode;

namespace {

CommandLine parse(std::initializer_list<const char *> arguments)
{
    QStringList list{QStringLiteral("fairwell")};
    for (const char *argument : arguments)
        list << QString::fromUtf8(argument);
    return CommandLine::parse(list);
}

} // namespace

TEST(CommandLine, NoArgumentsOpensTheWindowOnTheLastOrDefaultDatabase)
{
    const CommandLine line = parse({});
    EXPECT_EQ(line.mode, Mode::Gui);
    EXPECT_FALSE(line.database.has_value());
    EXPECT_TRUE(line.language.isEmpty());
}

TEST(CommandLine, DbNamesAnSqliteFile)
{
    const CommandLine line = parse({"--db", "/tmp/x.sqlite", "--lang", "de"});
    EXPECT_EQ(line.mode, Mode::Gui);
    ASSERT_TRUE(line.database.has_value());
    EXPECT_EQ(*line.database, DatabaseSpec::sqlite(QStringLiteral("/tmp/x.sqlite")));
    EXPECT_EQ(line.language, QStringLiteral("de"));
}

TEST(CommandLine, PgWithoutPasswordAsksForIt)
{
    const CommandLine line = parse({"--pg", "host=db port=5433 dbname=fairwell user=ann"});
    EXPECT_EQ(line.mode, Mode::Gui);
    ASSERT_TRUE(line.database.has_value());
    EXPECT_TRUE(line.database->isPostgres());
    EXPECT_EQ(line.database->host, QStringLiteral("db"));
    EXPECT_EQ(line.database->port, 5433);
    EXPECT_EQ(line.database->user, QStringLiteral("ann"));
    EXPECT_TRUE(line.passwordMissing);

    const CommandLine withPassword = parse({"--pg", "postgresql://ann:secret@db/fairwell"});
    ASSERT_TRUE(withPassword.database.has_value());
    EXPECT_FALSE(withPassword.passwordMissing);
    EXPECT_EQ(withPassword.database->password, QStringLiteral("secret"));
}

TEST(CommandLine, GenerateDemoIntoAPositionalPath)
{
    const CommandLine line = parse({"--generate-demo", "/tmp/demo.sqlite", "--size", "large", "--seed", "42"});
    EXPECT_EQ(line.mode, Mode::GenerateDemo);
    ASSERT_TRUE(line.database.has_value());
    EXPECT_EQ(line.database->path, QStringLiteral("/tmp/demo.sqlite"));
    EXPECT_EQ(line.demoSize, QStringLiteral("large"));
    ASSERT_TRUE(line.demoSeed.has_value());
    EXPECT_EQ(*line.demoSeed, 42u);
}

TEST(CommandLine, GenerateDemoDefaultsToSmallWithoutSeed)
{
    const CommandLine line = parse({"--generate-demo", "/tmp/demo.sqlite"});
    EXPECT_EQ(line.mode, Mode::GenerateDemo);
    EXPECT_EQ(line.demoSize, QStringLiteral("small"));
    EXPECT_FALSE(line.demoSeed.has_value());
}

TEST(CommandLine, GenerateDemoIntoPostgres)
{
    const CommandLine line = parse({"--generate-demo", "--pg", "host=db dbname=fairwell user=ann"});
    EXPECT_EQ(line.mode, Mode::GenerateDemo);
    ASSERT_TRUE(line.database.has_value());
    EXPECT_TRUE(line.database->isPostgres());
    EXPECT_EQ(line.database->databaseName, QStringLiteral("fairwell"));
}

TEST(CommandLine, HelpAndVersion)
{
    const CommandLine help = parse({"--help"});
    EXPECT_EQ(help.mode, Mode::Help);
    EXPECT_TRUE(help.output.contains(QStringLiteral("--generate-demo")));
    EXPECT_EQ(CommandLine::exitCodeFor(help.mode), 0);

    const CommandLine version = parse({"--version"});
    EXPECT_EQ(version.mode, Mode::Version);
    EXPECT_EQ(version.output, QStringLiteral("fairwell 0.1.0"));
}

TEST(CommandLine, KeepsTheLanguageForHelpAndErrors)
{
    EXPECT_EQ(parse({"--lang", "de", "--help"}).language, QStringLiteral("de"));
    const CommandLine wrong = parse({"--lang", "de", "--size", "huge"});
    EXPECT_EQ(wrong.mode, Mode::UsageError);
    EXPECT_EQ(wrong.language, QStringLiteral("de"));
}

struct WrongUsage
{
    std::vector<const char *> arguments;
    const char *reasonContains;
};

class CommandLineWrongUsage : public ::testing::TestWithParam<WrongUsage>
{
};

TEST_P(CommandLineWrongUsage, SaysWhyAndExitsWithTwo)
{
    QStringList list{QStringLiteral("fairwell")};
    for (const char *argument : GetParam().arguments)
        list << QString::fromUtf8(argument);
    const CommandLine line = CommandLine::parse(list);
    EXPECT_EQ(line.mode, Mode::UsageError);
    EXPECT_EQ(CommandLine::exitCodeFor(line.mode), 2);
    EXPECT_TRUE(line.output.contains(QString::fromUtf8(GetParam().reasonContains)))
        << line.output.toStdString();
    EXPECT_FALSE(line.database.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CommandLineWrongUsage,
    ::testing::Values(WrongUsage{{"--bogus"}, "bogus"},
                      WrongUsage{{"--db", "a.sqlite", "--pg", "dbname=x"}, "either --db or --pg"},
                      WrongUsage{{"--generate-demo"}, "needs a database"},
                      WrongUsage{{"--generate-demo", "a.sqlite", "--size", "huge"}, "huge"},
                      WrongUsage{{"--generate-demo", "a.sqlite", "--seed", "abc"}, "abc"},
                      WrongUsage{{"--generate-demo", "a.sqlite", "b.sqlite"}, "Too many"},
                      WrongUsage{{"--generate-demo", "a.sqlite", "--db", "b.sqlite"}, "once"},
                      WrongUsage{{"a.sqlite"}, "--db PATH"},
                      WrongUsage{{"--size", "large"}, "only go with --generate-demo"},
                      WrongUsage{{"--pg", "host=db"}, "names no database"},
                      WrongUsage{{"--db"}, "db"}));

TEST(CommandLine, ReportWithEveryFilter)
{
    const CommandLine line = parse({"report", "--db", "/tmp/x.sqlite", "--from", "2026-01-01", "--to", "2026-03-31",
                                    "--segment", "mid_market", "--plan", "Team", "--owner", "ann.archer", "--lang",
                                    "de", "--out", "/tmp/report.pdf"});
    ASSERT_EQ(line.mode, Mode::Report) << line.output.toStdString();
    ASSERT_TRUE(line.database.has_value());
    EXPECT_EQ(*line.database, DatabaseSpec::sqlite(QStringLiteral("/tmp/x.sqlite")));
    EXPECT_EQ(line.report.from, QDate(2026, 1, 1));
    EXPECT_EQ(line.report.to, QDate(2026, 3, 31));
    EXPECT_EQ(line.report.segment, QStringLiteral("mid_market"));
    EXPECT_EQ(line.report.plan, QStringLiteral("Team"));
    EXPECT_EQ(line.report.ownerLogin, QStringLiteral("ann.archer"));
    EXPECT_EQ(line.report.out, QStringLiteral("/tmp/report.pdf"));
    EXPECT_EQ(line.language, QStringLiteral("de"));
}

TEST(CommandLine, ReportOfOneDayOnPostgresWithoutFilters)
{
    const CommandLine line = parse({"report", "--pg", "host=db dbname=fairwell user=ann", "--from", "2026-02-28",
                                    "--to", "2026-02-28", "--out", "r.pdf"});
    ASSERT_EQ(line.mode, Mode::Report) << line.output.toStdString();
    ASSERT_TRUE(line.database.has_value());
    EXPECT_TRUE(line.database->isPostgres());
    EXPECT_EQ(line.report.from, line.report.to);
    EXPECT_TRUE(line.report.segment.isEmpty());
    EXPECT_TRUE(line.report.plan.isEmpty());
    EXPECT_TRUE(line.report.ownerLogin.isEmpty());
}

TEST(CommandLine, ReportMistakesNameTheOption)
{
    const struct
    {
        std::initializer_list<const char *> arguments;
        const char *named;
    } mistakes[] = {
        {{"report", "--db", "x.sqlite", "--from", "2026-13-01", "--to", "2026-03-31", "--out", "r.pdf"}, "--from"},
        {{"report", "--db", "x.sqlite", "--from", "1.1.2026", "--to", "2026-03-31", "--out", "r.pdf"}, "--from"},
        {{"report", "--db", "x.sqlite", "--from", "2026-01-01", "--to", "2026-02-30", "--out", "r.pdf"}, "--to"},
        {{"report", "--db", "x.sqlite", "--from", "2026-04-01", "--to", "2026-03-31", "--out", "r.pdf"}, "is after"},
        {{"report", "--db", "x.sqlite", "--to", "2026-03-31", "--out", "r.pdf"}, "--from"},
        {{"report", "--db", "x.sqlite", "--from", "2026-01-01", "--to", "2026-03-31", "--segment", "huge", "--out",
          "r.pdf"},
         "--segment"},
        {{"report", "--db", "x.sqlite", "--from", "2026-01-01", "--to", "2026-03-31"}, "--out"},
        {{"report", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "r.pdf"}, "--db"},
        {{"report", "--db", "x.sqlite", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "r.pdf", "--size",
          "large"},
         "--size"},
        {{"--db", "x.sqlite", "--from", "2026-01-01"}, "fairwell report"},
        {{"report", "extra", "--db", "x.sqlite", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "r.pdf"},
         "extra"},
    };
    for (const auto &mistake : mistakes) {
        const CommandLine line = parse(mistake.arguments);
        EXPECT_EQ(line.mode, Mode::UsageError) << mistake.named;
        EXPECT_TRUE(line.output.contains(QLatin1String(mistake.named))) << line.output.toStdString();
        EXPECT_EQ(CommandLine::exitCodeFor(line.mode), 2);
    }
}

TEST(CommandLine, ReportIsAFileNameForGenerateDemo)
{
    const CommandLine line = parse({"--generate-demo", "report"});
    EXPECT_EQ(line.mode, Mode::GenerateDemo);
    ASSERT_TRUE(line.database.has_value());
    EXPECT_EQ(line.database->path, QStringLiteral("report"));
}

TEST(CommandLine, HelpShowsTheReportCommand)
{
    const CommandLine line = parse({"--help"});
    EXPECT_EQ(line.mode, Mode::Help);
    EXPECT_TRUE(line.output.contains(QStringLiteral("fairwell report --db PATH|--pg CONNINFO"))) << line.output.toStdString();
    for (const char *option : {"--from", "--to", "--segment", "--plan", "--owner", "--out"})
        EXPECT_TRUE(line.output.contains(QLatin1String(option))) << option;
}
