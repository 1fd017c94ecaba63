// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardqueryrunner.h"

#include "storage/database.h"
#include "storage/sqlstatements.h"

#include <QElapsedTimer>

namespace fairwell {

DashboardQueryRunner::DashboardQueryRunner(Database &db, const DashboardService::QueryTimer &timer)
    : m_db(db)
    , m_sql(db.dialect())
    , m_timer(timer)
{
}

QString DashboardQueryRunner::alphabetical(const QString &column) const
{
    return m_db.alphabetical(column);
}

Status DashboardQueryRunner::run(const QString &name, const QString &statement, const QVariantList &values,
                                 const std::function<void(const QSqlQuery &row)> &readRow)
{
    QElapsedTimer timer;
    timer.start();
    auto query = m_db.exec(statement, values);
    if (!query)
        return fail(query.error());
    while (query->next())
        readRow(*query);
    if (m_timer)
        m_timer(name, timer.nsecsElapsed() / 1e6, inlineSqlValues(statement, values));
    return {};
}

} // namespace fairwell
