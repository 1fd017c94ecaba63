// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>

namespace fairwell {

class Database;

// Writes many rows into one table through multi-row
// INSERT ... VALUES (?,?),(?,?)… statements, each prepared once and reused.
// It holds no transaction of its own: rows go out inside the caller's
// db.write(), and flush() empties the buffer before the transaction ends.
class BulkInserter
{
public:
    BulkInserter(Database &db, const QString &table, const QStringList &columns);

    // Appends one row (exactly one value per column); writes a full
    // statement's worth of rows when the buffer fills.
    Status add(const QVariantList &row);
    template<typename... Values>
    Status add(Values &&...values)
    {
        static_assert(sizeof...(Values) > 0);
        (m_pending.append(QVariant(std::forward<Values>(values))), ...);
        return afterAppend();
    }

    // Appends any number of whole rows given as one flat list of values.
    Status addRows(const QVariantList &values);

    // Writes whatever is buffered.
    Status flush();

    qint64 rowsWritten() const { return m_written; }
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    Status afterAppend();
    Status writeRows(int rows, const QVariantList &values);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    // One prepared statement per row count: the full size, and powers of
    // two for the rest at a flush, so a flush needs at most a few statements.
    std::map<int, QSqlQuery> m_statements;
    qint64 m_written = 0;
};

} // namespace fairwell
