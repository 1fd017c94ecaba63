// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardsql.h"

#include "services/queuequery.h"
#include "storage/database.h"

namespace fairwell {

void SqlCondition::add(const QString &clause, const QVariantList &clauseValues)
{
    clauses.append(clause);
    values.append(clauseValues);
}

QString SqlCondition::andClauses() const
{
    QString sql;
    for (const QString &clause : clauses)
        sql += QLatin1String(" AND ") + clause;
    return sql;
}

DashboardSql::DashboardSql(SqlDialect dialect)
    : m_dialect(dialect)
{
}

QString DashboardSql::bucket(TimeBucket bucket, const QString &dateColumn) const
{
    const bool pg = m_dialect == SqlDialect::Postgres;
    switch (bucket) {
    case TimeBucket::Day:
        return dateColumn;
    case TimeBucket::Week:
        // Back to Monday: SQLite's %w counts from Sunday = 0.
        return pg ? QStringLiteral("CAST(date_trunc('week', CAST(%1 AS TIMESTAMP)) AS DATE)").arg(dateColumn)
                  : QStringLiteral("date(%1, '-' || ((CAST(strftime('%w', %1) AS INTEGER) + 6) % 7) || ' days')")
                        .arg(dateColumn);
    case TimeBucket::Month:
        return pg ? QStringLiteral("CAST(date_trunc('month', CAST(%1 AS TIMESTAMP)) AS DATE)").arg(dateColumn)
                  : QStringLiteral("substr(%1, 1, 7) || '-01'").arg(dateColumn);
    case TimeBucket::Year:
        return pg ? QStringLiteral("CAST(date_trunc('year', CAST(%1 AS TIMESTAMP)) AS DATE)").arg(dateColumn)
                  : QStringLiteral("substr(%1, 1, 4) || '-01-01'").arg(dateColumn);
    }
    return dateColumn;
}

QString DashboardSql::daysBetween(const QString &fromColumn, const QString &toColumn) const
{
    if (m_dialect == SqlDialect::Postgres)
        return QStringLiteral("(%2 - %1)").arg(fromColumn, toColumn);
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(fromColumn, toColumn);
}

QString DashboardSql::dateOf(const QString &instantColumn) const
{
    if (m_dialect == SqlDialect::Postgres)
        return QStringLiteral("CAST(%1 AT TIME ZONE 'UTC' AS DATE)").arg(instantColumn);
    return QStringLiteral("date(%1)").arg(instantColumn);
}

QString DashboardSql::contains(const QString &column) const
{
    if (m_dialect == SqlDialect::Postgres)
        return QStringLiteral("strpos(lower(%1), lower(?)) > 0").arg(column);
    return QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(column);
}

int DashboardSql::segmentRank(const QString &segment)
{
    return int(QueueQuery::segmentKeys().indexOf(segment) + 1);
}

Result<SqlCondition> DashboardSql::caseFilter(const DashboardFilter &filter)
{
    if (!filter.from.isValid() || !filter.to.isValid())
        return fail(ErrorCode::InvalidInput, tr("Choose the first and the last day of the range."));
    if (filter.from > filter.to)
        return fail(ErrorCode::InvalidInput, tr("The range starts on %1, after its end on %2.")
                                                 .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    SqlCondition condition;
    if (!filter.segment.isEmpty()) {
        const int rank = segmentRank(filter.segment);
        if (rank == 0)
            return fail(ErrorCode::InvalidInput, tr("There is no segment “%1”.").arg(filter.segment));
        condition.add(QStringLiteral("c.queue_segment_rank = ?"), {rank});
    }
    if (!filter.plan.isEmpty())
        condition.add(QStringLiteral("c.queue_plan = ?"), {filter.plan});
    if (filter.ownerId)
        condition.add(QStringLiteral("c.owner_id = ?"), {*filter.ownerId});
    return condition;
}

} // namespace fairwell
