// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardreasonqueries.h"

#include "services/queuequery.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace fairwell {

namespace {

const QString churned = QStringLiteral("churned");

// Most cases first; among equals by category and reason name, "no reason"
// last, so the order never depends on the engine.
bool reasonBefore(const ReasonSlice &a, const ReasonSlice &b)
{
    if (a.cases != b.cases)
        return a.cases > b.cases;
    if ((a.reasonId == 0) != (b.reasonId == 0))
        return b.reasonId == 0;
    if (a.categoryName != b.categoryName)
        return a.categoryName < b.categoryName;
    return a.reasonName < b.reasonName;
}

} // namespace

DashboardReasonQueries::DashboardReasonQueries(const DashboardQueryScope &scope)
    : m_scope(scope)
{
}

Status DashboardReasonQueries::primaryReasons(QList<ReasonSlice> &slices)
{
    // Grouped by reason id and currency first, names joined to the few
    // groups after.
    const QString sql = QStringLiteral(
        "SELECT coalesce(g.reason_id, 0), r.name, coalesce(k.id, 0), k.name, r.active, k.active, g.currency, "
        "g.cases, g.mrr FROM (SELECT f.primary_reason_id AS reason_id, c.currency AS currency, count(*) AS cases, "
        "sum(c.mrr_lost_minor) AS mrr FROM cases c LEFT JOIN exit_feedback f ON f.case_id = c.id "
        "WHERE c.closed_on BETWEEN ? AND ? AND c.outcome = ?%1 GROUP BY f.primary_reason_id, c.currency) g "
        "LEFT JOIN exit_reasons r ON r.id = g.reason_id LEFT JOIN reason_categories k ON k.id = r.category_id")
                            .arg(m_scope.cases.andClauses());
    const QVariantList values = m_scope.rangeValues({churned});
    QMap<qint64, ReasonSlice> byReason;
    Status status = m_scope.runner.run(QStringLiteral("exit reasons"), sql, values, [&](const QSqlQuery &row) {
        const qint64 reasonId = row.value(0).toLongLong();
        ReasonSlice &slice = byReason[reasonId];
        slice.reasonId = reasonId;
        slice.reasonName = row.value(1).toString();
        slice.categoryId = row.value(2).toLongLong();
        slice.categoryName = row.value(3).toString();
        slice.archived = reasonId != 0 && (!row.value(4).toBool() || !row.value(5).toBool());
        slice.cases += row.value(7).toInt();
        if (const qint64 mrr = row.value(8).toLongLong(); mrr != 0)
            slice.mrrLost[row.value(6).toString()] += mrr;
    });
    if (!status)
        return status;
    slices = byReason.values();
    std::sort(slices.begin(), slices.end(), reasonBefore);
    return {};
}

Status DashboardReasonQueries::secondaryReasons(QList<SecondaryReasonCount> &counts)
{
    // A secondary reason equal to the primary one is not counted twice.
    const QString sql = QStringLiteral(
        "SELECT r.id, r.name, k.name, r.active, k.active, g.cases FROM (SELECT fr.reason_id AS reason_id, "
        "count(*) AS cases FROM cases c JOIN exit_feedback f ON f.case_id = c.id "
        "JOIN exit_feedback_reasons fr ON fr.feedback_id = f.id "
        "WHERE c.closed_on BETWEEN ? AND ? AND c.outcome = ?%1 "
        "AND (f.primary_reason_id IS NULL OR fr.reason_id <> f.primary_reason_id) GROUP BY fr.reason_id) g "
        "JOIN exit_reasons r ON r.id = g.reason_id JOIN reason_categories k ON k.id = r.category_id "
        "ORDER BY g.cases DESC, %2, r.id")
                            .arg(m_scope.cases.andClauses(), m_scope.runner.alphabetical(QStringLiteral("r.name")));
    const QVariantList values = m_scope.rangeValues({churned});
    counts.clear();
    return m_scope.runner.run(QStringLiteral("secondary reasons"), sql, values, [&](const QSqlQuery &row) {
        SecondaryReasonCount count;
        count.reasonId = row.value(0).toLongLong();
        count.reasonName = row.value(1).toString();
        count.categoryName = row.value(2).toString();
        count.archived = !row.value(3).toBool() || !row.value(4).toBool();
        count.cases = row.value(5).toInt();
        counts.append(count);
    });
}

Status DashboardReasonQueries::reasonsBySegment(QList<GroupReasonCount> &counts)
{
    return reasonsByGroup(QStringLiteral("reasons by segment"), QStringLiteral("c.queue_segment_rank"), counts,
                          [](const QVariant &rank) { return QueueQuery::segmentKeys().value(rank.toInt() - 1); });
}

Status DashboardReasonQueries::reasonsByPlan(QList<GroupReasonCount> &counts)
{
    return reasonsByGroup(QStringLiteral("reasons by plan"), QStringLiteral("c.queue_plan"), counts,
                          [](const QVariant &plan) { return plan.toString(); });
}

Status DashboardReasonQueries::reasonsByGroup(const QString &name, const QString &groupColumn,
                                              QList<GroupReasonCount> &counts,
                                              const std::function<QString(const QVariant &)> &groupName)
{
    const QString sql = QStringLiteral(
        "SELECT g.grp, coalesce(k.id, 0), k.name, g.cases FROM (SELECT %1 AS grp, r.category_id AS category_id, "
        "count(*) AS cases FROM cases c LEFT JOIN exit_feedback f ON f.case_id = c.id "
        "LEFT JOIN exit_reasons r ON r.id = f.primary_reason_id "
        "WHERE c.closed_on BETWEEN ? AND ? AND c.outcome = ?%2 GROUP BY %1, r.category_id) g "
        "LEFT JOIN reason_categories k ON k.id = g.category_id ORDER BY g.grp, g.cases DESC, %3, g.category_id")
                            .arg(groupColumn, m_scope.cases.andClauses(), m_scope.runner.alphabetical(QStringLiteral("k.name")));
    const QVariantList values = m_scope.rangeValues({churned});
    counts.clear();
    return m_scope.runner.run(name, sql, values, [&](const QSqlQuery &row) {
        GroupReasonCount count;
        count.group = groupName(row.value(0));
        count.categoryId = row.value(1).toLongLong();
        count.categoryName = row.value(2).toString();
        count.cases = row.value(3).toInt();
        counts.append(count);
    });
}

} // namespace fairwell
