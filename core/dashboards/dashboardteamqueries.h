// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardqueryscope.h"

namespace fairwell {

// How well the team offboards: open work by owner, time to the first call
// and to closing, thank-you notes and feedback; win-back; satisfaction.
class DashboardTeamQueries
{
public:
    explicit DashboardTeamQueries(const DashboardQueryScope &scope);

    Status owners(QList<OwnerLoad> &owners);
    Status firstCall(TeamDiscipline &discipline);
    Status timeToClose(QList<DayCount> &days);
    // One pass over the cases closed in the range: thank-you notes and
    // feedback recorded, counted by satisfaction score.
    Status followUpAndSatisfaction(TeamDiscipline &discipline, SatisfactionFigures &satisfaction);
    Status winback(WinbackFigures &winback);

private:
    const DashboardQueryScope &m_scope;
};

} // namespace fairwell
