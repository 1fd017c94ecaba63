// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardcharts.h"

#include "dashboards/dashboarddefinitions.h"
#include "domain/money.h"
#include "queue/queuetablemodel.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairwell {

namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
constexpr int kTopSecondaryReasons = 10;
constexpr int kTopOwners = 15;

constexpr std::array<CaseOutcomeKind, caseOutcomeCount> kOutcomes = {
    CaseOutcomeKind::Churned, CaseOutcomeKind::Saved, CaseOutcomeKind::Downgraded, CaseOutcomeKind::Paused};

// A run of whole days, both ends included; `last` empty: no upper end.
struct DayRange
{
    int first;
    std::optional<int> last;
};

DashboardChart makeChart(const QString &id, ChartKind kind, ChartValueFormat format)
{
    DashboardChart chart;
    chart.data.id = id;
    chart.data.kind = kind;
    chart.data.format = format;
    return chart;
}

// Room for a drill-down behind every element, none set yet.
void clearDrill(DashboardChart &chart)
{
    chart.drill.clear();
    for (qsizetype s = 0; s < chart.data.series.size(); ++s)
        chart.drill.append(QList<std::optional<DrillDown>>(chart.data.categories.size()));
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : kNoValue;
}

DrillDown churnedCases()
{
    DrillDown part;
    part.cases = DrillDown::Cases::ClosedInRange;
    part.outcome = CaseOutcomeKind::Churned;
    return part;
}

// The cases in a histogram by days, counted into `ranges`.
QList<double> countInRanges(const QList<DayCount> &counts, const QList<DayRange> &ranges)
{
    QList<double> values(ranges.size(), 0.0);
    for (const DayCount &count : counts) {
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const DayRange &range = ranges.at(i);
            const bool fromFirst = i == 0 || count.days >= range.first; // a negative count joins the first
            if (fromFirst && (!range.last || count.days <= *range.last)) {
                values[i] += count.cases;
                break;
            }
        }
    }
    return values;
}

QString rangeLabel(const DayRange &range)
{
    if (!range.last)
        return DashboardCharts::tr("%1+ days").arg(range.first);
    if (range.first == 0 && *range.last == 0)
        return DashboardCharts::tr("Same day");
    if (range.first == 1 && *range.last == 1)
        return DashboardCharts::tr("1 day");
    return DashboardCharts::tr("%1–%2 days").arg(range.first).arg(*range.last);
}

// The median of a histogram by days: the middle case's days, or the mean of
// the two middle ones. Exact, since the histogram keeps every day apart.
std::optional<double> medianDays(QList<DayCount> counts)
{
    std::sort(counts.begin(), counts.end(), [](const DayCount &a, const DayCount &b) { return a.days < b.days; });
    qint64 total = 0;
    for (const DayCount &count : std::as_const(counts))
        total += qMax(0, count.cases);
    if (total == 0)
        return std::nullopt;
    const auto daysOfCase = [&counts](qint64 index) {
        qint64 seen = 0;
        for (const DayCount &count : counts) {
            seen += qMax(0, count.cases);
            if (index < seen)
                return count.days;
        }
        return counts.last().days;
    };
    if (total % 2 == 1)
        return double(daysOfCase(total / 2));
    return (double(daysOfCase(total / 2 - 1)) + double(daysOfCase(total / 2))) / 2.0;
}

QString moneyList(const MinorByCurrency &amounts, const QLocale &locale)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts.append(Money(it.value(), it.key()).format(locale));
    return locale.createSeparatedList(parts);
}

QString reasonLabel(qint64 reasonId, const QString &name)
{
    return reasonId == 0 || name.isEmpty() ? DashboardCharts::tr("No reason recorded") : name;
}

// Everything a chart of the figures needs besides the figures.
struct Context
{
    const DashboardData &data;
    const DashboardCharts::Options &options;
    const QLocale &locale;
    QString currency;
    QString mixedNote; // empty unless the range has several currencies
};

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
    std::stable_sort(categories.begin(), categories.end(),
                     [&categoryCases](qint64 a, qint64 b) { return categoryCases.value(a) > categoryCases.value(b); });

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
