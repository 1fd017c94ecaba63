// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"
#include "error.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace fairwell {

// The whole dashboard as a multi-page PDF: title, date range, the filters
// in words, every chart with its table of figures and its definition, then
// all definitions. Written by the Dashboards page and by the headless
// `fairwell report` alike; needs a QApplication (the offscreen platform
// will do), not a display.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardReport)

public:
    struct Labels
    {
        QString databaseName; // where the figures come from
        QString ownerName;    // the owner filter in words, if set
    };

    // Called after each page part with how far it got; returning false
    // cancels (the error is Cancelled, and no file is left behind).
    using Progress = std::function<bool(int done, int total)>;

    // Written whole or not at all; a clear error names the file.
    // `pageCount`, when given, gets the number of pages written.
    static Status writePdf(const DashboardData &data, const Labels &labels, const QString &path,
                           const QLocale &locale = QLocale(), const Progress &progress = {},
                           int *pageCount = nullptr);
};

} // namespace fairwell
