// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/queuetypes.h"
#include "services/sqlitesearchplan.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

namespace fairwell {

class Database;

// The SQL behind the rep's queue. Every view, filter and sort reads a range
// of one index of migration 5 in order, and pages by key (never OFFSET),
// so the first page, a deep page and a count each cost about the same on
// 500 cases or 200,000. Uses the connection it is given, on its thread.
class QueueQuery
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::QueueQuery)

public:
    // `actorId` is whose "My queue" it is.
    QueueQuery(Database &db, qint64 actorId);

    Result<QueuePage> page(const QueueFilter &filter, QueueColumn column, Qt::SortOrder order,
                           const QueueCursor &after, int limit);
    Result<qint64> count(const QueueFilter &filter);
    Result<QueueCounts> counts(const QueueFilter &filter);
    Result<QueueFacets> facets();
    Result<QList<AccountMatch>> searchAccounts(const QString &text, int limit);

    // The stored segment keys, smallest first.
    static QStringList segmentKeys();

    // For the benchmark: every statement run from now on, its values
    // written into it, so a bare sqlite3 or psql can run the same.
    void setStatementLog(QStringList *log) { m_log = log; }
    // For tests: the bound between SQLite's two plans for a search.
    void setFewMatches(qint64 bound) { m_fewMatches = bound; }

private:
    struct Condition
    {
        QStringList clauses;
        QVariantList values;
        bool matchesNothing = false;
    };

    // The WHERE clauses of `filter` (without the sort key's), on `cases`.
    // `purpose` picks SQLite's plan for a search (sqlitesearchplan.h).
    Result<Condition> conditions(const QueueFilter &filter, SqliteSearchPlan::Purpose purpose);
    // A view that is all the cases of one status: SQLite reads its count
    // from queue_status_counts (migration 8) instead of counting.
    static bool isWholeStatus(const QueueFilter &filter);
    Result<qint64> statusCount(const QString &status);
    // Up to `limit` rows of the part of the order where the key is NULL
    // (`nullPart`) or not, after `after` when it lies in that part.
    Status fetch(const Condition &where, QueueColumn column, bool ascending, bool nullPart,
                 const QueueCursor *after, int limit, const QDate &today, QList<QueueRow> &rows,
                 QVariantList &keys);
    // The text of the folded search, as the engine stores it.
    QString folded(const QString &text) const;

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values);

    Database &m_db;
    qint64 m_actorId;
    QStringList *m_log = nullptr;
    qint64 m_fewMatches = SqliteSearchPlan::defaultFewMatches;
};

} // namespace fairwell
