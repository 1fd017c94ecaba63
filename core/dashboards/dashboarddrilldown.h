// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardsql.h"

namespace fairwell {

class Database;

// The cases behind a part of a chart, and the customers' own words: lists,
// where the figures are counts.
class DashboardDrillDown
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardDrillDown)

public:
    explicit DashboardDrillDown(Database &db);

    Result<QList<DrillCase>> cases(const DashboardFilter &filter, const SqlCondition &caseFilter, const DrillDown &part,
                                   int limit);
    Result<QList<Verbatim>> verbatims(const DashboardFilter &filter, const SqlCondition &caseFilter,
                                      std::optional<qint64> reasonId, std::optional<qint64> categoryId,
                                      const QString &text, int limit);

private:
    // The part's own narrowing, added to `where`.
    static void narrow(const DrillDown &part, SqlCondition &where);
    static void narrowToReason(std::optional<qint64> reasonId, std::optional<qint64> categoryId, SqlCondition &where);

    Database &m_db;
    DashboardSql m_sql;
};

} // namespace fairwell
