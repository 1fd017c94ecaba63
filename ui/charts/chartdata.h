// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fairwell {

// What a chart shows, free of any charting library: the dashboards build
// these, and only ui/charts/ turns them into Qt Charts objects (Qt Charts is
// deprecated from Qt 6.10 in favour of Qt Graphs; a move touches this
// folder only). The same data feeds the chart, its CSV and the PDF report.

enum class ChartKind {
    Bars,           // one bar per series side by side in each category
    StackedBars,    // series stacked in each category
    HorizontalBars, // Bars laid sideways, for long category names
    Lines,          // one line per series over the categories
    Pie,            // the first series' values as slices named by the categories
};

// How values read in tooltips, axes and tables.
enum class ChartValueFormat {
    Count,   // whole numbers
    Percent, // values are fractions 0–1, shown as "42 %"
    Money,   // values are minor units of ChartData::currency
    Days,    // whole days
};

struct ChartSeries
{
    QString name;
    QList<double> values;  // one per category; NaN: no value (a gap)
    bool asLine = false;   // in a bar chart: drawn as a line over the bars
};

struct ChartData
{
    QString id;         // file-name friendly: "exit-reasons", "trend-mrr", …
    QString title;
    QString definition; // what the figure means, shown under the chart
    QString note;       // a caveat, e.g. "This range mixes EUR and USD…"
    ChartKind kind = ChartKind::Bars;
    ChartValueFormat format = ChartValueFormat::Count;
    QString currency;   // for ChartValueFormat::Money
    QString categoryTitle; // names the categories' column, e.g. "Month"
    QStringList categories;
    QList<ChartSeries> series;

    // No category has any value above zero.
    bool isEmpty() const;
};

} // namespace fairwell
