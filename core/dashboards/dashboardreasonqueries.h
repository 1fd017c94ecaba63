// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardqueryscope.h"

namespace fairwell {

// Why churned customers left: their primary reasons (count and MRR lost),
// their secondary reasons, and the reasons' categories by segment and plan.
class DashboardReasonQueries
{
public:
    explicit DashboardReasonQueries(const DashboardQueryScope &scope);

    // One pass over the churned cases, counted by primary reason, currency,
    // segment and plan; the three charts' figures are those counts added
    // up (a few hundred rows at most), which saves two passes.
    Status primaryReasons(QList<ReasonSlice> &slices, QList<GroupReasonCount> &bySegment,
                          QList<GroupReasonCount> &byPlan);
    Status secondaryReasons(QList<SecondaryReasonCount> &counts);

private:

    const DashboardQueryScope &m_scope;
};

} // namespace fairwell
