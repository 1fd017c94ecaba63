// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardcharts.h"

#include "dashboards/dashboardchartparts.h"
#include "dashboards/dashboarddefinitions.h"
#include "dashboards/dashboardteamcharts.h"
#include "queue/queuetablemodel.h"

#include <QHash>

#include <algorithm>

namespace fairwell {

using namespace dashboardcharts;

namespace {

constexpr int kTopSecondaryReasons = 10;

constexpr std::array<CaseOutcomeKind, caseOutcomeCount> kOutcomes = {
    CaseOutcomeKind::Churned, CaseOutcomeKind::Saved, CaseOutcomeKind::Downgraded, CaseOutcomeKind::Paused};

// A group of exit-reason bars: a category, or one reason of a category.
struct ReasonGroup
{
    qint64 id = 0;
    QString name;
    int cases = 0;
    MinorByCurrency mrrLost;
};

QList<ReasonGroup> reasonGroups(const Context &context)
{
    const bool byReason = context.options.reasonCategory.has_value();
    QList<ReasonGroup> groups;
    QHash<qint64, qsizetype> indexOf;
    for (const ReasonSlice &slice : context.data.reasons) {
        if (byReason && slice.categoryId != *context.options.reasonCategory)
            continue;
        const qint64 id = byReason ? slice.reasonId : slice.categoryId;
        const QString name = byReason ? reasonLabel(slice.reasonId, slice.reasonName)
                                      : reasonLabel(slice.categoryId, slice.categoryName);
        if (!indexOf.contains(id)) {
            indexOf.insert(id, groups.size());
            groups.append({id, name, 0, {}});
        }
        ReasonGroup &group = groups[indexOf.value(id)];
        group.cases += slice.cases;
        for (auto it = slice.mrrLost.cbegin(); it != slice.mrrLost.cend(); ++it)
            group.mrrLost[it.key()] += it.value(); // one currency at a time
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const ReasonGroup &a, const ReasonGroup &b) { return a.cases > b.cases; });
    return groups;
}

QList<DashboardChart> exitReasonCharts(const Context &context)
{
    const QList<ReasonGroup> groups = reasonGroups(context);
    const bool byReason = context.options.reasonCategory.has_value();
    QString categoryName;
    if (byReason) {
        for (const ReasonSlice &slice : context.data.reasons) {
            if (slice.categoryId == *context.options.reasonCategory)
                categoryName = reasonLabel(slice.categoryId, slice.categoryName);
        }
    }

    DashboardChart count = makeChart(QStringLiteral("exit-reasons"), ChartKind::HorizontalBars, ChartValueFormat::Count);
    count.data.title = byReason ? DashboardCharts::tr("Why customers left: %1").arg(categoryName)
                                : DashboardCharts::tr("Why customers left");
    count.data.definition = DashboardDefinitions::exitReasons();
    count.data.categoryTitle = byReason ? DashboardCharts::tr("Reason") : DashboardCharts::tr("Reason category");
    DashboardChart money = makeChart(QStringLiteral("exit-reasons-mrr"), ChartKind::HorizontalBars,
                                     ChartValueFormat::Money);
    money.data.title = DashboardCharts::tr("MRR lost by exit reason");
    money.data.definition = DashboardDefinitions::mrrLost();
    money.data.note = context.mixedNote;
    money.data.currency = context.currency;
    money.data.categoryTitle = count.data.categoryTitle;

    ChartSeries cases{DashboardCharts::tr("Churned cases"), {}, false};
    ChartSeries lost{DashboardCharts::tr("MRR lost"), {}, false};
    for (const ReasonGroup &group : groups) {
        count.data.categories.append(group.name);
        cases.values.append(group.cases);
        lost.values.append(double(group.mrrLost.value(context.currency)));
    }
    count.data.series = {cases};
    money.data.series = {lost};
    money.data.categories = count.data.categories;
    clearDrill(count);
    clearDrill(money);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        DrillDown part = churnedCases();
        if (byReason)
            part.reasonId = groups.at(i).id;
        else
            part.categoryId = groups.at(i).id;
        count.drill[0][i] = part;
        money.drill[0][i] = part;
    }
    return {count, money};
}

DashboardChart secondaryReasonChart(const Context &context)
{
    QList<SecondaryReasonCount> reasons = context.data.secondaryReasons;
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const SecondaryReasonCount &a, const SecondaryReasonCount &b) { return a.cases > b.cases; });
    DashboardChart chart =
        makeChart(QStringLiteral("secondary-reasons"), ChartKind::HorizontalBars, ChartValueFormat::Count);
    chart.data.title = DashboardCharts::tr("Secondary exit reasons (top %1)").arg(kTopSecondaryReasons);
    chart.data.definition = DashboardDefinitions::exitReasons();
    chart.data.categoryTitle = DashboardCharts::tr("Reason");
    ChartSeries cases{DashboardCharts::tr("Churned cases"), {}, false};
    for (const SecondaryReasonCount &reason : reasons.first(qMin<qsizetype>(reasons.size(), kTopSecondaryReasons))) {
        chart.data.categories.append(reasonLabel(reason.reasonId, reason.reasonName));
        cases.values.append(reason.cases);
    }
    chart.data.series = {cases};
    clearDrill(chart);
    return chart;
}

QString bucketTitle(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day:
        return DashboardCharts::tr("Day");
    case TimeBucket::Week:
        return DashboardCharts::tr("Week from");
    case TimeBucket::Month:
        break;
    case TimeBucket::Year:
        return DashboardCharts::tr("Year");
    }
    return DashboardCharts::tr("Month");
}

// The bucket's days, cut to the filter's range (the first and last buckets
// may stick out of it).
DrillDown bucketPart(const Context &context, const TrendBucket &bucket, DrillDown::Cases cases)
{
    DrillDown part;
    part.cases = cases;
    part.from = qMax(bucket.start, context.data.filter.from);
    part.to = qMin(nextBucket(context.data.bucket, bucket.start).addDays(-1), context.data.filter.to);
    return part;
}

QList<DashboardChart> trendCharts(const Context &context)
{
    const QList<TrendBucket> &trend = context.data.trend;
    QStringList labels;
    for (const TrendBucket &bucket : trend)
        labels.append(DashboardCharts::bucketLabel(context.data.bucket, bucket.start, context.locale));

    DashboardChart cases = makeChart(QStringLiteral("trend-cases"), ChartKind::StackedBars, ChartValueFormat::Count);
    cases.data.title = DashboardCharts::tr("Cases opened and closed");
    cases.data.definition = DashboardDefinitions::trend();
    cases.data.categoryTitle = bucketTitle(context.data.bucket);
    cases.data.categories = labels;
    for (const CaseOutcomeKind outcome : kOutcomes) {
        ChartSeries series{DashboardCharts::tr("Closed: %1").arg(DashboardCharts::outcomeName(outcome)), {}, false};
        for (const TrendBucket &bucket : trend)
            series.values.append(bucket.closed.count(outcome));
        cases.data.series.append(series);
    }
    ChartSeries opened{DashboardCharts::tr("Opened"), {}, true};
    for (const TrendBucket &bucket : trend)
        opened.values.append(bucket.opened);
    cases.data.series.append(opened);
    clearDrill(cases);
    for (qsizetype i = 0; i < trend.size(); ++i) {
        for (int s = 0; s < caseOutcomeCount; ++s) {
            DrillDown part = bucketPart(context, trend.at(i), DrillDown::Cases::ClosedInRange);
            part.outcome = kOutcomes.at(s);
            cases.drill[s][i] = part;
        }
        cases.drill[caseOutcomeCount][i] = bucketPart(context, trend.at(i), DrillDown::Cases::OpenedInRange);
    }

    DashboardChart money = makeChart(QStringLiteral("trend-mrr"), ChartKind::Bars, ChartValueFormat::Money);
    money.data.title = DashboardCharts::tr("MRR lost over time");
    money.data.definition = DashboardDefinitions::mrrLost();
    money.data.note = context.mixedNote;
    money.data.currency = context.currency;
    money.data.categoryTitle = cases.data.categoryTitle;
    money.data.categories = labels;
    ChartSeries lost{DashboardCharts::tr("MRR lost"), {}, false};
    for (const TrendBucket &bucket : trend)
        lost.values.append(double(bucket.mrrLost.value(context.currency)));
    money.data.series = {lost};
    clearDrill(money);
    for (qsizetype i = 0; i < trend.size(); ++i)
        money.drill[0][i] = bucketPart(context, trend.at(i), DrillDown::Cases::ClosedInRange);
    return {cases, money};
}

QList<DashboardChart> outcomeCharts(const Context &context)
{
    DashboardChart pie = makeChart(QStringLiteral("outcomes"), ChartKind::Pie, ChartValueFormat::Count);
    pie.data.title = DashboardCharts::tr("How cases closed");
    pie.data.definition = DashboardDefinitions::saveRate();
    pie.data.categoryTitle = DashboardCharts::tr("Outcome");
    ChartSeries closed{DashboardCharts::tr("Closed cases"), {}, false};
    for (const CaseOutcomeKind outcome : kOutcomes) {
        pie.data.categories.append(DashboardCharts::outcomeName(outcome));
        closed.values.append(context.data.outcomes.count(outcome));
    }
    pie.data.series = {closed};
    if (const auto rate = context.data.outcomes.saveRate())
        pie.data.note = DashboardCharts::tr("Save rate: %1 %").arg(context.locale.toString(*rate * 100.0, 'f', 0));
    clearDrill(pie);
    for (int i = 0; i < caseOutcomeCount; ++i) {
        DrillDown part;
        part.outcome = kOutcomes.at(i);
        pie.drill[0][i] = part;
    }

    DashboardChart rate = makeChart(QStringLiteral("save-rate"), ChartKind::Lines, ChartValueFormat::Percent);
    rate.data.title = DashboardCharts::tr("Save rate over time");
    rate.data.definition = DashboardDefinitions::saveRate();
    rate.data.categoryTitle = bucketTitle(context.data.bucket);
    ChartSeries rates{DashboardCharts::tr("Save rate"), {}, false};
    for (const TrendBucket &bucket : context.data.trend) {
        rate.data.categories.append(DashboardCharts::bucketLabel(context.data.bucket, bucket.start, context.locale));
        rates.values.append(bucket.closed.saveRate().value_or(kNoValue));
    }
    rate.data.series = {rates};
    clearDrill(rate);
    for (qsizetype i = 0; i < context.data.trend.size(); ++i)
        rate.drill[0][i] = bucketPart(context, context.data.trend.at(i), DrillDown::Cases::ClosedInRange);
    return {pie, rate};
}

// Groups (segments or plans) × reason categories, stacked.
DashboardChart groupChart(const QString &id, const QList<GroupReasonCount> &counts, bool bySegment)
{
    QStringList groups;
    if (bySegment) {
        for (const char *key : {"smb", "mid_market", "enterprise"}) {
            const QString segment = QString::fromLatin1(key);
            if (std::any_of(counts.cbegin(), counts.cend(),
                            [&segment](const GroupReasonCount &c) { return c.group == segment; }))
                groups.append(segment);
        }
    }
    QList<qint64> categories;
    QHash<qint64, int> categoryCases;
    QHash<qint64, QString> categoryNames;
    for (const GroupReasonCount &count : counts) {
        if (!groups.contains(count.group))
            groups.append(count.group);
        if (!categoryNames.contains(count.categoryId)) {
            categories.append(count.categoryId);
            categoryNames.insert(count.categoryId, reasonLabel(count.categoryId, count.categoryName));
        }
        categoryCases[count.categoryId] += count.cases;
    }
    // The same cases stand behind both charts, so ordering equal counts by
    // name gives each category the same place, and colour, in both.
    std::sort(categories.begin(), categories.end(), [&](qint64 a, qint64 b) {
        if (categoryCases.value(a) != categoryCases.value(b))
            return categoryCases.value(a) > categoryCases.value(b);
        if ((a == 0) != (b == 0))
            return b == 0; // "No reason recorded" after the named ones
        return categoryNames.value(a).localeAwareCompare(categoryNames.value(b)) < 0;
    });

    DashboardChart chart = makeChart(id, ChartKind::StackedBars, ChartValueFormat::Count);
    chart.data.title =
        bySegment ? DashboardCharts::tr("Exit reasons by segment") : DashboardCharts::tr("Exit reasons by plan");
    chart.data.definition = DashboardDefinitions::reasonsByGroup();
    chart.data.categoryTitle = bySegment ? DashboardCharts::tr("Segment") : DashboardCharts::tr("Plan");
    for (const QString &group : std::as_const(groups)) {
        if (group.isEmpty())
            chart.data.categories.append(bySegment ? DashboardCharts::tr("No segment") : DashboardCharts::tr("No plan"));
        else
            chart.data.categories.append(bySegment ? DashboardCharts::segmentName(group) : group);
    }
    for (const qint64 category : std::as_const(categories)) {
        ChartSeries series{categoryNames.value(category), QList<double>(groups.size(), 0.0), false};
        for (const GroupReasonCount &count : counts) {
            if (count.categoryId == category)
                series.values[groups.indexOf(count.group)] += count.cases;
        }
        chart.data.series.append(series);
    }
    clearDrill(chart);
    for (qsizetype s = 0; s < categories.size(); ++s) {
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (groups.at(g).isEmpty())
                continue; // an empty segment or plan narrows nothing: no honest list to open
            DrillDown part = churnedCases();
            part.categoryId = categories.at(s);
            (bySegment ? part.segment : part.plan) = groups.at(g);
            chart.drill[s][g] = part;
        }
    }
    return chart;
}

} // namespace

std::optional<DrillDown> DashboardChart::drillAt(int series, int category) const
{
    if (series < 0 || series >= drill.size() || category < 0 || category >= drill.at(series).size())
        return std::nullopt;
    return drill.at(series).at(category);
}

QList<DashboardChart> DashboardCharts::build(const DashboardData &data, const Options &options, const QLocale &locale)
{
    const QStringList currencies = data.currencies();
    Context context{data, options, locale, options.currency.isEmpty() ? currencies.value(0) : options.currency, {}};
    if (currencies.size() > 1) {
        context.mixedNote = tr("This range has amounts in %1; shown: %2 only. Pick a currency above.")
                                .arg(locale.createSeparatedList(currencies), context.currency);
    }
    QList<DashboardChart> charts = exitReasonCharts(context);
    charts.append(secondaryReasonChart(context));
    charts.append(trendCharts(context));
    charts.append(outcomeCharts(context));
    charts.append(groupChart(QStringLiteral("reasons-by-segment"), data.reasonsBySegment, true));
    charts.append(groupChart(QStringLiteral("reasons-by-plan"), data.reasonsByPlan, false));
    charts.append(teamCharts(context));
    charts.append(winbackChart(context));
    charts.append(satisfactionChart(context));
    return charts;
}

QString DashboardCharts::segmentName(const QString &segment)
{
    // The queue's words, so a segment reads the same everywhere.
    return QueueTableModel::segmentText(segment);
}

QString DashboardCharts::outcomeName(CaseOutcomeKind outcome)
{
    switch (outcome) {
    case CaseOutcomeKind::Churned:
        return tr("Churned");
    case CaseOutcomeKind::Saved:
        return tr("Saved");
    case CaseOutcomeKind::Downgraded:
        return tr("Downgraded");
    case CaseOutcomeKind::Paused:
        break;
    }
    return tr("Paused");
}

QString DashboardCharts::bucketLabel(TimeBucket bucket, const QDate &start, const QLocale &locale)
{
    switch (bucket) {
    case TimeBucket::Day:
    case TimeBucket::Week: // named by its Monday
        return locale.toString(start, QLocale::ShortFormat);
    case TimeBucket::Month:
        return tr("%1 %2", "month and year").arg(locale.monthName(start.month(), QLocale::ShortFormat))
            .arg(start.year());
    case TimeBucket::Year:
        break;
    }
    return QString::number(start.year());
}

} // namespace fairwell
