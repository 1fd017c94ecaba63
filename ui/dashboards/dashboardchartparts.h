// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the dashboards' charts: the pieces both dashboardcharts.cpp and
// dashboardteamcharts.cpp build their charts from. Not for other code.

#include "dashboards/dashboardcharts.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <limits>
#include <optional>

namespace fairwell::dashboardcharts {

// A value a chart leaves out (no bar, a gap in a line).
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// Everything a chart of the figures needs besides the figures.
struct Context
{
    const DashboardData &data;
    const DashboardCharts::Options &options;
    const QLocale &locale;
    QString currency;
    QString mixedNote; // empty unless the range has several currencies
};

// A run of whole days, both ends included; `last` empty: no upper end.
struct DayRange
{
    int first;
    std::optional<int> last;
};

DashboardChart makeChart(const QString &id, ChartKind kind, ChartValueFormat format);

// Room for a drill-down behind every element, none set yet.
void clearDrill(DashboardChart &chart);

// part / whole, or kNoValue when there is no whole.
double share(int part, int whole);

// The churned cases closed in the filter's range.
DrillDown churnedCases();

// The cases in a histogram by days, counted into `ranges`.
QList<double> countInRanges(const QList<DayCount> &counts, const QList<DayRange> &ranges);
QString rangeLabel(const DayRange &range);

// The median of a histogram by days: the middle case's days, or the mean of
// the two middle ones. Exact, since the histogram keeps every day apart.
std::optional<double> medianDays(QList<DayCount> counts);

// Amounts in several currencies as one readable list.
QString moneyList(const MinorByCurrency &amounts, const QLocale &locale);

// A reason's or category's name; one without a name: "No reason recorded".
QString reasonLabel(qint64 reasonId, const QString &name);

} // namespace fairwell::dashboardcharts
