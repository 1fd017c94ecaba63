// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "dashboards/dashboarddata.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace fairwell {

// One chart of the dashboards: its data, and the cases each of its
// elements (series, category) stands for, if any.
struct DashboardChart
{
    ChartData data;
    // drill[series][category]; nullopt where a click opens nothing.
    QList<QList<std::optional<DrillDown>>> drill;

    std::optional<DrillDown> drillAt(int series, int category) const;
};

// Turns the figures into the dashboards' charts, the same for the screen,
// the CSV files and the PDF report, so all three show the same numbers.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardCharts)

public:
    struct Options
    {
        QString currency;                   // money charts; empty: the first of data.currencies()
        std::optional<qint64> reasonCategory; // exit reasons: the reasons of this category, else categories
    };

    // In the order the dashboards and the report show them.
    static QList<DashboardChart> build(const DashboardData &data, const Options &options, const QLocale &locale);

    // Translated names for codes.
    static QString segmentName(const QString &segment);
    static QString outcomeName(CaseOutcomeKind outcome);
    static QString bucketLabel(TimeBucket bucket, const QDate &start, const QLocale &locale);
};

} // namespace fairwell
