// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardtrendqueries.h"

#include "domain/enumnames.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace fairwell {

DashboardTrendQueries::DashboardTrendQueries(const DashboardQueryScope &scope)
    : m_scope(scope)
{
}

Status DashboardTrendQueries::trend(QList<TrendBucket> &buckets, OutcomeCounts &outcomes)
{
    QMap<QDate, TrendBucket> byStart;
    for (QDate start = bucketStart(m_scope.bucket, m_scope.filter.from); start <= m_scope.filter.to;
         start = nextBucket(m_scope.bucket, start))
        byStart[start].start = start;
    outcomes = {};
    if (Status status = closed(byStart, outcomes); !status)
        return status;
    if (Status status = opened(byStart); !status)
        return status;
    buckets = byStart.values();
    return {};
}

Status DashboardTrendQueries::closed(QMap<QDate, TrendBucket> &buckets, OutcomeCounts &outcomes)
{
    const QString sql = QStringLiteral("SELECT %1, c.outcome, c.currency, count(*), sum(c.mrr_lost_minor) "
                                       "FROM cases c WHERE c.closed_on BETWEEN ? AND ?%2 GROUP BY 1, 2, 3")
                            .arg(m_scope.runner.sql().bucket(m_scope.bucket, QStringLiteral("c.closed_on")),
                                 m_scope.cases.andClauses());
    return m_scope.runner.run(QStringLiteral("closed by bucket"), sql, m_scope.rangeValues(), [&](const QSqlQuery &row) {
        const QDate start = dateFromSql(row.value(0));
        const std::optional<CaseOutcome> outcome = fromString<CaseOutcome>(row.value(1).toString());
        if (!buckets.contains(start) || !outcome)
            return; // cannot happen with the range's buckets and the schema's outcomes
        TrendBucket &bucket = buckets[start];
        const int cases = row.value(3).toInt();
        bucket.closed.byOutcome[size_t(*outcome)] += cases;
        outcomes.byOutcome[size_t(*outcome)] += cases;
        if (const qint64 mrr = row.value(4).toLongLong(); mrr != 0)
            bucket.mrrLost[row.value(2).toString()] += mrr;
    });
}

Status DashboardTrendQueries::opened(QMap<QDate, TrendBucket> &buckets)
{
    const QString sql = QStringLiteral("SELECT %1, count(*) FROM cases c WHERE c.opened_on BETWEEN ? AND ?%2 GROUP BY 1")
                            .arg(m_scope.runner.sql().bucket(m_scope.bucket, QStringLiteral("c.opened_on")),
                                 m_scope.cases.andClauses());
    return m_scope.runner.run(QStringLiteral("opened by bucket"), sql, m_scope.rangeValues(), [&](const QSqlQuery &row) {
        const QDate start = dateFromSql(row.value(0));
        if (buckets.contains(start))
            buckets[start].opened = row.value(1).toInt();
    });
}

} // namespace fairwell
