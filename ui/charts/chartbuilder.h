// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QLocale>
#include <QPalette>

class QChart;

namespace fairwell {

// Makes the Qt Charts objects for a ChartData: the series its kind calls
// for, category and value axes, ChartPalette's colours and the palette's
// text colours. Each series object, bar set and pie slice carries the
// ChartData index it stands for (the properties below), so hover, clicks and
// ChartSeriesReader can find their way back.
class ChartBuilder
{
public:
    // On QAbstractSeries and QBarSet: the index into ChartData::series.
    static constexpr const char *seriesProperty = "fairwellSeries";
    // On QBarSet: the categories drawn as 0 for want of a value (a bar set
    // holds no NaN).
    static constexpr const char *gapsProperty = "fairwellGaps";
    // On QPieSlice: the index into ChartData::categories.
    static constexpr const char *categoryProperty = "fairwellCategory";

    // The category at a place along the category axis (its bar set index
    // or line x), and the place of a category: the same. Sideways charts
    // list the first category on top, where Qt Charts puts the last.
    static int categoryAt(const ChartData &data, int position);

    // The caller owns the chart (a QChartView takes it over).
    static QChart *build(const ChartData &data, const QLocale &locale, const QPalette &palette);
};

} // namespace fairwell
