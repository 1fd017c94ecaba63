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

// The counts by group and category as a list: groups in `order` (else
// alphabetical), most cases first within a group, then by category name.
QList<GroupReasonCount> groupCounts(const QMap<std::pair<QString, qint64>, int> &counts,
                                    const QMap<qint64, QString> &categories, const QStringList &order)
{
    QList<GroupReasonCount> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key().first, it.key().second, categories.value(it.key().second), it.value()});
    std::sort(list.begin(), list.end(), [&order](const GroupReasonCount &a, const GroupReasonCount &b) {
        if (a.group != b.group) {
            if (!order.isEmpty())
                return order.indexOf(a.group) < order.indexOf(b.group);
            return a.group < b.group;
        }
        if (a.cases != b.cases)
            return a.cases > b.cases;
        if ((a.categoryId == 0) != (b.categoryId == 0))
            return b.categoryId == 0;
        return a.categoryName < b.categoryName;
    });
    return list;
}

} // namespace

DashboardReasonQueries::DashboardReasonQueries(const DashboardQueryScope &scope)
    : m_scope(scope)
{
}

Status DashboardReasonQueries::primaryReasons(QList<ReasonSlice> &slices, QList<GroupReasonCount> &bySegment,
                                              QList<GroupReasonCount> &byPlan)
{
    // Grouped by ids first, names joined to the few groups after.
    const QString sql = QStringLiteral(
        "SELECT coalesce(g.reason_id, 0), r.name, coalesce(k.id, 0), k.name, r.active, k.active, g.currency, "
        "g.segment_rank, g.plan, g.cases, g.mrr FROM (SELECT f.primary_reason_id AS reason_id, c.currency AS currency, "
        "c.queue_segment_rank AS segment_rank, c.queue_plan AS plan, count(*) AS cases, "
        "sum(c.mrr_lost_minor) AS mrr FROM cases c LEFT JOIN exit_feedback f ON f.case_id = c.id "
        "WHERE c.closed_on BETWEEN ? AND ? AND c.outcome = ?%1 "
        "GROUP BY f.primary_reason_id, c.currency, c.queue_segment_rank, c.queue_plan) g "
        "LEFT JOIN exit_reasons r ON r.id = g.reason_id LEFT JOIN reason_categories k ON k.id = r.category_id")
                            .arg(m_scope.cases.andClauses());
    QMap<qint64, ReasonSlice> byReason;
    // (group, category) → count, and each category's name.
    QMap<std::pair<QString, qint64>, int> segments, plans;
    QMap<qint64, QString> categories;
    Status status = m_scope.runner.run(QStringLiteral("exit reasons"), sql, m_scope.rangeValues({churned}),
                                       [&](const QSqlQuery &row) {
        const qint64 reasonId = row.value(0).toLongLong();
        const qint64 categoryId = row.value(2).toLongLong();
        const int cases = row.value(9).toInt();
        ReasonSlice &slice = byReason[reasonId];
        slice.reasonId = reasonId;
        slice.reasonName = row.value(1).toString();
        slice.categoryId = categoryId;
        slice.categoryName = row.value(3).toString();
        slice.archived = reasonId != 0 && (!row.value(4).toBool() || !row.value(5).toBool());
        slice.cases += cases;
        if (const qint64 mrr = row.value(10).toLongLong(); mrr != 0)
            slice.mrrLost[row.value(6).toString()] += mrr;
        categories[categoryId] = slice.categoryName;
        segments[{QueueQuery::segmentKeys().value(row.value(7).toInt() - 1), categoryId}] += cases;
        plans[{row.value(8).toString(), categoryId}] += cases;
    });
    if (!status)
        return status;
    slices = byReason.values();
    std::sort(slices.begin(), slices.end(), reasonBefore);
    bySegment = groupCounts(segments, categories, QueueQuery::segmentKeys());
    byPlan = groupCounts(plans, categories, {});
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

} // namespace fairwell
