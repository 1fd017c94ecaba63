// SPDX-License-Identifier: GPL-3.0-or-later
// The figures → charts mapping on figures written by hand: each chart's
// categories and values, what a click on each element opens, the note of a
// range that mixes currencies, gaps in the save rate where nothing closed,
// and the median read from a histogram.
#include "dashboards/dashboardcharts.h"
#include "dashboards/dashboarddefinitions.h"
#include "domain/money.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace fairwell;

// Readable failures: GoogleTest finds this by argument-dependent lookup.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);
const QString Eur = QStringLiteral("EUR");
const QString Gbp = QStringLiteral("GBP");
const QString Usd = QStringLiteral("USD");

OutcomeCounts outcomes(int churned, int saved, int downgraded, int paused)
{
    OutcomeCounts counts;
    counts.byOutcome = {churned, saved, downgraded, paused};
    return counts;
}

// 15 January to 10 March 2026, by month; figures chosen so that every
// chart's numbers differ from its neighbours'.
DashboardData handMadeData()
{
    DashboardData data;
    data.filter.from = QDate(2026, 1, 15);
    data.filter.to = QDate(2026, 3, 10);
    data.bucket = TimeBucket::Month;
    data.today = QDate(2026, 3, 12);
    data.reasons = {
        {11, QStringLiteral("Too expensive"), 1, QStringLiteral("Price"), false, 3, {{Eur, 30000}, {Usd, 5000}}},
        {21, QStringLiteral("Missing feature"), 2, QStringLiteral("Product"), false, 2, {{Eur, 20000}}},
        {12, QStringLiteral("Budget cut"), 1, QStringLiteral("Price"), true, 1, {{Gbp, 700}}},
        {0, QString(), 0, QString(), false, 1, {{Eur, 1000}}},
    };
    for (int i = 1; i <= 12; ++i) {
        // Out of order on purpose: 7, 2, 9, 4, … cases.
        const int cases = (i * 7) % 12 + 1;
        data.secondaryReasons.append({100 + i, QStringLiteral("Secondary %1").arg(cases), QStringLiteral("Price"),
                                      false, cases});
    }
    data.trend = {
        {QDate(2026, 1, 1), 2, outcomes(1, 1, 0, 0), {{Eur, 4000}}},
        {QDate(2026, 2, 1), 0, outcomes(0, 0, 0, 0), {}},
        {QDate(2026, 3, 1), 1, outcomes(1, 0, 1, 1), {{Eur, 2500}, {Usd, 900}}},
    };
    data.outcomes = outcomes(4, 2, 1, 0);
    data.reasonsBySegment = {
        {QStringLiteral("enterprise"), 1, QStringLiteral("Price"), 2},
        {QStringLiteral("smb"), 2, QStringLiteral("Product"), 1},
        {QStringLiteral("smb"), 1, QStringLiteral("Price"), 1},
    };
    data.reasonsByPlan = {
        {QStringLiteral("Pro"), 1, QStringLiteral("Price"), 3},
        {QString(), 0, QString(), 1},
    };
    for (int i = 1; i <= 16; ++i)
        data.discipline.owners.append({qint64(i), QStringLiteral("Owner %1").arg(i), i, i % 3});
    data.discipline.owners.append({std::nullopt, QString(), 20, 4});
    data.discipline.daysToFirstCall = {{0, 2}, {1, 1}, {3, 1}, {5, 1}, {20, 2}};
    data.discipline.openedWithoutCall = 3;
    data.discipline.daysToClose = {{45, 1}, {3, 1}, {10, 2}};
    data.discipline.churnedClosed = 4;
    data.discipline.churnedWithNoteSent = 3;
    data.discipline.closedCases = 0;
    data.discipline.closedWithFeedback = 0;
    data.winback = {5, 3, 2, {{Eur, 12000}, {Usd, 3000}}};
    data.satisfaction.byScore = {1, 0, 2, 0, 1};
    data.satisfaction.withoutScore = 0;
    return data;
}

const DashboardChart &chartOf(const QList<DashboardChart> &charts, const QString &id)
{
    for (const DashboardChart &chart : charts) {
        if (chart.data.id == id)
            return chart;
    }
    ADD_FAILURE() << "no chart " << id.toStdString();
    static const DashboardChart none;
    return none;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QList<double> valuesOf(const DashboardChart &chart, int series = 0)
{
    return chart.data.series.value(series).values;
}

} // namespace

TEST(DashboardChartsTest, BuildsEveryChartInOrderWithItsDefinition)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    QStringList ids;
    for (const DashboardChart &chart : charts) {
        ids.append(chart.data.id);
        EXPECT_FALSE(chart.data.title.isEmpty()) << chart.data.id.toStdString();
        EXPECT_FALSE(chart.data.definition.isEmpty()) << chart.data.id.toStdString();
        // Room for a drill-down behind every element, set or not.
        ASSERT_EQ(chart.drill.size(), chart.data.series.size()) << chart.data.id.toStdString();
        for (const auto &row : chart.drill)
            EXPECT_EQ(row.size(), chart.data.categories.size()) << chart.data.id.toStdString();
        for (const ChartSeries &series : chart.data.series)
            EXPECT_EQ(series.values.size(), chart.data.categories.size()) << chart.data.id.toStdString();
    }
    EXPECT_EQ(ids, (strings({"exit-reasons", "exit-reasons-mrr", "secondary-reasons", "trend-cases", "trend-mrr",
                                "outcomes", "save-rate", "reasons-by-segment", "reasons-by-plan", "owners",
                                "first-call", "time-to-close", "follow-up", "winback", "satisfaction"})));
    EXPECT_EQ(chartOf(charts, QStringLiteral("save-rate")).data.definition, DashboardDefinitions::saveRate());
    EXPECT_EQ(chartOf(charts, QStringLiteral("trend-mrr")).data.definition, DashboardDefinitions::mrrLost());
}

TEST(DashboardChartsTest, ExitReasonsByCategoryThenByReason)
{
    const DashboardData data = handMadeData();
    const QList<DashboardChart> charts = DashboardCharts::build(data, {}, English);
    const DashboardChart &reasons = chartOf(charts, QStringLiteral("exit-reasons"));
    EXPECT_EQ(reasons.data.kind, ChartKind::HorizontalBars);
    EXPECT_EQ(reasons.data.categories, (strings({"Price", "Product", "No reason recorded"})));
    EXPECT_EQ(valuesOf(reasons), (QList<double>{4, 2, 1}));
    const auto price = reasons.drillAt(0, 0);
    ASSERT_TRUE(price);
    EXPECT_EQ(price->cases, DrillDown::Cases::ClosedInRange);
    EXPECT_EQ(price->outcome, CaseOutcomeKind::Churned);
    EXPECT_EQ(price->categoryId, 1);
    EXPECT_FALSE(price->reasonId);
    EXPECT_EQ(reasons.drillAt(0, 2)->categoryId, 0);
    EXPECT_FALSE(reasons.drillAt(0, 3));
    EXPECT_FALSE(reasons.drillAt(1, 0));

    // EUR by default (the first currency): the GBP of "Budget cut" is not in it.
    const DashboardChart &money = chartOf(charts, QStringLiteral("exit-reasons-mrr"));
    EXPECT_EQ(money.data.format, ChartValueFormat::Money);
    EXPECT_EQ(money.data.currency, Eur);
    EXPECT_EQ(money.data.categories, reasons.data.categories);
    EXPECT_EQ(valuesOf(money), (QList<double>{30000, 20000, 1000}));
    EXPECT_EQ(money.drillAt(0, 1)->categoryId, 2);

    DashboardCharts::Options inPrice;
    inPrice.reasonCategory = 1;
    inPrice.currency = Gbp;
    const QList<DashboardChart> drilled = DashboardCharts::build(data, inPrice, English);
    const DashboardChart &priceReasons = chartOf(drilled, QStringLiteral("exit-reasons"));
    EXPECT_EQ(priceReasons.data.categories, (strings({"Too expensive", "Budget cut"})));
    EXPECT_EQ(valuesOf(priceReasons), (QList<double>{3, 1}));
    EXPECT_TRUE(priceReasons.data.title.contains(QStringLiteral("Price")));
    EXPECT_EQ(priceReasons.drillAt(0, 1)->reasonId, 12);
    EXPECT_FALSE(priceReasons.drillAt(0, 1)->categoryId);
    EXPECT_EQ(valuesOf(chartOf(drilled, QStringLiteral("exit-reasons-mrr"))), (QList<double>{0, 700}));
}

TEST(DashboardChartsTest, SecondaryReasonsAreTheTopTen)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    const DashboardChart &secondary = chartOf(charts, QStringLiteral("secondary-reasons"));
    EXPECT_EQ(valuesOf(secondary), (QList<double>{12, 11, 10, 9, 8, 7, 6, 5, 4, 3}));
    EXPECT_EQ(secondary.data.categories.first(), QStringLiteral("Secondary 12"));
}

TEST(DashboardChartsTest, MixedCurrenciesAreNamedNeverAdded)
{
    const DashboardData data = handMadeData();
    const QString note = QStringLiteral(
        "This range has amounts in EUR, GBP, and USD; shown: EUR only. Pick a currency above.");
    const QList<DashboardChart> charts = DashboardCharts::build(data, {}, English);
    EXPECT_EQ(chartOf(charts, QStringLiteral("exit-reasons-mrr")).data.note, note);
    EXPECT_EQ(chartOf(charts, QStringLiteral("trend-mrr")).data.note, note);
    EXPECT_EQ(valuesOf(chartOf(charts, QStringLiteral("trend-mrr"))), (QList<double>{4000, 0, 2500}));

    DashboardCharts::Options dollars;
    dollars.currency = Usd;
    const QList<DashboardChart> inDollars = DashboardCharts::build(data, dollars, English);
    const DashboardChart &trend = chartOf(inDollars, QStringLiteral("trend-mrr"));
    EXPECT_EQ(trend.data.currency, Usd);
    EXPECT_EQ(valuesOf(trend), (QList<double>{0, 0, 900}));
    EXPECT_TRUE(trend.data.note.contains(QStringLiteral("shown: USD only")));

    // The win-back note lists each currency's MRR on its own.
    const QString winback = chartOf(charts, QStringLiteral("winback")).data.note;
    EXPECT_TRUE(winback.contains(Money(12000, Eur).format(English))) << winback.toStdString();
    EXPECT_TRUE(winback.contains(Money(3000, Usd).format(English))) << winback.toStdString();

    // One currency: no note.
    DashboardData single;
    single.filter = data.filter;
    single.reasons = {data.reasons.first()};
    single.reasons.first().mrrLost = {{Eur, 100}};
    const QList<DashboardChart> plain = DashboardCharts::build(single, {}, English);
    EXPECT_TRUE(chartOf(plain, QStringLiteral("exit-reasons-mrr")).data.note.isEmpty());
    EXPECT_EQ(valuesOf(chartOf(plain, QStringLiteral("exit-reasons-mrr"))), (QList<double>{100}));
}

TEST(DashboardChartsTest, TrendBucketsWithTheirDaysClampedToTheRange)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    const DashboardChart &trend = chartOf(charts, QStringLiteral("trend-cases"));
    EXPECT_EQ(trend.data.kind, ChartKind::StackedBars);
    EXPECT_EQ(trend.data.categories, (strings({"Jan 2026", "Feb 2026", "Mar 2026"})));
    ASSERT_EQ(trend.data.series.size(), 5);
    EXPECT_EQ(valuesOf(trend, 0), (QList<double>{1, 0, 1}));  // churned
    EXPECT_EQ(valuesOf(trend, 1), (QList<double>{1, 0, 0}));  // saved
    EXPECT_EQ(valuesOf(trend, 2), (QList<double>{0, 0, 1}));  // downgraded
    EXPECT_EQ(valuesOf(trend, 3), (QList<double>{0, 0, 1}));  // paused
    EXPECT_EQ(valuesOf(trend, 4), (QList<double>{2, 0, 1}));  // opened
    EXPECT_TRUE(trend.data.series.at(4).asLine);
    EXPECT_FALSE(trend.data.series.at(0).asLine);

    const auto januarySaved = trend.drillAt(1, 0);
    ASSERT_TRUE(januarySaved);
    EXPECT_EQ(januarySaved->cases, DrillDown::Cases::ClosedInRange);
    EXPECT_EQ(januarySaved->outcome, CaseOutcomeKind::Saved);
    EXPECT_EQ(januarySaved->from, QDate(2026, 1, 15));
    EXPECT_EQ(januarySaved->to, QDate(2026, 1, 31));
    const auto februaryChurned = trend.drillAt(0, 1);
    EXPECT_EQ(februaryChurned->from, QDate(2026, 2, 1));
    EXPECT_EQ(februaryChurned->to, QDate(2026, 2, 28));
    const auto marchOpened = trend.drillAt(4, 2);
    EXPECT_EQ(marchOpened->cases, DrillDown::Cases::OpenedInRange);
    EXPECT_FALSE(marchOpened->outcome);
    EXPECT_EQ(marchOpened->from, QDate(2026, 3, 1));
    EXPECT_EQ(marchOpened->to, QDate(2026, 3, 10));
}

TEST(DashboardChartsTest, WeeksAreNamedByTheirMondayAndEndOnSunday)
{
    DashboardData data;
    data.filter.from = QDate(2026, 3, 4); // a Wednesday
    data.filter.to = QDate(2026, 4, 10);
    data.bucket = TimeBucket::Week;
    data.trend = {{QDate(2026, 3, 2), 1, outcomes(1, 0, 0, 0), {}}, {QDate(2026, 3, 9), 0, {}, {}}};
    const DashboardChart trend = chartOf(DashboardCharts::build(data, {}, English), QStringLiteral("trend-cases"));
    EXPECT_EQ(trend.data.categories.first(), English.toString(QDate(2026, 3, 2), QLocale::ShortFormat));
    EXPECT_EQ(trend.drillAt(0, 0)->from, QDate(2026, 3, 4));
    EXPECT_EQ(trend.drillAt(0, 0)->to, QDate(2026, 3, 8));
    EXPECT_EQ(trend.drillAt(4, 1)->from, QDate(2026, 3, 9));
    EXPECT_EQ(trend.drillAt(4, 1)->to, QDate(2026, 3, 15));
}

TEST(DashboardChartsTest, OutcomesAndTheSaveRateWithGapsWhereNothingClosed)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    const DashboardChart &pie = chartOf(charts, QStringLiteral("outcomes"));
    EXPECT_EQ(pie.data.kind, ChartKind::Pie);
    EXPECT_EQ(pie.data.categories, (strings({"Churned", "Saved", "Downgraded", "Paused"})));
    EXPECT_EQ(valuesOf(pie), (QList<double>{4, 2, 1, 0}));
    EXPECT_EQ(pie.drillAt(0, 2)->outcome, CaseOutcomeKind::Downgraded);
    EXPECT_EQ(pie.drillAt(0, 2)->cases, DrillDown::Cases::ClosedInRange);

    const DashboardChart &rate = chartOf(charts, QStringLiteral("save-rate"));
    EXPECT_EQ(rate.data.format, ChartValueFormat::Percent);
    const QList<double> rates = valuesOf(rate);
    ASSERT_EQ(rates.size(), 3);
    EXPECT_DOUBLE_EQ(rates.at(0), 0.5);
    EXPECT_TRUE(std::isnan(rates.at(1))) << rates.at(1);
    EXPECT_DOUBLE_EQ(rates.at(2), 2.0 / 3.0);

    DashboardData nothing;
    nothing.filter = handMadeData().filter;
    nothing.trend = {{QDate(2026, 1, 1), 0, {}, {}}, {QDate(2026, 2, 1), 3, {}, {}}};
    for (const double value : valuesOf(chartOf(DashboardCharts::build(nothing, {}, English), QStringLiteral("save-rate"))))
        EXPECT_TRUE(std::isnan(value)) << value;
}

TEST(DashboardChartsTest, ReasonsBySegmentAndPlan)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    const DashboardChart &segments = chartOf(charts, QStringLiteral("reasons-by-segment"));
    EXPECT_EQ(segments.data.categories,
              (QStringList{DashboardCharts::segmentName(QStringLiteral("smb")),
                           DashboardCharts::segmentName(QStringLiteral("enterprise"))}));
    EXPECT_NE(segments.data.categories.first(), QStringLiteral("smb")); // translated, not the code
    ASSERT_EQ(segments.data.series.size(), 2);
    EXPECT_EQ(segments.data.series.at(0).name, QStringLiteral("Price"));
    EXPECT_EQ(valuesOf(segments, 0), (QList<double>{1, 2}));
    EXPECT_EQ(valuesOf(segments, 1), (QList<double>{1, 0}));
    const auto smbProduct = segments.drillAt(1, 0);
    ASSERT_TRUE(smbProduct);
    EXPECT_EQ(smbProduct->segment, QStringLiteral("smb"));
    EXPECT_EQ(smbProduct->categoryId, 2);
    EXPECT_EQ(smbProduct->outcome, CaseOutcomeKind::Churned);

    const DashboardChart &plans = chartOf(charts, QStringLiteral("reasons-by-plan"));
    EXPECT_EQ(plans.data.categories, (strings({"Pro", "No plan"})));
    EXPECT_EQ(plans.drillAt(0, 0)->plan, QStringLiteral("Pro"));
    EXPECT_FALSE(plans.drillAt(1, 1)); // no plan: nothing to narrow to
}

TEST(DashboardChartsTest, OwnersMostOpenCasesFirst)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    const DashboardChart &owners = chartOf(charts, QStringLiteral("owners"));
    ASSERT_EQ(owners.data.categories.size(), 15);
    EXPECT_EQ(owners.data.categories.first(), QStringLiteral("Unassigned"));
    EXPECT_EQ(owners.data.categories.at(1), QStringLiteral("Owner 16"));
    EXPECT_EQ(owners.data.categories.last(), QStringLiteral("Owner 3"));
    EXPECT_EQ(valuesOf(owners, 0).mid(0, 3), (QList<double>{20, 16, 15}));
    EXPECT_EQ(valuesOf(owners, 1).mid(0, 3), (QList<double>{4, 1, 0}));
    const auto unassigned = owners.drillAt(0, 0);
    ASSERT_TRUE(unassigned);
    EXPECT_EQ(unassigned->cases, DrillDown::Cases::OpenNow);
    EXPECT_TRUE(unassigned->ownerSet);
    EXPECT_FALSE(unassigned->ownerId);
    EXPECT_EQ(owners.drillAt(1, 1)->ownerId, 16);
}

TEST(DashboardChartsTest, TeamHistogramsSharesAndTheMedian)
{
    DashboardData data = handMadeData();
    const QList<DashboardChart> charts = DashboardCharts::build(data, {}, English);
    const DashboardChart &firstCall = chartOf(charts, QStringLiteral("first-call"));
    EXPECT_EQ(firstCall.data.categories.size(), 7);
    EXPECT_EQ(firstCall.data.categories.first(), QStringLiteral("Same day"));
    EXPECT_EQ(firstCall.data.categories.at(1), QStringLiteral("1 day"));
    EXPECT_EQ(firstCall.data.categories.at(2), QStringLiteral("2–3 days"));
    EXPECT_EQ(firstCall.data.categories.at(5), QStringLiteral("15+ days"));
    EXPECT_EQ(firstCall.data.categories.last(), QStringLiteral("No call yet"));
    EXPECT_EQ(valuesOf(firstCall), (QList<double>{2, 1, 1, 1, 0, 2, 3}));

    const DashboardChart &toClose = chartOf(charts, QStringLiteral("time-to-close"));
    EXPECT_EQ(valuesOf(toClose), (QList<double>{1, 2, 0, 1, 0, 0}));
    // 3, 10, 10, 45. Plurals come from the translation, which a test does not load.
    EXPECT_EQ(toClose.data.note, DashboardCharts::tr("Median: %n day(s)", nullptr, 10));

    data.discipline.daysToClose = {{12, 1}, {3, 1}};
    EXPECT_EQ(chartOf(DashboardCharts::build(data, {}, English), QStringLiteral("time-to-close")).data.note,
              QStringLiteral("Median: 7.5 days"));
    data.discipline.daysToClose = {{91, 2}, {0, 1}};
    const DashboardChart odd = chartOf(DashboardCharts::build(data, {}, English), QStringLiteral("time-to-close"));
    EXPECT_EQ(odd.data.note, DashboardCharts::tr("Median: %n day(s)", nullptr, 91));
    EXPECT_EQ(valuesOf(odd), (QList<double>{1, 0, 0, 0, 0, 2}));

    const DashboardChart &followUp = chartOf(charts, QStringLiteral("follow-up"));
    EXPECT_EQ(followUp.data.format, ChartValueFormat::Percent);
    const QList<double> shares = valuesOf(followUp);
    ASSERT_EQ(shares.size(), 2);
    EXPECT_DOUBLE_EQ(shares.at(0), 0.75);
    EXPECT_TRUE(std::isnan(shares.at(1))); // nothing closed: no share
}

TEST(DashboardChartsTest, WinbackAndSatisfaction)
{
    const QList<DashboardChart> charts = DashboardCharts::build(handMadeData(), {}, English);
    EXPECT_EQ(valuesOf(chartOf(charts, QStringLiteral("winback"))), (QList<double>{5, 3, 2}));

    const DashboardChart &satisfaction = chartOf(charts, QStringLiteral("satisfaction"));
    EXPECT_EQ(satisfaction.data.categories, (strings({"1", "2", "3", "4", "5"})));
    EXPECT_EQ(valuesOf(satisfaction), (QList<double>{1, 0, 2, 0, 1}));
    EXPECT_EQ(satisfaction.data.note,
              DashboardCharts::tr("Average: %1 of 5, from %n scored case(s).", nullptr, 4).arg(QStringLiteral("3.0")));
    EXPECT_EQ(satisfaction.drillAt(0, 3)->satisfaction, 4);
    EXPECT_EQ(satisfaction.drillAt(0, 3)->cases, DrillDown::Cases::ClosedInRange);
}

TEST(DashboardChartsTest, BucketLabels)
{
    const QDate november(2026, 11, 1);
    EXPECT_EQ(DashboardCharts::bucketLabel(TimeBucket::Month, november, English), QStringLiteral("Nov 2026"));
    EXPECT_EQ(DashboardCharts::bucketLabel(TimeBucket::Month, november, QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("Nov. 2026"));
    EXPECT_EQ(DashboardCharts::bucketLabel(TimeBucket::Year, november, English), QStringLiteral("2026"));
    EXPECT_EQ(DashboardCharts::bucketLabel(TimeBucket::Day, QDate(2026, 11, 3), English),
              English.toString(QDate(2026, 11, 3), QLocale::ShortFormat));
}
