// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardqueryrunner.h"

namespace fairwell {

// What each of the dashboards' queries needs: where to run, the filter,
// its case conditions (SQL), the time bucket and "today".
struct DashboardQueryScope
{
    DashboardQueryRunner &runner;
    const DashboardFilter &filter;
    const SqlCondition &cases;
    TimeBucket bucket;
    QDate today;

    // The range's two dates, then `more`, then the case conditions' values
    // (the order of the "?"s in "BETWEEN ? AND ? AND … = ?%1").
    QVariantList rangeValues(const QVariantList &more = {}) const;
};

} // namespace fairwell
