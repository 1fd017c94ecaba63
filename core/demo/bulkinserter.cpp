// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinserter.h"

#include "storage/database.h"

#include <algorithm>

namespace fairwell {

namespace {

// SQLite builds before 3.32 allowed only 999 bound parameters a statement
// (PostgreSQL allows 65,535). Staying under the smaller limit costs little:
// the per-row work (binding, B-tree inserts) dominates, not the statement.
constexpr int MaxParameters = 999;
constexpr int MaxRowsPerStatement = 200;

} // namespace

BulkInserter::BulkInserter(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::clamp(MaxParameters / int(std::max<qsizetype>(1, columns.size())), 1,
                                    MaxRowsPerStatement))
{
    m_pending.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

Status BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    return afterAppend();
}

Status BulkInserter::addRows(const QVariantList &values)
{
    Q_ASSERT(values.size() % m_columns.size() == 0);
    const qsizetype full = qsizetype(m_rowsPerStatement) * m_columns.size();
    qsizetype offset = 0;
    while (offset < values.size()) {
        const qsizetype take = std::min(full - m_pending.size(), values.size() - offset);
        m_pending.append(values.mid(offset, take));
        offset += take;
        if (auto written = afterAppend(); !written)
            return written;
    }
    return {};
}

Status BulkInserter::afterAppend()
{
    Q_ASSERT(m_pending.size() % m_columns.size() == 0);
    if (m_pending.size() < qsizetype(m_rowsPerStatement) * m_columns.size())
        return {};
    auto written = writeRows(m_rowsPerStatement, m_pending);
    m_pending.clear();
    return written;
}

Status BulkInserter::flush()
{
    const int columns = int(m_columns.size());
    int left = int(m_pending.size() / columns);
    qsizetype offset = 0;
    while (left > 0) {
        int rows = 1;
        while (rows * 2 <= left)
            rows *= 2;
        auto written = writeRows(rows, m_pending.mid(offset, qsizetype(rows) * columns));
        if (!written)
            return written;
        offset += qsizetype(rows) * columns;
        left -= rows;
    }
    m_pending.clear();
    return {};
}

Status BulkInserter::writeRows(int rows, const QVariantList &values)
{
    auto found = m_statements.find(rows);
    if (found == m_statements.end()) {
        const QString tuple = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                              + QLatin1Char(')');
        QString sql = QStringLiteral("INSERT INTO ") + m_table + QLatin1String(" (") + m_columns.join(QLatin1String(", "))
                      + QLatin1String(") VALUES ");
        sql.reserve(sql.size() + rows * (tuple.size() + 1));
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            sql += tuple;
        }
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return fail(prepared.error());
        found = m_statements.emplace(rows, std::move(*prepared)).first;
    }
    if (auto ran = m_db.run(found->second, values); !ran)
        return ran;
    m_written += rows;
    return {};
}

} // namespace fairwell
