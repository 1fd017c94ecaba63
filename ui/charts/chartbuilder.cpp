// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartbuilder.h"

#include "charts/chartpalette.h"
#include "charts/chartvaluetext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace fairwell {

namespace {

// Beyond these a category label is elided (the tooltip keeps it whole):
// sideways bars have a whole column for their labels, upright ones share
// the width with their neighbours.
constexpr int sidewaysLabelChars = 34;
constexpr int uprightLabelChars = 22;
constexpr int crowdedLabelChars = 14;
// From this many upright categories on, labels turn to a slant; and when
// their longest label times their number passes this many characters.
constexpr int crowdedCategories = 7;
constexpr int slantedLabelChars = 36;
constexpr char slantedProperty[] = "fairwellSlanted";
// Pie slices smaller than this share are labelled in the legend only.
constexpr double smallestLabelledSlice = 0.05;

double valueAt(const ChartSeries &series, qsizetype category)
{
    return category < series.values.size() ? series.values.at(category) : std::nan("");
}

QString elided(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    return text.left(chars - 1).trimmed() + QChar(0x2026);
}

// QBarCategoryAxis drops empty and repeated labels, so every category gets
// one of its own, even after eliding.
QStringList axisLabels(const QStringList &categories, int chars)
{
    QStringList labels;
    for (const QString &category : categories) {
        const QString label = elided(category.isEmpty() ? QStringLiteral("—") : category, chars);
        QString unique = label;
        for (int n = 2; labels.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(label).arg(n);
        labels.append(unique);
    }
    return labels;
}

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

bool isWhole(ChartValueFormat format)
{
    return format == ChartValueFormat::Count || format == ChartValueFormat::Days;
}

struct Extent
{
    double low = 0;
    double high = 0;
    void include(double value)
    {
        if (std::isnan(value))
            return;
        low = qMin(low, value);
        high = qMax(high, value);
    }
};

// The values' extent in axis units, bars stacked where they stack.
Extent extentOf(const ChartData &data)
{
    Extent extent;
    for (qsizetype c = 0; c < data.categories.size(); ++c) {
        double above = 0;
        double below = 0;
        for (const ChartSeries &series : data.series) {
            const double value = ChartValueText::toAxisUnit(valueAt(series, c), data);
            if (data.kind == ChartKind::StackedBars && !series.asLine && !std::isnan(value))
                (value > 0 ? above : below) += value;
            else
                extent.include(value);
        }
        extent.include(above);
        extent.include(below);
    }
    if (data.format == ChartValueFormat::Percent)
        extent.high = qMax(extent.high, 100.0);
    return extent;
}

QValueAxis *valueAxis(const ChartData &data, const QPalette &palette)
{
    const Extent extent = extentOf(data);
    auto *axis = new QValueAxis;
    double step = niceStep(qMax((extent.high - extent.low) / 5.0, 1e-9));
    if (isWhole(data.format))
        step = qMax(step, 1.0);
    if (data.format == ChartValueFormat::Percent && extent.low >= 0 && extent.high <= 100)
        step = 20;
    const double low = std::floor(extent.low / step) * step;
    const double high = qMax(std::ceil(extent.high / step) * step, low + step);
    axis->setRange(low, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    // The chart localises the number (QChart::localizeNumbers); the format
    // only says how many decimals the step needs.
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(ChartValueText::axisTitle(data));
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.color(QPalette::WindowText));
    axis->setGridLineColor(palette.color(QPalette::Mid));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    return axis;
}

QBarCategoryAxis *categoryAxis(const ChartData &data, const QPalette &palette, bool sideways)
{
    auto *axis = new QBarCategoryAxis;
    const bool crowded = !sideways && data.categories.size() >= crowdedCategories;
    QStringList inPlace;
    qsizetype longest = 0;
    for (int position = 0; position < data.categories.size(); ++position) {
        inPlace.append(data.categories.at(ChartBuilder::categoryAt(data, position)));
        longest = std::max(longest, inPlace.last().size());
    }
    axis->append(axisLabels(inPlace, sideways ? sidewaysLabelChars : crowded ? crowdedLabelChars : uprightLabelChars));
    // Qt Charts leaves out an upright label wider than its bar's slot, so
    // long ones ("Großunternehmen" under a third of a half-width chart)
    // slant, as crowded ones do.
    const bool slanted = crowded || (!sideways && longest * data.categories.size() > slantedLabelChars);
    if (slanted) {
        axis->setLabelsAngle(-40);
        // The first slanted label reaches left of the chart, where Qt Charts
        // would leave it out.
        axis->setProperty(slantedProperty, true);
    }
    // Qt Charts would cut the labels down to "Sa…" to give the bars room;
    // they are elided to a readable length above instead.
    axis->setTruncateLabels(false);
    // A sideways column of labels needs no title beside the chart's own.
    if (!sideways)
        axis->setTitleText(data.categoryTitle);
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.color(QPalette::WindowText));
    axis->setGridLineVisible(false);
    axis->setLinePenColor(palette.color(QPalette::Mid));
    return axis;
}

QAbstractBarSeries *barSeriesFor(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bars:
        return new QBarSeries;
    case ChartKind::StackedBars:
        return new QStackedBarSeries;
    case ChartKind::HorizontalBars:
        return new QHorizontalBarSeries;
    case ChartKind::Lines:
    case ChartKind::Pie:
        break;
    }
    return nullptr;
}

QBarSet *barSet(const ChartData &data, int index, const QPalette &palette)
{
    const ChartSeries &series = data.series.at(index);
    auto *set = new QBarSet(series.name);
    QList<int> gaps;
    for (int position = 0; position < data.categories.size(); ++position) {
        const double value = valueAt(series, ChartBuilder::categoryAt(data, position));
        if (std::isnan(value))
            gaps.append(position);
        set->append(std::isnan(value) ? 0.0 : ChartValueText::toAxisUnit(value, data));
    }
    const QColor color = ChartPalette::color(index, palette);
    set->setColor(color);
    set->setBorderColor(color);
    set->setProperty(ChartBuilder::seriesProperty, index);
    set->setProperty(ChartBuilder::gapsProperty, QVariant::fromValue(gaps));
    return set;
}

// A line breaks where a value is missing: one QLineSeries per run of
// values, all in the series' colour, the first alone in the legend.
QList<QLineSeries *> lineRuns(const ChartData &data, int index, const QPalette &palette, bool sideways)
{
    const ChartSeries &series = data.series.at(index);
    QPen pen(ChartPalette::color(index, palette), 2.5);
    QList<QLineSeries *> runs;
    QLineSeries *run = nullptr;
    for (int position = 0; position < data.categories.size(); ++position) {
        const double value = valueAt(series, ChartBuilder::categoryAt(data, position));
        if (std::isnan(value)) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            runs.append(run);
        }
        const double shown = ChartValueText::toAxisUnit(value, data);
        run->append(sideways ? QPointF(shown, position) : QPointF(position, shown));
    }
    if (runs.isEmpty()) // no value at all: still a series, in the legend
        runs.append(new QLineSeries);
    for (QLineSeries *one : std::as_const(runs)) {
        one->setName(series.name);
        one->setPen(pen);
        one->setPointsVisible(true); // a run of one point is a dot
        one->setProperty(ChartBuilder::seriesProperty, index);
    }
    return runs;
}

void addBarsAndLines(QChart *chart, const ChartData &data, const QPalette &palette)
{
    const bool sideways = data.kind == ChartKind::HorizontalBars;
    QList<QAbstractSeries *> added;
    QAbstractBarSeries *bars = barSeriesFor(data.kind);
    for (int i = 0; i < data.series.size(); ++i) {
        if (bars && !data.series.at(i).asLine)
            bars->append(barSet(data, i, palette));
    }
    if (bars && bars->count() > 0) {
        bars->setProperty(ChartBuilder::seriesProperty, -1);
        chart->addSeries(bars);
        added.append(bars);
    } else {
        delete bars;
        bars = nullptr;
    }
    for (int i = 0; i < data.series.size(); ++i) {
        if (bars && !data.series.at(i).asLine)
            continue;
        const QList<QLineSeries *> runs = lineRuns(data, i, palette, sideways);
        for (QLineSeries *run : runs) {
            chart->addSeries(run);
            added.append(run);
            if (run != runs.first()) {
                const QList<QLegendMarker *> markers = chart->legend()->markers(run);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false);
            }
        }
    }
    QAbstractAxis *categories = categoryAxis(data, palette, sideways);
    QAbstractAxis *values = valueAxis(data, palette);
    chart->addAxis(categories, sideways ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, sideways ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries *series : std::as_const(added)) {
        series->attachAxis(categories);
        series->attachAxis(values);
    }
}

void addPie(QChart *chart, const ChartData &data, const QPalette &palette)
{
    auto *pie = new QPieSeries;
    pie->setPieSize(0.7);
    pie->setProperty(ChartBuilder::seriesProperty, 0);
    if (data.series.isEmpty()) {
        chart->addSeries(pie);
        return;
    }
    const ChartSeries &series = data.series.first();
    pie->setName(series.name);
    for (int c = 0; c < data.categories.size(); ++c) {
        const double value = valueAt(series, c);
        if (std::isnan(value))
            continue;
        QPieSlice *slice = pie->append(data.categories.at(c), qMax(value, 0.0));
        slice->setProperty(ChartBuilder::categoryProperty, c);
        slice->setColor(ChartPalette::color(c, palette));
        slice->setBorderColor(palette.color(QPalette::Window));
        slice->setLabelColor(palette.color(QPalette::WindowText));
    }
    chart->addSeries(pie);
    const QList<QPieSlice *> slices = pie->slices();
    for (QPieSlice *slice : slices) {
        slice->setLabel(elided(slice->label(), uprightLabelChars));
        slice->setLabelVisible(pie->sum() > 0 && slice->value() / pie->sum() >= smallestLabelledSlice);
    }
}

} // namespace

int ChartBuilder::categoryAt(const ChartData &data, int position)
{
    // QAbstractAxis::setReverse does not turn a bar category axis round
    // (Qt 6.4), so the order is turned here.
    if (data.kind == ChartKind::HorizontalBars)
        return int(data.categories.size()) - 1 - position;
    return position;
}

QChart *ChartBuilder::build(const ChartData &data, const QLocale &locale, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // A legend of a few entries fits in one row under the chart; more go in
    // a column beside it, where Qt Charts does not cut their names to "Co…".
    const qsizetype entries = data.kind == ChartKind::Pie ? data.categories.size() : data.series.size();
    chart->legend()->setAlignment(entries > 5 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    if (data.kind == ChartKind::Pie)
        addPie(chart, data, palette);
    else
        addBarsAndLines(chart, data, palette);
    // A pie's legend names its slices; elsewhere one series needs no key.
    chart->legend()->setVisible(data.kind == ChartKind::Pie || data.series.size() > 1);
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (axis->property(slantedProperty).toBool())
            chart->setMargins(QMargins(56, 4, 4, 4));
    }
    return chart;
}

} // namespace fairwell
