// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardservice.h"

#include "dashboards/dashboarddrilldown.h"
#include "dashboards/dashboardreasonqueries.h"
#include "dashboards/dashboardteamqueries.h"
#include "dashboards/dashboardtrendqueries.h"
#include "services/queuequery.h"
#include "session/servicecontext.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace fairwell {

DashboardService::DashboardService(ServiceContext &context)
    : m_context(context)
{
}

Result<DashboardData> DashboardService::load(const DashboardFilter &filter, const QDate &today)
{
    auto cases = DashboardSql::caseFilter(filter);
    if (!cases)
        return fail(cases.error());
    DashboardData data;
    data.filter = filter;
    data.today = today;
    data.bucket = timeBucketFor(filter.from, filter.to);
    DashboardQueryRunner runner(m_context.db, m_timer);
    const DashboardQueryScope scope{runner, filter, *cases, data.bucket, today};
    DashboardReasonQueries reasons(scope);
    DashboardTrendQueries trend(scope);
    DashboardTeamQueries team(scope);
    // Read one after the other, outside a transaction: a write transaction
    // would hold SQLite's writer lock for the whole load, and a change
    // landing between two of them shows in the next refresh anyway.
    const std::function<Status()> steps[] = {
        [&] { return reasons.primaryReasons(data.reasons, data.reasonsBySegment, data.reasonsByPlan); },
        [&] { return reasons.secondaryReasons(data.secondaryReasons); },
        [&] { return trend.trend(data.trend, data.outcomes); },
        [&] { return team.owners(data.discipline.owners); },
        [&] { return team.firstCall(data.discipline); },
        [&] { return team.timeToClose(data.discipline.daysToClose); },
        [&] { return team.followUpAndSatisfaction(data.discipline, data.satisfaction); },
        [&] { return team.winback(data.winback); },
    };
    for (const auto &step : steps) {
        if (m_context.control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("The dashboards were not loaded: cancelled."));
        if (Status done = step(); !done)
            return fail(done.error());
    }
    return data;
}

Result<QList<DrillCase>> DashboardService::drillDown(const DashboardFilter &filter, const DrillDown &part,
                                                     const QDate &today, int limit)
{
    auto cases = DashboardSql::caseFilter(filter);
    if (!cases)
        return fail(cases.error());
    Q_UNUSED(today) // open cases are open now; the contract keeps the day for later parts
    return DashboardDrillDown(m_context.db).cases(filter, *cases, part, limit);
}

Result<QList<Verbatim>> DashboardService::verbatims(const DashboardFilter &filter, std::optional<qint64> reasonId,
                                                    std::optional<qint64> categoryId, const QString &text, int limit)
{
    auto cases = DashboardSql::caseFilter(filter);
    if (!cases)
        return fail(cases.error());
    return DashboardDrillDown(m_context.db).verbatims(filter, *cases, reasonId, categoryId, text.trimmed(), limit);
}

Result<DashboardChoices> DashboardService::choices()
{
    DashboardChoices choices;
    auto facets = QueueQuery(m_context.db, m_context.actor.userId).facets();
    if (!facets)
        return fail(facets.error());
    choices.plans = facets->plans;
    const QString owners = QStringLiteral("SELECT u.id, u.display_name FROM users u "
                                          "WHERE EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = u.id) ORDER BY ")
                           + m_context.db.alphabetical(QStringLiteral("u.display_name")) + QStringLiteral(", u.id");
    auto query = m_context.db.exec(owners);
    if (!query)
        return fail(query.error());
    while (query->next())
        choices.owners.append(DashboardChoices::Owner{query->value(0).toLongLong(), query->value(1).toString()});
    return choices;
}

} // namespace fairwell
