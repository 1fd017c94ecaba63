// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboarddrilldown.h"

#include "domain/enumnames.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace fairwell {

DashboardDrillDown::DashboardDrillDown(Database &db)
    : m_db(db)
    , m_sql(db.dialect())
{
}

void DashboardDrillDown::narrowToReason(std::optional<qint64> reasonId, std::optional<qint64> categoryId,
                                        SqlCondition &where)
{
    // 0 stands for "no reason recorded" (no feedback, or none chosen).
    if (reasonId) {
        if (*reasonId == 0)
            where.add(QStringLiteral("f.primary_reason_id IS NULL"));
        else
            where.add(QStringLiteral("f.primary_reason_id = ?"), {*reasonId});
    }
    if (categoryId) {
        if (*categoryId == 0)
            where.add(QStringLiteral("f.primary_reason_id IS NULL"));
        else
            where.add(QStringLiteral("r.category_id = ?"), {*categoryId});
    }
}

void DashboardDrillDown::narrow(const DrillDown &part, SqlCondition &where)
{
    if (part.outcome)
        where.add(QStringLiteral("c.outcome = ?"), {toString(*part.outcome)});
    narrowToReason(part.reasonId, part.categoryId, where);
    if (!part.segment.isEmpty())
        where.add(QStringLiteral("c.queue_segment_rank = ?"), {DashboardSql::segmentRank(part.segment)});
    if (!part.plan.isEmpty())
        where.add(QStringLiteral("c.queue_plan = ?"), {part.plan});
    if (part.ownerSet) {
        if (part.ownerId)
            where.add(QStringLiteral("c.owner_id = ?"), {*part.ownerId});
        else
            where.add(QStringLiteral("c.owner_id IS NULL"));
    }
    if (part.satisfaction)
        where.add(QStringLiteral("f.satisfaction = ?"), {*part.satisfaction});
}

Result<QList<DrillCase>> DashboardDrillDown::cases(const DashboardFilter &filter, const SqlCondition &caseFilter,
                                                   const DrillDown &part, int limit)
{
    SqlCondition where;
    QString order;
    const QDate from = part.from.isValid() ? std::max(part.from, filter.from) : filter.from;
    const QDate to = part.to.isValid() ? std::min(part.to, filter.to) : filter.to;
    switch (part.cases) {
    case DrillDown::Cases::ClosedInRange:
        where.add(QStringLiteral("c.closed_on BETWEEN ? AND ?"), {sqlDate(from), sqlDate(to)});
        order = QStringLiteral("c.closed_on DESC, c.id DESC");
        break;
    case DrillDown::Cases::OpenedInRange:
        where.add(QStringLiteral("c.opened_on BETWEEN ? AND ?"), {sqlDate(from), sqlDate(to)});
        order = QStringLiteral("c.opened_on DESC, c.id DESC");
        break;
    case DrillDown::Cases::OpenNow:
        where.add(QStringLiteral("c.status = ?"), {QStringLiteral("open")});
        order = QStringLiteral("c.opened_on, c.id");
        break;
    }
    where.clauses.append(caseFilter.clauses);
    where.values.append(caseFilter.values);
    narrow(part, where);
    const QString sql = QStringLiteral(
        "SELECT c.id, a.name, a.segment, a.plan, u.display_name, c.opened_on, c.closed_on, c.outcome, r.name, "
        "c.mrr_lost_minor, c.currency FROM cases c JOIN accounts a ON a.id = c.account_id "
        "LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN exit_feedback f ON f.case_id = c.id "
        "LEFT JOIN exit_reasons r ON r.id = f.primary_reason_id WHERE %1 ORDER BY %2 LIMIT ?")
                            .arg(where.clauses.join(QLatin1String(" AND ")), order);
    QVariantList values = where.values;
    values.append(std::max(0, limit));
    auto query = m_db.exec(sql, values);
    if (!query)
        return fail(query.error());
    QList<DrillCase> cases;
    while (query->next()) {
        DrillCase drill;
        drill.caseId = query->value(0).toLongLong();
        drill.accountName = query->value(1).toString();
        drill.segment = query->value(2).toString();
        drill.plan = query->value(3).toString();
        drill.ownerName = query->value(4).toString();
        drill.openedOn = dateFromSql(query->value(5));
        drill.closedOn = dateFromSql(query->value(6));
        drill.outcome = fromString<CaseOutcome>(query->value(7).toString());
        drill.reasonName = query->value(8).toString();
        drill.mrrLostMinor = query->value(9).toLongLong();
        drill.currency = query->value(10).toString();
        cases.append(drill);
    }
    return cases;
}

Result<QList<Verbatim>> DashboardDrillDown::verbatims(const DashboardFilter &filter, const SqlCondition &caseFilter,
                                                      std::optional<qint64> reasonId, std::optional<qint64> categoryId,
                                                      const QString &text, int limit)
{
    SqlCondition where;
    where.add(QStringLiteral("c.closed_on BETWEEN ? AND ?"), {sqlDate(filter.from), sqlDate(filter.to)});
    where.add(QStringLiteral("f.verbatim <> ''"));
    where.clauses.append(caseFilter.clauses);
    where.values.append(caseFilter.values);
    narrowToReason(reasonId, categoryId, where);
    if (!text.isEmpty())
        where.add(m_sql.contains(QStringLiteral("f.verbatim")), {text});
    const QString sql = QStringLiteral(
        "SELECT c.id, a.name, c.closed_on, r.name, f.satisfaction, f.verbatim FROM cases c "
        "JOIN exit_feedback f ON f.case_id = c.id JOIN accounts a ON a.id = c.account_id "
        "LEFT JOIN exit_reasons r ON r.id = f.primary_reason_id WHERE %1 ORDER BY c.closed_on DESC, c.id DESC LIMIT ?")
                            .arg(where.clauses.join(QLatin1String(" AND ")));
    QVariantList values = where.values;
    values.append(std::max(0, limit));
    auto query = m_db.exec(sql, values);
    if (!query)
        return fail(query.error());
    QList<Verbatim> words;
    while (query->next()) {
        Verbatim verbatim;
        verbatim.caseId = query->value(0).toLongLong();
        verbatim.accountName = query->value(1).toString();
        verbatim.closedOn = dateFromSql(query->value(2));
        verbatim.reasonName = query->value(3).toString();
        if (!query->value(4).isNull())
            verbatim.satisfaction = query->value(4).toInt();
        verbatim.text = query->value(5).toString();
        words.append(verbatim);
    }
    return words;
}

} // namespace fairwell
