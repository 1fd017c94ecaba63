// SPDX-License-Identifier: GPL-3.0-or-later
// `fairwell report`, run as a script runs it: the built executable with no
// display, on a SQLite file holding the hand-worked dashboard fixture. The
// PDF is read back with poppler's pdfinfo and pdftotext, and its figures
// must be the ones DashboardService gives for the same filter.
#include "dashboardfixture.h"
#include "processrun.h"
#include "testdatabases.h"

#include "charts/chartvaluetext.h"
#include "dashboards/dashboardcharts.h"
#include "dashboards/dashboardservice.h"
#include "domain/money.h"
#include "services/databasesetupservice.h"
#include "session/servicecontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

#define FW_ASSERT_OK(result) ASSERT_TRUE((result).has_value()) << (result).error().text().toStdString()

// pdftotext writes ligatures ("ﬁ") and no-break spaces as the PDF has them.
QString plain(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    result.replace(QChar(0x202f), QLatin1Char(' '));
    return result;
}

QString escapedWords(const QString &text)
{
    // Any run of spaces in the layout stands for one in the text.
    QStringList words = plain(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    // pdftotext may close up the narrow gap before a per cent sign.
    return words.join(QStringLiteral("\\s+")).replace(QStringLiteral("\\s+\\%"), QStringLiteral("\\s*\\%"));
}

// The fixture in a scratch database of either engine.
class ReportCommand : public ::testing::Test
{
protected:
    explicit ReportCommand(ScratchDatabase::Backend backend = ScratchDatabase::Backend::Sqlite)
        : m_scratch(backend)
    {
    }

    void SetUp() override
    {
        for (const char *tool : {"pdfinfo", "pdftotext"})
            ASSERT_FALSE(QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                << tool << " is missing: install poppler-utils (packaging/build-deps.sh lists it)";
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        FW_ASSERT_OK(db);
        m_db = std::move(*db);
        const Status loaded = DashboardFixture::load(*m_db);
        FW_ASSERT_OK(loaded);
        if (m_db->isPostgres()) {
            // Fairwell opens a shared database only for a login it knows.
            const Status known = DatabaseSetupService::addLoginAsFirstAdmin(*m_db);
            FW_ASSERT_OK(known);
        }
    }

    // The report as a script would run it: no display, a home of its own.
    ProcessRun report(const QStringList &arguments)
    {
        QProcessEnvironment environment = isolatedEnvironment(m_home.path());
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return runProcess(QStringLiteral(FAIRWELL_BINARY), QStringList{QStringLiteral("report")} + arguments,
                          environment);
    }

    Result<DashboardData> expected(const DashboardFilter &filter)
    {
        Actor nobody;
        JobControl control;
        ServiceContext context{*m_db, nobody, control};
        return DashboardService(context).load(filter, QDate::currentDate());
    }

    QString out(const QString &name) const { return m_home.filePath(name); }
    QString database() const { return m_scratch.spec().path; }
    // --db PATH or --pg CONNINFO (with the password: nobody is there to ask).
    QStringList databaseArguments() const
    {
        const DatabaseSpec &spec = m_scratch.spec();
        if (spec.isPostgres())
            return {QStringLiteral("--pg"), spec.toConninfo(true)};
        return {QStringLiteral("--db"), spec.path};
    }

    // Nothing but the database file and what the app itself keeps there.
    QStringList pdfsIn(const QString &folder) const
    {
        return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    }

    QTemporaryDir m_home;
    ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
};

class ReportOnEachEngine : public ReportCommand, public ::testing::WithParamInterface<ScratchDatabase::Backend>
{
protected:
    ReportOnEachEngine()
        : ReportCommand(GetParam())
    {
    }
};

int pagesOf(const QString &pdf)
{
    const ProcessRun info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(info.out);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QString textOf(const QString &pdf)
{
    return plain(runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out);
}

// Each row of each table of figures, as the layout sets it: the category,
// then every series' value as ChartValueText writes it (the chart's
// tooltips say the same). Money charts come once per currency in the
// report; they are checked by hand below.
void expectTablesOf(const DashboardData &data, const QString &text, const QLocale &locale)
{
    const QList<DashboardChart> charts = DashboardCharts::build(data, {}, locale);
    ASSERT_FALSE(charts.isEmpty());
    for (const DashboardChart &chart : charts) {
        EXPECT_TRUE(text.contains(plain(chart.data.title))) << "no chart titled " << chart.data.title.toStdString();
        if (chart.data.format == ChartValueFormat::Money)
            continue;
        for (qsizetype c = 0; c < chart.data.categories.size(); ++c) {
            QString row = escapedWords(chart.data.categories.at(c));
            for (const ChartSeries &series : chart.data.series)
                row += QStringLiteral("\\s+") + escapedWords(ChartValueText::text(series.values.value(c), chart.data,
                                                                                  locale));
            EXPECT_TRUE(QRegularExpression(row).match(text).hasMatch())
                << chart.data.title.toStdString() << ": no row " << row.toStdString() << " in\n"
                << text.mid(text.lastIndexOf(plain(chart.data.title)), 1500).toStdString();
        }
    }
}

} // namespace

TEST_P(ReportOnEachEngine, WritesTheDashboardsOfAQuarter)
{
    const QString pdf = out(QStringLiteral("quarter.pdf"));
    const ProcessRun ran = report(databaseArguments() +
                                  QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                              QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"),
                                              pdf});
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    ASSERT_TRUE(QFileInfo(pdf).isFile());
    const int pages = pagesOf(pdf);
    EXPECT_GE(pages, 3);
    EXPECT_TRUE(ran.out.contains(QStringLiteral("Wrote the exit dashboards report to %1 (%2 pages)")
                                     .arg(QDir::toNativeSeparators(pdf))
                                     .arg(pages)))
        << ran.out.toStdString();

    const QString text = textOf(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Exit dashboards")));
    EXPECT_TRUE(text.contains(QStringLiteral("January 1, 2026 to March 31, 2026"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("All segments")));
    EXPECT_TRUE(text.contains(QStringLiteral("Everyone")));
    EXPECT_TRUE(text.contains(plain(m_scratch.spec().displayName())));
    EXPECT_TRUE(text.contains(QStringLiteral("Definitions")));

    auto data = expected({QDate(2026, 1, 1), QDate(2026, 3, 31), {}, {}, std::nullopt});
    FW_ASSERT_OK(data);
    // The hand-worked figures (tests/support/dashboardfixture.h) first, so
    // a wrong service cannot pass for a right report.
    ASSERT_EQ(data->outcomes.count(CaseOutcomeKind::Churned), 3);
    ASSERT_EQ(data->outcomes.saveRate(), 0.5);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    expectTablesOf(*data, text, english);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Churned\\s+3\\b")).match(text).hasMatch());
    // Money: EUR and USD apart, never added up. Too expensive (9501) lost
    // 100.00 EUR, Bugs (9502) 200.00 EUR; Delta (9504) 500.00 USD.
    for (const Money &lost : {Money(10000, QStringLiteral("EUR")), Money(20000, QStringLiteral("EUR")),
                              Money(50000, QStringLiteral("USD"))})
        EXPECT_TRUE(text.contains(plain(lost.format(english)))) << lost.format(english).toStdString();
    EXPECT_FALSE(text.contains(plain(Money(80000, QStringLiteral("EUR")).format(english))))
        << "EUR and USD were added up";
}

TEST_P(ReportOnEachEngine, SaysWhichFiltersItApplied)
{
    const QString pdf = out(QStringLiteral("ann.pdf"));
    const ProcessRun ran =
        report(databaseArguments() +
               QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-31"), QStringLiteral("--segment"), QStringLiteral("smb"),
                           QStringLiteral("--plan"), QStringLiteral("basic"), QStringLiteral("--owner"),
                           QStringLiteral("ann"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--out"), pdf});
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    const QString text = textOf(pdf);
    EXPECT_TRUE(text.contains(plain(DashboardCharts::segmentName(QStringLiteral("smb")))));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Plan\\s+basic")).match(text).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Owner\\s+Ann Archer")).match(text).hasMatch());

    auto data = expected({QDate(2026, 1, 1), QDate(2026, 3, 31), QStringLiteral("smb"), QStringLiteral("basic"),
                          DashboardFixture::ann});
    FW_ASSERT_OK(data);
    // Ann's small basic accounts: 9501 churned, 9505 downgraded.
    ASSERT_EQ(data->outcomes.count(CaseOutcomeKind::Churned), 1);
    ASSERT_EQ(data->outcomes.closed(), 2);
    expectTablesOf(*data, text, QLocale(QLocale::English, QLocale::UnitedStates));
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportOnEachEngine,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const ::testing::TestParamInfo<ScratchDatabase::Backend> &info) {
                             return backendName(info.param).toStdString();
                         });

// On SQLite: the mistakes are the command line's, whatever the engine.
TEST_F(ReportCommand, RefusesMistakesInOneLineAndWritesNothing)
{
    const QString pdf = out(QStringLiteral("never.pdf"));
    const QStringList range = {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-31")};
    const struct
    {
        QStringList arguments;
        QString said;
    } mistakes[] = {
        {QStringList{QStringLiteral("--db"), m_home.filePath(QStringLiteral("missing.sqlite"))} + range +
             QStringList{QStringLiteral("--out"), pdf},
         QStringLiteral("--db")},
        {QStringList{QStringLiteral("--db"), m_home.filePath(QStringLiteral("empty.sqlite"))} + range +
             QStringList{QStringLiteral("--out"), pdf},
         QStringLiteral("--db")},
        {QStringList{QStringLiteral("--db"), database(), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                     QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--out"), pdf},
         QStringLiteral("--from")},
        {QStringList{QStringLiteral("--db"), database()} + range +
             QStringList{QStringLiteral("--segment"), QStringLiteral("startups"), QStringLiteral("--out"), pdf},
         QStringLiteral("--segment")},
        {QStringList{QStringLiteral("--db"), database()} + range +
             QStringList{QStringLiteral("--owner"), QStringLiteral("zoe"), QStringLiteral("--out"), pdf},
         QStringLiteral("--owner")},
        {QStringList{QStringLiteral("--db"), database()} + range +
             QStringList{QStringLiteral("--plan"), QStringLiteral("platinum"), QStringLiteral("--out"), pdf},
         QStringLiteral("--plan")},
        {QStringList{QStringLiteral("--db"), database()} + range +
             QStringList{QStringLiteral("--out"), m_home.filePath(QStringLiteral("no folder/never.pdf"))},
         QStringLiteral("--out")},
    };
    QFile empty(m_home.filePath(QStringLiteral("empty.sqlite")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const auto &mistake : mistakes) {
        const ProcessRun ran = report(mistake.arguments);
        SCOPED_TRACE(mistake.arguments.join(QLatin1Char(' ')).toStdString());
        EXPECT_EQ(ran.exitCode, 2) << ran.err.toStdString();
        EXPECT_TRUE(ran.out.isEmpty()) << ran.out.toStdString();
        const QStringList lines = ran.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("fairwell:"));
        ASSERT_EQ(lines.size(), 1) << ran.err.toStdString();
        EXPECT_TRUE(lines.first().contains(mistake.said)) << lines.first().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("missing.sqlite")))) << "a database was created";
    EXPECT_EQ(QFileInfo(empty.fileName()).size(), 0) << "an empty file was set up as a database";
    EXPECT_TRUE(pdfsIn(m_home.path()).isEmpty()) << pdfsIn(m_home.path()).join(QLatin1Char(' ')).toStdString();
}
