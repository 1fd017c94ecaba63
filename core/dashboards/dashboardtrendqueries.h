// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardqueryscope.h"

namespace fairwell {

// Cases opened and closed over time, bucketed by the database: the trend,
// the outcomes of the range, and the MRR lost per bucket.
class DashboardTrendQueries
{
public:
    explicit DashboardTrendQueries(const DashboardQueryScope &scope);

    // Every bucket of the range, empty ones too, oldest first; the
    // outcomes of the whole range are the buckets' added up.
    Status trend(QList<TrendBucket> &buckets, OutcomeCounts &outcomes);

private:
    Status closed(QMap<QDate, TrendBucket> &buckets, OutcomeCounts &outcomes);
    Status opened(QMap<QDate, TrendBucket> &buckets);

    const DashboardQueryScope &m_scope;
};

} // namespace fairwell
