// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include "domain/enumnames.h"
#include "error.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

// The shape every repository shares: binding a value type's fields, reading
// a row back, inserting with RETURNING id, the versioned update. Written
// once here so that the repositories hold only what differs between tables.
namespace fairwell {

// Reads one result row column after column, in the order the SELECT named
// them. NULL reads as 0, empty, an invalid date or std::nullopt.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {
    }

    QVariant value() { return m_query.value(m_column++); }
    qint64 int64() { return value().toLongLong(); }
    qint64 id() { return int64(); }
    int integer() { return value().toInt(); }
    bool boolean() { return value().toBool(); }
    QString text() { return value().toString(); }
    QDate date() { return dateFromSql(value()); }
    QDateTime instant() { return instantFromSql(value()); }
    std::optional<qint64> optionalInt64();
    std::optional<int> optionalInt();

    template<StoredEnum E>
    E enumValue(E fallback)
    {
        return fromString<E>(text()).value_or(fallback);
    }

    template<StoredEnum E>
    std::optional<E> optionalEnum()
    {
        return fromString<E>(text());
    }

private:
    const QSqlQuery &m_query;
    int m_column = 0;
};

// Values bound as Fairwell stores them (see also sqlInstant, sqlDate and
// sqlNullable in database.h).
QVariant sqlNullableText(const QString &text); // empty means NULL
QVariant sqlOptional(const std::optional<qint64> &value);
QVariant sqlOptional(const std::optional<int> &value);

// A value type's fields ready to bind: a default-constructed (null) QString
// would be bound as NULL and break NOT NULL text columns, so it becomes an
// empty text. Deliberate NULLs (a null QVariant) stay NULL.
QVariantList storable(QVariantList values);

template<StoredEnum E>
QVariant sqlEnum(E value)
{
    return toString(value);
}

template<StoredEnum E>
QVariant sqlEnum(const std::optional<E> &value)
{
    return value ? QVariant(toString(*value)) : QVariant(QMetaType::fromType<QString>());
}

// A table as its repository sees it. `columns` are every column but id and
// version, in the order `values` binds them and `read` reads them (after
// the id; the version, where the type has one, comes last).
template<typename T>
struct TableMapping
{
    QString table;
    QStringList columns;
    QVariantList (*values)(const T &row) = nullptr;
    T (*read)(RowReader &row) = nullptr;
};

template<typename T>
concept Versioned = requires(T row) { row.version; };

namespace sql {

QString select(const QString &table, const QStringList &columns, bool versioned);
QString insert(const QString &table, const QStringList &columns);
QString update(const QString &table, const QStringList &columns, bool versioned);

// Runs an INSERT … RETURNING id and reads the id; the statement is finished
// so that SQLite releases it before the transaction ends.
Result<qint64> insertReturningId(Database &db, const QString &statement, const QVariantList &values);

// Runs an UPDATE or DELETE and says how many rows it changed.
Result<int> changedRows(Database &db, const QString &statement, const QVariantList &values);

Result<bool> rowExists(Database &db, const QString &table, qint64 id);

// Deletes one row by id; NotFound with `notFoundMessage` when there is none.
Status removeById(Database &db, const QString &table, qint64 id, const QString &notFoundMessage);

Error notFound(const Database &db, const QString &message);

} // namespace sql

// Each column's value as compact JSON, for the audit log. Timestamps the
// database keeps for itself (created_at, updated_at) are left out.
QJsonObject auditFields(const QStringList &columns, const QVariantList &values);

// The fields that differ between two bindings of the same row.
struct FieldChanges
{
    QJsonObject before;
    QJsonObject after;
    bool isEmpty() const { return before.isEmpty() && after.isEmpty(); }
};
FieldChanges changedFields(const QStringList &columns, const QVariantList &before, const QVariantList &after);
// The same for two audit records of one row: the fields of `after` whose
// value differs in `before`.
FieldChanges changedFields(const QJsonObject &before, const QJsonObject &after);

template<typename T>
QString selectSql(const TableMapping<T> &mapping)
{
    return sql::select(mapping.table, mapping.columns, Versioned<T>);
}

// Rows of `mapping.table` matching `tail` ("WHERE … ORDER BY …").
template<typename T>
Result<QList<T>> fetchAll(Database &db, const TableMapping<T> &mapping, const QString &tail,
                          const QVariantList &values = {})
{
    auto query = db.exec(selectSql(mapping) + QLatin1Char(' ') + tail, values);
    if (!query)
        return fail(query.error());
    QList<T> rows;
    while (query->next()) {
        RowReader reader(*query);
        rows.append(mapping.read(reader));
    }
    return rows;
}

// The first row matching `tail`, or NotFound with `notFoundMessage`.
template<typename T>
Result<T> fetchOne(Database &db, const TableMapping<T> &mapping, const QString &tail, const QVariantList &values,
                   const QString &notFoundMessage)
{
    auto query = db.exec(selectSql(mapping) + QLatin1Char(' ') + tail, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(sql::notFound(db, notFoundMessage));
    RowReader reader(*query);
    return mapping.read(reader);
}

template<typename T>
Result<T> findById(Database &db, const TableMapping<T> &mapping, qint64 id, const QString &notFoundMessage)
{
    return fetchOne(db, mapping, QStringLiteral("WHERE id = ?"), {id}, notFoundMessage);
}

// Rows that say when they were made and last saved.
template<typename T>
concept Timestamped = requires(T row) {
    row.createdAt;
    row.updatedAt;
};

// A copy of `row` as it will be saved: a timestamped row is updated now
// (and created now, unless it already says when).
template<typename T>
T stampedForSave(const T &row)
{
    T stamped = row;
    if constexpr (Timestamped<T>) {
        stamped.updatedAt = QDateTime::currentDateTimeUtc();
        if (!stamped.createdAt.isValid())
            stamped.createdAt = stamped.updatedAt;
    }
    return stamped;
}

// Inserts `row` and gives it its new id (and version 1, and its timestamps).
// `row` is left as it was when the insert fails.
template<typename T>
Result<qint64> insertRow(Database &db, const TableMapping<T> &mapping, T &row)
{
    T saved = stampedForSave(row);
    const Status written = db.write([&]() -> Status {
        auto inserted = sql::insertReturningId(db, sql::insert(mapping.table, mapping.columns),
                                               storable(mapping.values(saved)));
        if (!inserted)
            return fail(inserted.error());
        saved.id = *inserted;
        return {};
    });
    if (!written)
        return fail(written.error());
    if constexpr (Versioned<T>)
        saved.version = 1;
    row = std::move(saved);
    return row.id;
}

// Overwrites the row with `row.id`; NotFound when it is gone. For tables
// without a version column.
template<typename T>
Status updateRow(Database &db, const TableMapping<T> &mapping, const T &row, const QString &notFoundMessage)
{
    return db.write([&]() -> Status {
        QVariantList values = storable(mapping.values(row));
        values.append(row.id);
        auto changed = sql::changedRows(db, sql::update(mapping.table, mapping.columns, false), values);
        if (!changed)
            return fail(changed.error());
        if (*changed == 0)
            return fail(sql::notFound(db, notFoundMessage));
        return {};
    });
}

// The same for a timestamped row, which also learns its new save time.
template<Timestamped T>
Status updateRow(Database &db, const TableMapping<T> &mapping, T &row, const QString &notFoundMessage)
{
    const T saved = stampedForSave(row);
    const Status written = updateRow(db, mapping, saved, notFoundMessage);
    if (written)
        row = saved;
    return written;
}

// Says, in the product's words, that someone else got there first;
// `stillExists` is false when they deleted the row.
using ConflictMessage = std::function<QString(bool stillExists)>;

// The optimistic-concurrency update: succeeds only when the row still has
// the version `row` was read at, then bumps it (in the row too). Otherwise
// Conflict: another person's change is never silently overwritten.
template<Versioned T>
Status updateVersionedRow(Database &db, const TableMapping<T> &mapping, T &row, const ConflictMessage &conflict)
{
    T saved = stampedForSave(row);
    const Status written = db.write([&]() -> Status {
        QVariantList values = storable(mapping.values(saved));
        values << saved.id << saved.version;
        auto changed = sql::changedRows(db, sql::update(mapping.table, mapping.columns, true), values);
        if (!changed)
            return fail(changed.error());
        if (*changed > 0)
            return {};
        auto exists = sql::rowExists(db, mapping.table, saved.id);
        if (!exists)
            return fail(exists.error());
        return fail(ErrorCode::Conflict, conflict(*exists), db.spec().displayName());
    });
    if (written) {
        ++saved.version;
        row = std::move(saved);
    }
    return written;
}

} // namespace fairwell
