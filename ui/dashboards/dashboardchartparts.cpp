// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardchartparts.h"

#include "domain/money.h"

#include <QStringList>

#include <algorithm>

namespace fairwell::dashboardcharts {

DashboardChart makeChart(const QString &id, ChartKind kind, ChartValueFormat format)
{
    DashboardChart chart;
    chart.data.id = id;
    chart.data.kind = kind;
    chart.data.format = format;
    return chart;
}

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

} // namespace fairwell::dashboardcharts
