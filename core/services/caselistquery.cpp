// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistquery.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace fairwell {

namespace {

// ORDER BY expressions, one per column, from this fixed list only: nothing
// the user typed ever reaches the SQL text. `nullable` columns put their
// NULLs last in both directions (SQLite and PostgreSQL disagree on the
// default, so it is always spelled out).
struct SortKey
{
    QLatin1String expression;
    bool nullable;
};

SortKey sortKey(CaseListColumn column)
{
    switch (column) {
    case CaseListColumn::Account:
        return {QLatin1String("accounts.name"), false};
    case CaseListColumn::ExternalId:
        return {QLatin1String("accounts.external_id"), false};
    case CaseListColumn::Segment:
        // By size, not by the spelling of the key.
        return {QLatin1String("CASE accounts.segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END"), false};
    case CaseListColumn::Plan:
        return {QLatin1String("accounts.plan"), false};
    case CaseListColumn::Mrr:
        return {QLatin1String("accounts.mrr_minor"), false};
    case CaseListColumn::Owner:
        return {QLatin1String("users.display_name"), true};
    case CaseListColumn::Status:
        return {QLatin1String("cases.status"), false};
    case CaseListColumn::Opened:
        return {QLatin1String("cases.opened_on"), false};
    case CaseListColumn::Effective:
        return {QLatin1String("cases.effective_on"), true};
    case CaseListColumn::Outcome:
        return {QLatin1String("cases.outcome"), true};
    }
    return {QLatin1String("cases.opened_on"), false};
}

QString statusKey(CaseListFilter::Status status)
{
    return status == CaseListFilter::Status::Open ? QStringLiteral("open") : QStringLiteral("closed");
}

} // namespace

CaseListQuery::CaseListQuery(Database &db)
    : m_db(db)
{
}

QString CaseListQuery::likePattern(const QString &text)
{
    QString escaped;
    const QString trimmed = text.trimmed();
    escaped.reserve(trimmed.size() + 8);
    for (const QChar c : trimmed) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

void CaseListQuery::appendWhere(const CaseListFilter &filter, QString &sql, QVariantList &values) const
{
    QStringList conditions;
    if (filter.status != CaseListFilter::Status::Any) {
        conditions << QStringLiteral("cases.status = ?");
        values << statusKey(filter.status);
    }
    if (filter.ownerId != 0) {
        conditions << QStringLiteral("cases.owner_id = ?");
        values << filter.ownerId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's
        // does not, and ILIKE is PostgreSQL only.
        conditions << QStringLiteral("(lower(accounts.name) LIKE lower(?) ESCAPE '\\' "
                                     "OR lower(accounts.external_id) LIKE lower(?) ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        values << pattern << pattern;
    }
    if (filter.winbackPlannedOnly) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM winback_checkins "
                                     "WHERE winback_checkins.case_id = cases.id AND winback_checkins.status = ?)");
        values << QStringLiteral("planned");
    }
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Result<qint64> CaseListQuery::count(const CaseListFilter &filter)
{
    // The accounts join is only needed to match the search text.
    QString sql = QStringLiteral("SELECT count(*) FROM cases");
    if (!filter.text.trimmed().isEmpty())
        sql += QLatin1String(" JOIN accounts ON accounts.id = cases.account_id");
    QVariantList values;
    appendWhere(filter, sql, values);
    auto query = m_db.exec(sql, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::QueryFailed, tr("Could not count the cases."), m_db.spec().displayName());
    return query->value(0).toLongLong();
}

Result<QList<CaseListRow>> CaseListQuery::page(const CaseListFilter &filter, CaseListColumn sortColumn,
                                               Qt::SortOrder order, int offset, int limit)
{
    if (offset < 0 || limit < 0)
        return fail(ErrorCode::InvalidInput, tr("A page of the case list cannot start or end before its first row."));

    QString sql = QStringLiteral(
        "SELECT cases.id, accounts.name, accounts.external_id, accounts.segment, accounts.plan, "
        "accounts.mrr_minor, accounts.currency, users.display_name, cases.status, cases.opened_on, "
        "cases.effective_on, cases.closed_on, cases.outcome "
        "FROM cases "
        "JOIN accounts ON accounts.id = cases.account_id "
        "LEFT JOIN users ON users.id = cases.owner_id");
    QVariantList values;
    appendWhere(filter, sql, values);

    const SortKey key = sortKey(sortColumn);
    const QLatin1String direction = order == Qt::AscendingOrder ? QLatin1String(" ASC") : QLatin1String(" DESC");
    // cases.id breaks ties, so pages never overlap or skip rows between
    // equal values.
    sql += QLatin1String(" ORDER BY ") + key.expression + direction
           + (key.nullable ? QLatin1String(" NULLS LAST") : QLatin1String())
           + QLatin1String(", cases.id") + direction + QLatin1String(" LIMIT ? OFFSET ?");
    values << limit << offset;

    auto query = m_db.exec(sql, values);
    if (!query)
        return fail(query.error());
    QList<CaseListRow> rows;
    rows.reserve(limit);
    while (query->next()) {
        CaseListRow row;
        row.id = query->value(0).toLongLong();
        row.accountName = query->value(1).toString();
        row.externalId = query->value(2).toString();
        row.segment = query->value(3).toString();
        row.plan = query->value(4).toString();
        row.mrrMinor = query->value(5).toLongLong();
        row.currency = query->value(6).toString();
        row.ownerName = query->value(7).toString();
        row.status = query->value(8).toString();
        row.openedOn = dateFromSql(query->value(9));
        row.effectiveOn = dateFromSql(query->value(10));
        row.closedOn = dateFromSql(query->value(11));
        row.outcome = query->value(12).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<Person>> CaseListQuery::people()
{
    auto query = m_db.exec(
        QStringLiteral("SELECT id, display_name, role FROM users WHERE active = ? ORDER BY ")
            + m_db.alphabetical(QStringLiteral("display_name")) + QStringLiteral(", id"),
        {true});
    if (!query)
        return fail(query.error());
    QList<Person> result;
    while (query->next())
        result.append(Person{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return result;
}

} // namespace fairwell
