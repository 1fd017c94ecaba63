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

    Status primaryReasons(QList<ReasonSlice> &slices);
    Status secondaryReasons(QList<SecondaryReasonCount> &counts);
    Status reasonsBySegment(QList<GroupReasonCount> &counts);
    Status reasonsByPlan(QList<GroupReasonCount> &counts);

private:
    Status reasonsByGroup(const QString &name, const QString &groupColumn, QList<GroupReasonCount> &counts,
                          const std::function<QString(const QVariant &)> &groupName);

    const DashboardQueryScope &m_scope;
};

} // namespace fairwell
