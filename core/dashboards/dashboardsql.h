// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"
#include "error.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace fairwell {

// A piece of WHERE clause with the values its "?"s take, in order.
struct SqlCondition
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues = {});
    // " AND a AND b", or nothing.
    QString andClauses() const;
};

// The dashboards' SQL spelled for each engine: time buckets, day counts,
// and the filter on the cases (alias `c`), which reads only columns of
// `cases` (segment rank, plan, owner) so an index on cases answers it.
class DashboardSql
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DashboardSql)

public:
    explicit DashboardSql(SqlDialect dialect);

    // The first day of the bucket of a date column, as a date.
    QString bucket(TimeBucket bucket, const QString &dateColumn) const;
    // Whole days from one date column to another.
    QString daysBetween(const QString &fromColumn, const QString &toColumn) const;
    // The UTC calendar date of an instant column.
    QString dateOf(const QString &instantColumn) const;
    // Case-insensitive "contains" of a bound text in a column.
    QString contains(const QString &column) const;

    // The filter checked (both dates set, from not after to, a known
    // segment), and its segment, plan and owner on the cases `c`.
    static Result<SqlCondition> caseFilter(const DashboardFilter &filter);
    // The stored rank (queue_segment_rank) of a segment key; 0 for none.
    static int segmentRank(const QString &segment);

private:
    SqlDialect m_dialect;
};

} // namespace fairwell
