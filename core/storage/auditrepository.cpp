// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

#include <QJsonDocument>
#include <QLocale>

namespace fairwell {

namespace {

QVariantList auditValues(const AuditEntry &e)
{
    return {sqlInstant(e.occurredAt), sqlNullable(e.userId), e.entity, e.entityId, sqlEnum(e.action),
            e.beforeJson, e.afterJson};
}

AuditEntry readAudit(RowReader &r)
{
    AuditEntry e;
    e.id = r.id();
    e.occurredAt = r.instant();
    e.userId = r.id();
    e.entity = r.text();
    e.entityId = r.int64();
    e.action = r.enumValue(AuditAction::Update);
    e.beforeJson = r.text();
    e.afterJson = r.text();
    return e;
}

const TableMapping<AuditEntry> &mapping()
{
    static const TableMapping<AuditEntry> m{
        QStringLiteral("audit_log"),
        {QStringLiteral("occurred_at"), QStringLiteral("user_id"), QStringLiteral("entity"),
         QStringLiteral("entity_id"), QStringLiteral("action"), QStringLiteral("before_json"),
         QStringLiteral("after_json")},
        auditValues,
        readAudit,
    };
    return m;
}

QString compactJson(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

} // namespace

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> AuditRepository::record(const QString &entity, qint64 entityId, AuditAction action,
                                       const QJsonObject &before, const QJsonObject &after, qint64 actingUserId)
{
    AuditEntry entry;
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    entry.userId = actingUserId;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    entry.beforeJson = compactJson(before);
    entry.afterJson = compactJson(after);
    return insertRow(m_db, mapping(), entry);
}

Result<AuditEntry> AuditRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no audit entry number %1.").arg(id));
}

Result<QList<AuditEntry>> AuditRepository::listForEntity(const QString &entity, qint64 entityId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY occurred_at, id"),
                    {entity, entityId});
}

Result<QString> AuditRepository::lastChangeSummary(const QString &entity, qint64 entityId)
{
    auto query = m_db.exec(QStringLiteral("SELECT a.occurred_at, u.display_name FROM audit_log a "
                                          "LEFT JOIN users u ON u.id = a.user_id "
                                          "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1"),
                           {entity, entityId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return QString();
    const QString when = QLocale().toString(instantFromSql(query->value(0)).toLocalTime(), QLocale::ShortFormat);
    const QString who = query->value(1).toString();
    if (who.isEmpty())
        return tr("changed %1").arg(when);
    return tr("%1, %2").arg(who, when);
}

} // namespace fairwell
