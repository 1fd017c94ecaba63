// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardteamcharts.h"

#include "dashboards/dashboarddefinitions.h"

#include <algorithm>
#include <cmath>

namespace fairwell::dashboardcharts {

namespace {

constexpr int kTopOwners = 15;

DashboardChart ownerChart(const Context &context)
{
    QList<OwnerLoad> owners = context.data.discipline.owners;
    std::stable_sort(owners.begin(), owners.end(),
                     [](const OwnerLoad &a, const OwnerLoad &b) { return a.openCases > b.openCases; });
    owners = owners.first(qMin<qsizetype>(owners.size(), kTopOwners));

    DashboardChart chart = makeChart(QStringLiteral("owners"), ChartKind::HorizontalBars, ChartValueFormat::Count);
    chart.data.title = DashboardCharts::tr("Open cases and overdue tasks by owner");
    chart.data.definition = DashboardDefinitions::openAndOverdue();
    chart.data.categoryTitle = DashboardCharts::tr("Owner");
    ChartSeries open{DashboardCharts::tr("Open cases"), {}, false};
    ChartSeries overdue{DashboardCharts::tr("Overdue tasks"), {}, false};
    for (const OwnerLoad &owner : std::as_const(owners)) {
        chart.data.categories.append(owner.ownerId ? owner.ownerName : DashboardCharts::tr("Unassigned"));
        open.values.append(owner.openCases);
        overdue.values.append(owner.overdueTasks);
    }
    chart.data.series = {open, overdue};
    clearDrill(chart);
    for (qsizetype i = 0; i < owners.size(); ++i) {
        DrillDown part;
        part.cases = DrillDown::Cases::OpenNow;
        part.ownerSet = true;
        part.ownerId = owners.at(i).ownerId;
        chart.drill[0][i] = part;
        chart.drill[1][i] = part;
    }
    return chart;
}

DashboardChart histogramChart(const QString &id, const QList<DayCount> &counts, const QList<DayRange> &ranges)
{
    DashboardChart chart = makeChart(id, ChartKind::Bars, ChartValueFormat::Count);
    for (const DayRange &range : ranges)
        chart.data.categories.append(rangeLabel(range));
    chart.data.series = {{DashboardCharts::tr("Cases"), countInRanges(counts, ranges), false}};
    return chart;
}

} // namespace

QList<DashboardChart> teamCharts(const Context &context)
{
    const TeamDiscipline &team = context.data.discipline;
    DashboardChart firstCall = histogramChart(QStringLiteral("first-call"), team.daysToFirstCall,
                                              {{0, 0}, {1, 1}, {2, 3}, {4, 7}, {8, 14}, {15, std::nullopt}});
    firstCall.data.title = DashboardCharts::tr("Time to first call");
    firstCall.data.definition = DashboardDefinitions::timeToFirstCall();
    firstCall.data.categoryTitle = DashboardCharts::tr("Days to the first call");
    firstCall.data.categories.append(DashboardCharts::tr("No call yet"));
    firstCall.data.series[0].values.append(team.openedWithoutCall);
    clearDrill(firstCall);

    DashboardChart toClose = histogramChart(QStringLiteral("time-to-close"), team.daysToClose,
                                            {{0, 7}, {8, 14}, {15, 30}, {31, 60}, {61, 90}, {91, std::nullopt}});
    toClose.data.title = DashboardCharts::tr("Time to close");
    toClose.data.definition = DashboardDefinitions::timeToClose();
    toClose.data.categoryTitle = DashboardCharts::tr("Days to close");
    if (const auto median = medianDays(team.daysToClose)) {
        toClose.data.note = std::floor(*median) == *median
            ? DashboardCharts::tr("Median: %n day(s)", nullptr, int(*median))
            : DashboardCharts::tr("Median: %1 days").arg(context.locale.toString(*median, 'f', 1));
    }
    clearDrill(toClose);

    DashboardChart followUp = makeChart(QStringLiteral("follow-up"), ChartKind::Bars, ChartValueFormat::Percent);
    followUp.data.title = DashboardCharts::tr("Thank-you notes and feedback");
    followUp.data.definition = DashboardDefinitions::thankYouShare() + QLatin1Char(' ')
        + DashboardDefinitions::feedbackShare();
    followUp.data.categoryTitle = DashboardCharts::tr("Follow-up");
    followUp.data.categories = {DashboardCharts::tr("Thank-you note sent"), DashboardCharts::tr("Feedback recorded")};
    followUp.data.series = {{DashboardCharts::tr("Share of cases"),
                             {share(team.churnedWithNoteSent, team.churnedClosed),
                              share(team.closedWithFeedback, team.closedCases)},
                             false}};
    clearDrill(followUp);
    return {ownerChart(context), firstCall, toClose, followUp};
}

DashboardChart winbackChart(const Context &context)
{
    const WinbackFigures &winback = context.data.winback;
    DashboardChart chart = makeChart(QStringLiteral("winback"), ChartKind::Bars, ChartValueFormat::Count);
    chart.data.title = DashboardCharts::tr("Win-back");
    chart.data.definition = DashboardDefinitions::winback();
    chart.data.categoryTitle = DashboardCharts::tr("Check-ins");
    chart.data.categories = {DashboardCharts::tr("Due"), DashboardCharts::tr("Done"), DashboardCharts::tr("Returned")};
    chart.data.series = {{DashboardCharts::tr("Accounts"),
                          {double(winback.due), double(winback.done), double(winback.returned)},
                          false}};
    chart.data.note = winback.mrrReturned.isEmpty()
        ? DashboardCharts::tr("MRR returned: none")
        : DashboardCharts::tr("MRR returned: %1").arg(moneyList(winback.mrrReturned, context.locale));
    clearDrill(chart);
    return chart;
}

DashboardChart satisfactionChart(const Context &context)
{
    const SatisfactionFigures &satisfaction = context.data.satisfaction;
    DashboardChart chart = makeChart(QStringLiteral("satisfaction"), ChartKind::Bars, ChartValueFormat::Count);
    chart.data.title = DashboardCharts::tr("Satisfaction at exit");
    chart.data.definition = DashboardDefinitions::satisfaction();
    chart.data.categoryTitle = DashboardCharts::tr("Score");
    ChartSeries cases{DashboardCharts::tr("Cases"), {}, false};
    for (int score = 1; score <= 5; ++score) {
        chart.data.categories.append(context.locale.toString(score));
        cases.values.append(satisfaction.byScore.at(size_t(score - 1)));
    }
    chart.data.series = {cases};
    if (const auto average = satisfaction.average()) {
        chart.data.note = DashboardCharts::tr("Average: %1 of 5, from %n scored case(s).", nullptr, satisfaction.scored())
                              .arg(context.locale.toString(*average, 'f', 1));
    }
    if (satisfaction.withoutScore > 0) {
        const QString unscored =
            DashboardCharts::tr("%n case(s) gave feedback without a score.", nullptr, satisfaction.withoutScore);
        chart.data.note = chart.data.note.isEmpty() ? unscored : chart.data.note + QLatin1Char(' ') + unscored;
    }
    clearDrill(chart);
    for (int score = 1; score <= 5; ++score) {
        DrillDown part;
        part.satisfaction = score;
        chart.drill[0][score - 1] = part;
    }
    return chart;
}

} // namespace fairwell::dashboardcharts
