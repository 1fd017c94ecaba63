// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QLocale>

namespace fairwell {

// A chart's values as people read them, the same in tooltips, axes and the
// report's tables: money with its currency, fractions as percentages,
// counts and days as whole numbers, all in the locale's digits.
class ChartValueText
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ChartValueText)

public:
    // "1.234,56 €", "42 %", "7 days", "1,204"; a dash for NaN (no value).
    static QString text(double value, const ChartData &data, const QLocale &locale);

    // The value in the unit an axis counts in: money in major units,
    // fractions in percent, the rest as they are; and back.
    static double toAxisUnit(double value, const ChartData &data);
    static double fromAxisUnit(double shown, const ChartData &data);

    // The value axis' title ("EUR", "%", "Days"); empty for counts.
    static QString axisTitle(const ChartData &data);
};

} // namespace fairwell
