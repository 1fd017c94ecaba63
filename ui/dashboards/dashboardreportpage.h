// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "dashboards/dashboarddata.h"
#include "dashboards/dashboardreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSize>
#include <QUrl>

namespace fairwell {

// The dashboard report's text as HTML for a QTextDocument, part by part:
// the cover (range, filters, when), one page per chart (its image, its
// figures as a table, its definition and caveat), then the definitions.
class DashboardReportPage
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardReportPage)

public:
    explicit DashboardReportPage(const QLocale &locale);

    // The title, the range and filters in words, and what follows.
    void addCover(const DashboardData &data, const DashboardReport::Labels &labels, const QList<ChartData> &charts);
    void addChart(const ChartData &chart, const QUrl &image, const QSize &imageSize);
    void addDefinitions();

    QString html() const;

    // "1 January 2026" as the locale writes a long date, without the weekday.
    static QString longDate(const QDate &date, const QLocale &locale);

private:
    QLocale m_locale;
    QString m_body;
};

} // namespace fairwell
