// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardservice.h"
#include "dashboards/dashboardsql.h"

#include <QSqlQuery>

#include <functional>

namespace fairwell {

class Database;

// Runs the dashboards' named aggregate queries on one connection: each
// statement with its values bound, every row handed to a reader, the time
// of both reported to the benchmark's timer.
class DashboardQueryRunner
{
public:
    DashboardQueryRunner(Database &db, const DashboardService::QueryTimer &timer);

    const DashboardSql &sql() const { return m_sql; }
    // A name column sorted the same on both engines (Database::alphabetical).
    QString alphabetical(const QString &column) const;

    Status run(const QString &name, const QString &statement, const QVariantList &values,
               const std::function<void(const QSqlQuery &row)> &readRow);

private:
    Database &m_db;
    DashboardSql m_sql;
    const DashboardService::QueryTimer &m_timer;
};

} // namespace fairwell
