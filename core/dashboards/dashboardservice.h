// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace fairwell {

struct ServiceContext;

// The exit dashboards' figures. Every aggregate is computed by the database
// (SQLite or PostgreSQL), bucketed by it, and read as a few rows; nothing is
// summed row by row here. Any role may read them.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardService)

public:
    explicit DashboardService(ServiceContext &context);

    // Every figure for the filter; `today` is "now" for open cases and
    // overdue tasks. InvalidInput for a missing or reversed range.
    Result<DashboardData> load(const DashboardFilter &filter, const QDate &today);
    // The cases behind a bar or slice, at most `limit`, by closing (or
    // opening) date, the latest first.
    Result<QList<DrillCase>> drillDown(const DashboardFilter &filter, const DrillDown &part, const QDate &today,
                                       int limit);
    // The customers' own words of cases closed in the range (any outcome),
    // the latest first, narrowed to a reason or category (0: no reason) and to
    // words containing `text` (any case), at most `limit`.
    Result<QList<Verbatim>> verbatims(const DashboardFilter &filter, std::optional<qint64> reasonId,
                                      std::optional<qint64> categoryId, const QString &text, int limit);
    Result<DashboardChoices> choices();

    // For the benchmark: called after each of load()'s queries with its
    // name, its time in milliseconds (run and every row read) and the
    // statement with its values written in, for the bare sqlite3 or psql.
    using QueryTimer = std::function<void(const QString &name, double milliseconds, const QString &statement)>;
    void setQueryTimer(QueryTimer timer) { m_timer = std::move(timer); }

private:
    ServiceContext &m_context;
    QueryTimer m_timer;
};

} // namespace fairwell
