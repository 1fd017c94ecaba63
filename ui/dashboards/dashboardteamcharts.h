// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the dashboards' charts: the charts of the team's discipline,
// win-back and satisfaction, which DashboardCharts::build() adds last.

#include "dashboards/dashboardchartparts.h"

namespace fairwell::dashboardcharts {

// Open cases by owner, time to first call, time to close, follow-up shares.
QList<DashboardChart> teamCharts(const Context &context);
DashboardChart winbackChart(const Context &context);
DashboardChart satisfactionChart(const Context &context);

} // namespace fairwell::dashboardcharts
