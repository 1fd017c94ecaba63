// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartseriesreader.h"

#include "charts/chartbuilder.h"
#include "charts/chartvaluetext.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <cmath>

namespace fairwell {

namespace {

void readBars(const QAbstractBarSeries &bars, const ChartData &data, QList<ChartSeries> &out)
{
    const QList<QBarSet *> sets = bars.barSets();
    for (const QBarSet *set : sets) {
        const int index = set->property(ChartBuilder::seriesProperty).toInt();
        if (index < 0 || index >= out.size())
            continue;
        const QList<int> gaps = set->property(ChartBuilder::gapsProperty).value<QList<int>>();
        ChartSeries &series = out[index];
        series.name = set->label();
        for (int position = 0; position < set->count(); ++position) {
            const int category = ChartBuilder::categoryAt(data, position);
            if (category >= 0 && category < series.values.size())
                series.values[category] = gaps.contains(position) ? std::nan("")
                                                                  : ChartValueText::fromAxisUnit(set->at(position), data);
        }
    }
}

void readLine(const QXYSeries &line, const ChartData &data, QList<ChartSeries> &out)
{
    const int index = line.property(ChartBuilder::seriesProperty).toInt();
    if (index < 0 || index >= out.size())
        return;
    const bool sideways = data.kind == ChartKind::HorizontalBars;
    ChartSeries &series = out[index];
    series.name = line.name();
    series.asLine = data.kind != ChartKind::Lines;
    const QList<QPointF> points = line.points();
    for (const QPointF &point : points) {
        const int category = ChartBuilder::categoryAt(data, int(std::lround(sideways ? point.y() : point.x())));
        if (category >= 0 && category < series.values.size())
            series.values[category] = ChartValueText::fromAxisUnit(sideways ? point.x() : point.y(), data);
    }
}

void readPie(const QPieSeries &pie, QList<ChartSeries> &out)
{
    if (out.isEmpty())
        return;
    ChartSeries &series = out.first();
    series.name = pie.name();
    const QList<QPieSlice *> slices = pie.slices();
    for (const QPieSlice *slice : slices) {
        const int category = slice->property(ChartBuilder::categoryProperty).toInt();
        if (category >= 0 && category < series.values.size())
            series.values[category] = slice->value();
    }
}

} // namespace

QList<ChartSeries> ChartSeriesReader::read(const QChart &chart, const ChartData &data)
{
    // A pie shows the first series only.
    const qsizetype count = data.kind == ChartKind::Pie ? qMin<qsizetype>(data.series.size(), 1) : data.series.size();
    QList<ChartSeries> out(count);
    for (ChartSeries &series : out)
        series.values = QList<double>(data.categories.size(), std::nan(""));
    const QList<QAbstractSeries *> shown = chart.series();
    for (const QAbstractSeries *series : shown) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series))
            readBars(*bars, data, out);
        else if (const auto *line = qobject_cast<const QXYSeries *>(series))
            readLine(*line, data, out);
        else if (const auto *pie = qobject_cast<const QPieSeries *>(series))
            readPie(*pie, out);
    }
    return out;
}

} // namespace fairwell
