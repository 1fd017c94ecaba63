// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/queuequery.h"

#include "services/queuetext.h"
#include "services/sqlitesearchplan.h"
#include "storage/database.h"
#include "storage/sqlstatements.h"

#include <QSet>

#include <algorithm>

namespace fairwell {

namespace {

// The column each sort reads, from this fixed list only: nothing typed
// reaches the SQL text. Each has an index (status, key, id) of migration 5.
// `nullable` keys put their NULLs last in both directions; those rows are
// read as a second part, in case id order.
struct SortKey
{
    QLatin1String column;
    bool nullable;
};

SortKey sortKey(QueueColumn column)
{
    switch (column) {
    case QueueColumn::Account:
        return {QLatin1String("cases.queue_account"), false};
    case QueueColumn::Segment:
        return {QLatin1String("cases.queue_segment_rank"), false};
    case QueueColumn::Plan:
        return {QLatin1String("cases.queue_plan"), false};
    case QueueColumn::Mrr:
        return {QLatin1String("cases.queue_mrr_minor"), false};
    case QueueColumn::Owner:
        return {QLatin1String("cases.queue_owner"), true};
    case QueueColumn::Opened:
        return {QLatin1String("cases.opened_on"), false};
    case QueueColumn::Effective:
        return {QLatin1String("cases.effective_on"), true};
    case QueueColumn::DaysOpen:
        return {QLatin1String("cases.queue_days"), false};
    case QueueColumn::NextTask:
        return {QLatin1String("cases.queue_next_title"), true};
    case QueueColumn::NextDue:
        return {QLatin1String("cases.queue_next_due"), true};
    case QueueColumn::Progress:
        return {QLatin1String("cases.queue_progress"), false};
    case QueueColumn::Outcome:
        return {QLatin1String("cases.outcome"), true};
    case QueueColumn::Closed:
        return {QLatin1String("cases.closed_on"), true};
    }
    return {QLatin1String("cases.opened_on"), false};
}

const QLatin1String rowColumns(
    "cases.id, cases.account_id, accounts.name, accounts.external_id, accounts.segment, accounts.plan, "
    "accounts.mrr_minor, accounts.currency, cases.owner_id, cases.queue_owner, cases.status, cases.opened_on, "
    "cases.effective_on, cases.closed_on, cases.outcome, cases.queue_next_title, cases.queue_next_due, "
    "cases.queue_tasks_done, cases.queue_tasks_total");

QDate effectiveToday(const QDate &today)
{
    return today.isValid() ? today : QDate::currentDate();
}

QueueRow rowFrom(const QSqlQuery &query, const QDate &today)
{
    QueueRow row;
    row.caseId = query.value(0).toLongLong();
    row.accountId = query.value(1).toLongLong();
    row.accountName = query.value(2).toString();
    row.externalId = query.value(3).toString();
    row.segment = query.value(4).toString();
    row.plan = query.value(5).toString();
    row.mrrMinor = query.value(6).toLongLong();
    row.currency = query.value(7).toString();
    row.ownerId = query.value(8).toLongLong();
    row.ownerName = query.value(9).toString();
    row.status = query.value(10).toString();
    row.openedOn = dateFromSql(query.value(11));
    row.effectiveOn = dateFromSql(query.value(12));
    row.closedOn = dateFromSql(query.value(13));
    row.outcome = query.value(14).toString();
    row.nextTaskTitle = query.value(15).toString();
    row.nextTaskDueOn = dateFromSql(query.value(16));
    row.tasksDone = query.value(17).toInt();
    row.tasksTotal = query.value(18).toInt();
    row.overdue = row.nextTaskDueOn.isValid() && row.nextTaskDueOn < today;
    const QDate until = row.closedOn.isValid() ? row.closedOn : today;
    row.daysOpen = row.openedOn.isValid() ? int(row.openedOn.daysTo(until)) : 0;
    return row;
}

} // namespace

Result<QSqlQuery> QueueQuery::exec(const QString &sql, const QVariantList &values)
{
    if (m_log)
        m_log->append(inlineSqlValues(sql, values));
    return m_db.exec(sql, values);
}

QueueQuery::QueueQuery(Database &db, qint64 actorId)
    : m_db(db)
    , m_actorId(actorId)
{
}

QStringList QueueQuery::segmentKeys()
{
    return {QStringLiteral("smb"), QStringLiteral("mid_market"), QStringLiteral("enterprise")};
}

QString QueueQuery::folded(const QString &text) const
{
    // PostgreSQL folds with lower() in the statement itself.
    return m_db.isPostgres() ? text : QueueText::foldForSqlite(text);
}

Result<QueueQuery::Condition> QueueQuery::conditions(const QueueFilter &filter, SqliteSearchPlan::Purpose purpose)
{
    Condition where;
    const QDate today = effectiveToday(filter.today);
    const QString open = QStringLiteral("open");
    switch (filter.view) {
    case QueueView::MyQueue:
        where.clauses << QStringLiteral("cases.status = ?") << QStringLiteral("cases.owner_id = ?");
        where.values << open << m_actorId;
        break;
    case QueueView::DueOrOverdue:
        // The next task is the open one due first: it is due by today
        // exactly when some open task is.
        where.clauses << QStringLiteral("cases.status = ?") << QStringLiteral("cases.queue_next_due <= ?");
        where.values << open << sqlDate(today);
        break;
    case QueueView::ClosingThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        where.clauses << QStringLiteral("cases.status = ?")
                      << QStringLiteral("cases.effective_on >= ?") << QStringLiteral("cases.effective_on <= ?");
        where.values << open << sqlDate(monday) << sqlDate(monday.addDays(6));
        break;
    }
    case QueueView::Unassigned:
        where.clauses << QStringLiteral("cases.status = ?") << QStringLiteral("cases.owner_id IS NULL");
        where.values << open;
        break;
    case QueueView::AllOpen:
        where.clauses << QStringLiteral("cases.status = ?");
        where.values << open;
        break;
    case QueueView::Closed:
        where.clauses << QStringLiteral("cases.status = ?");
        where.values << QStringLiteral("closed");
        break;
    }
    if (filter.ownerId != 0) {
        where.clauses << QStringLiteral("cases.owner_id = ?");
        where.values << filter.ownerId;
    }
    if (!filter.segment.isEmpty()) {
        const qsizetype rank = segmentKeys().indexOf(filter.segment);
        if (rank < 0)
            where.matchesNothing = true;
        where.clauses << QStringLiteral("cases.queue_segment_rank = ?");
        where.values << int(rank + 1);
    }
    if (!filter.plan.isEmpty()) {
        where.clauses << QStringLiteral("cases.queue_plan = ?");
        where.values << filter.plan;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        if (m_db.isPostgres()) {
            // The trigram index serves three characters or more, the
            // index of the two-character pieces two (the first two of the
            // folded text: folding may lengthen it, and LIKE decides);
            // one character scans the view's cases.
            if (text.toUcs4().size() == 2) {
                where.clauses << QStringLiteral("cases.queue_bigrams @> ARRAY[left(lower(?), 2)]");
                where.values << text;
            }
            where.clauses << QStringLiteral("cases.queue_search LIKE lower(?)");
            where.values << QueueText::likeContains(text);
        } else {
            SqliteSearchPlan plan([this](const QString &sql, const QVariantList &values) { return exec(sql, values); },
                                  m_fewMatches);
            auto clause = plan.clauseFor(folded(text), purpose);
            if (!clause)
                return fail(clause.error());
            if (clause->matchesNothing)
                where.matchesNothing = true;
            else if (!clause->sql.isEmpty()) {
                where.clauses << clause->sql;
                where.values << clause->values;
            }
        }
    }
    return where;
}

Status QueueQuery::fetch(const Condition &where, QueueColumn column, bool ascending, bool nullPart,
                         const QueueCursor *after, int limit, const QDate &today, QList<QueueRow> &rows,
                         QVariantList &keys)
{
    const SortKey key = sortKey(column);
    QStringList clauses = where.clauses;
    QVariantList values = where.values;
    const QLatin1String direction = ascending ? QLatin1String(" ASC") : QLatin1String(" DESC");
    const QLatin1String beyond = ascending ? QLatin1String(" > ") : QLatin1String(" < ");
    QString order;
    if (nullPart) {
        clauses << key.column + QLatin1String(" IS NULL");
        if (after) {
            clauses << QLatin1String("cases.id") + beyond + QLatin1Char('?');
            values << after->caseId;
        }
        // The key is NULL throughout, so this is case id order; spelled
        // with the key it is the order of the sort's index (status, key,
        // id), which PostgreSQL then reads instead of sorting the view.
        order = key.column + direction + QLatin1String(", cases.id") + direction;
    } else {
        if (key.nullable)
            clauses << key.column + QLatin1String(" IS NOT NULL");
        if (after) {
            // A row value: both engines read it as one range of the index.
            clauses << QLatin1Char('(') + key.column + QLatin1String(", cases.id)") + beyond
                           + QLatin1String("(?, ?)");
            values << after->sortValue << after->caseId;
        }
        order = key.column + direction + QLatin1String(", cases.id") + direction;
    }
    const QString filter = clauses.join(QLatin1String(" AND "));
    // PostgreSQL: the page of cases first, then their accounts. Where the
    // planner misjudges a view (its columns are correlated: open cases
    // have no closed_on) and sorts the view's rows, it then joins only the
    // page's rows, not all of them.
    const QString from =
        m_db.isPostgres()
            ? QString(QLatin1String("(SELECT * FROM cases WHERE ") + filter + QLatin1String(" ORDER BY ") + order
                      + QLatin1String(" LIMIT ?) AS cases JOIN accounts ON accounts.id = cases.account_id"))
            : QString(QLatin1String("cases JOIN accounts ON accounts.id = cases.account_id WHERE ") + filter);
    const QString sql = QLatin1String("SELECT ") + rowColumns + QLatin1String(", ") + key.column
                        + QLatin1String(" FROM ") + from + QLatin1String(" ORDER BY ") + order
                        + (m_db.isPostgres() ? QString() : QStringLiteral(" LIMIT ?"));
    values << limit;
    auto query = exec(sql, values);
    if (!query)
        return fail(query.error());
    while (query->next()) {
        rows.append(rowFrom(*query, today));
        keys.append(query->value(19));
    }
    return {};
}

Result<QueuePage> QueueQuery::page(const QueueFilter &filter, QueueColumn column, Qt::SortOrder order,
                                   const QueueCursor &after, int limit)
{
    if (limit < 0)
        return fail(ErrorCode::InvalidInput, tr("A page of the queue cannot hold fewer than no rows."));
    QueuePage page;
    const auto condition = conditions(filter, SqliteSearchPlan::Purpose::Page);
    if (!condition)
        return fail(condition.error());
    const Condition &where = *condition;
    if (where.matchesNothing || limit == 0) {
        page.next = after;
        page.atEnd = where.matchesNothing;
        return page;
    }
    const QDate today = effectiveToday(filter.today);
    const bool ascending = order == Qt::AscendingOrder;
    const bool nullable = sortKey(column).nullable;
    // One row more than asked tells whether any follow.
    const int wanted = limit + 1;
    QList<QueueRow> rows;
    QVariantList keys;
    const bool afterInNullPart = !after.isStart() && nullable && after.sortValue.isNull();
    if (!afterInNullPart) {
        if (auto fetched = fetch(where, column, ascending, false, after.isStart() ? nullptr : &after, wanted, today,
                                 rows, keys);
            !fetched)
            return fail(fetched.error());
    }
    if (nullable && rows.size() < wanted) {
        if (auto fetched = fetch(where, column, ascending, true, afterInNullPart ? &after : nullptr,
                                 wanted - int(rows.size()), today, rows, keys);
            !fetched)
            return fail(fetched.error());
    }
    page.atEnd = rows.size() <= limit;
    if (!page.atEnd) {
        rows.resize(limit);
        keys.resize(limit);
    }
    page.rows = std::move(rows);
    if (page.rows.isEmpty()) {
        page.next = after;
    } else {
        const QVariant last = keys.last();
        page.next.sortValue = last.isNull() ? QVariant() : last;
        page.next.caseId = page.rows.last().caseId;
    }
    return page;
}

Result<qint64> QueueQuery::count(const QueueFilter &filter)
{
    if (!m_db.isPostgres() && isWholeStatus(filter))
        return statusCount(filter.view == QueueView::Closed ? QStringLiteral("closed") : QStringLiteral("open"));
    const auto condition = conditions(filter, SqliteSearchPlan::Purpose::Count);
    if (!condition)
        return fail(condition.error());
    const Condition &where = *condition;
    if (where.matchesNothing)
        return qint64(0);
    auto query = exec(QLatin1String("SELECT count(*) FROM cases WHERE ") + where.clauses.join(QLatin1String(" AND ")),
                           where.values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::QueryFailed, tr("Could not count the cases of the queue."), m_db.spec().displayName());
    return query->value(0).toLongLong();
}

bool QueueQuery::isWholeStatus(const QueueFilter &filter)
{
    return (filter.view == QueueView::AllOpen || filter.view == QueueView::Closed) && filter.ownerId == 0
           && filter.segment.isEmpty() && filter.plan.isEmpty() && filter.text.trimmed().isEmpty();
}

Result<qint64> QueueQuery::statusCount(const QString &status)
{
    auto query = exec(QStringLiteral("SELECT cases FROM queue_status_counts WHERE status = ?"), {status});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QueueCounts> QueueQuery::counts(const QueueFilter &filter)
{
    QueueCounts counts;
    const std::pair<QueueView, qint64 *> views[] = {
        {QueueView::MyQueue, &counts.myQueue},       {QueueView::DueOrOverdue, &counts.dueOrOverdue},
        {QueueView::ClosingThisWeek, &counts.closingThisWeek}, {QueueView::Unassigned, &counts.unassigned},
        {QueueView::AllOpen, &counts.allOpen},       {QueueView::Closed, &counts.closed}};
    for (const auto &[view, target] : views) {
        QueueFilter one = filter;
        one.view = view;
        auto counted = count(one);
        if (!counted)
            return fail(counted.error());
        *target = *counted;
    }
    return counts;
}

Result<QueueFacets> QueueQuery::facets()
{
    QueueFacets facets;
    facets.segments = segmentKeys();
    // The plans the queue holds, read from the plan index of the cases.
    // An empty literal, not a bound QString(): that binds NULL, and
    // "<> NULL" matches nothing.
    auto query = exec(QStringLiteral("SELECT DISTINCT queue_plan FROM cases WHERE queue_plan <> '' ORDER BY 1"), {});
    if (!query)
        return fail(query.error());
    while (query->next())
        facets.plans.append(query->value(0).toString());
    std::sort(facets.plans.begin(), facets.plans.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return facets;
}

Result<QList<AccountMatch>> QueueQuery::searchAccounts(const QString &text, int limit)
{
    QList<AccountMatch> matches;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return matches;
    const bool pg = m_db.isPostgres();
    const QString columns = QStringLiteral(
        "accounts.id, accounts.name, accounts.external_id, accounts.segment, accounts.plan, accounts.mrr_minor, "
        "accounts.currency, (SELECT cases.id FROM cases WHERE cases.account_id = accounts.id "
        "AND cases.status = 'open'), accounts.search_text");
    auto read = [&](Result<QSqlQuery> &query, QList<AccountMatch> &into, QStringList *sortKeys) {
        while (query->next()) {
            AccountMatch match;
            match.accountId = query->value(0).toLongLong();
            match.name = query->value(1).toString();
            match.externalId = query->value(2).toString();
            match.segment = query->value(3).toString();
            match.plan = query->value(4).toString();
            match.mrrMinor = query->value(5).toLongLong();
            match.currency = query->value(6).toString();
            match.openCaseId = query->value(7).toLongLong();
            into.append(match);
            if (sortKeys)
                sortKeys->append(query->value(8).toString());
        }
    };

    // Best first: names that start with the text, in order, from the
    // index on the folded text...
    const QString from = folded(trimmed);
    const QString to = from + QString::fromUcs4(U"\U0010FFFF", 1);
    const QString prefixSql =
        pg ? QStringLiteral("SELECT %1 FROM accounts WHERE search_text COLLATE \"C\" >= lower(?) "
                            "AND search_text COLLATE \"C\" < lower(?) ORDER BY accounts.search_text COLLATE \"C\", accounts.id LIMIT ?")
           : QStringLiteral("SELECT %1 FROM accounts WHERE search_text >= ? AND search_text < ? "
                            "ORDER BY accounts.search_text, accounts.id LIMIT ?");
    auto prefix = exec(prefixSql.arg(columns), {from, to, limit});
    if (!prefix)
        return fail(prefix.error());
    read(prefix, matches, nullptr);
    if (matches.size() >= limit)
        return matches;

    // ...then the others that hold it anywhere (a contact's name too), in
    // the order the index finds them, sorted by name.
    QSet<qint64> seen;
    for (const AccountMatch &match : std::as_const(matches))
        seen.insert(match.accountId);
    const int more = limit + int(matches.size());
    Result<QSqlQuery> contains = fail(ErrorCode::QueryFailed, QString());
    if (pg) {
        contains = exec(QStringLiteral("SELECT %1 FROM accounts WHERE search_text LIKE lower(?) LIMIT ?").arg(columns),
                             {QueueText::likeContains(trimmed), more});
    } else if (QueueText::trigramSearchable(trimmed)) {
        contains = exec(QStringLiteral("SELECT %1 FROM account_search JOIN accounts ON accounts.id = "
                                            "account_search.rowid WHERE account_search MATCH ? LIMIT ?")
                                 .arg(columns),
                             {QueueText::ftsPhrase(from), more});
    } else {
        // The ids from the index on the folded text alone, which is smaller
        // than the table.
        contains = exec(QStringLiteral("SELECT %1 FROM accounts WHERE id IN (SELECT id FROM accounts "
                                            "WHERE instr(search_text, ?) > 0 LIMIT ?)")
                                 .arg(columns),
                             {from, more});
    }
    if (!contains)
        return fail(contains.error());
    QList<AccountMatch> others;
    QStringList keys;
    read(contains, others, &keys);
    QList<int> order;
    for (int i = 0; i < others.size(); ++i) {
        if (!seen.contains(others.at(i).accountId))
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return keys.at(a) != keys.at(b) ? keys.at(a) < keys.at(b) : others.at(a).accountId < others.at(b).accountId;
    });
    for (const int i : std::as_const(order)) {
        if (matches.size() >= limit)
            break;
        matches.append(others.at(i));
    }
    return matches;
}

} // namespace fairwell
