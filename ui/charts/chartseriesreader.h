// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

class QChart;

namespace fairwell {

// Reads the series back from a chart ChartBuilder made, from its Qt Charts
// objects: names, values in the data's own units (NaN where nothing is
// drawn), and which are lines over bars.
class ChartSeriesReader
{
public:
    static QList<ChartSeries> read(const QChart &chart, const ChartData &data);
};

} // namespace fairwell
