// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorysupport.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace fairwell {

std::optional<qint64> RowReader::optionalInt64()
{
    const QVariant v = value();
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<int> RowReader::optionalInt()
{
    const QVariant v = value();
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant sqlNullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant sqlOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant sqlOptional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariantList storable(QVariantList values)
{
    for (QVariant &value : values) {
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            value = QStringLiteral("");
    }
    return values;
}

namespace sql {

QString select(const QString &table, const QStringList &columns, bool versioned)
{
    QString statement = QStringLiteral("SELECT id, ") + columns.join(QStringLiteral(", "));
    if (versioned)
        statement += QStringLiteral(", version");
    return statement + QStringLiteral(" FROM ") + table;
}

QString insert(const QString &table, const QStringList &columns)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
           + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QStringLiteral(") RETURNING id");
}

QString update(const QString &table, const QStringList &columns, bool versioned)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    if (versioned)
        assignments.append(QStringLiteral("version = version + 1"));
    QString statement = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                        + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?");
    if (versioned)
        statement += QStringLiteral(" AND version = ?");
    return statement;
}

Result<qint64> insertReturningId(Database &db, const QString &statement, const QVariantList &values)
{
    auto query = db.exec(statement, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::QueryFailed, QCoreApplication::translate("fairwell::RepositorySupport",
                                                      "The database did not say which number it gave the new record."),
                    db.spec().displayName(), statement);
    const qint64 id = query->value(0).toLongLong();
    while (query->next()) {
    }
    query->finish();
    return id;
}

Result<int> changedRows(Database &db, const QString &statement, const QVariantList &values)
{
    auto query = db.exec(statement, values);
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Result<bool> rowExists(Database &db, const QString &table, qint64 id)
{
    auto query = db.exec(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    return query->next();
}

Status removeById(Database &db, const QString &table, qint64 id, const QString &notFoundMessage)
{
    return db.write([&]() -> Status {
        auto changed = changedRows(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
        if (!changed)
            return fail(changed.error());
        if (*changed == 0)
            return fail(notFound(db, notFoundMessage));
        return {};
    });
}

Error notFound(const Database &db, const QString &message)
{
    return Error{ErrorCode::NotFound, message, db.spec().displayName(), {}};
}

} // namespace sql

namespace {

bool isHousekeeping(const QString &column)
{
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    // QVariant's == takes a NULL text for an empty one; the audit must not.
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

QJsonObject auditFields(const QStringList &columns, const QVariantList &values)
{
    QJsonObject fields;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
        if (!isHousekeeping(columns.at(i)))
            fields.insert(columns.at(i), jsonValue(values.at(i)));
    }
    return fields;
}

FieldChanges changedFields(const QStringList &columns, const QVariantList &before, const QVariantList &after)
{
    FieldChanges changes;
    for (qsizetype i = 0; i < columns.size() && i < before.size() && i < after.size(); ++i) {
        if (isHousekeeping(columns.at(i)) || sameValue(before.at(i), after.at(i)))
            continue;
        changes.before.insert(columns.at(i), jsonValue(before.at(i)));
        changes.after.insert(columns.at(i), jsonValue(after.at(i)));
    }
    return changes;
}

FieldChanges changedFields(const QJsonObject &before, const QJsonObject &after)
{
    FieldChanges changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        changes.before.insert(it.key(), before.value(it.key()));
        changes.after.insert(it.key(), it.value());
    }
    return changes;
}

} // namespace fairwell
