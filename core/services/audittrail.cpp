// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/audittrail.h"

#include "session/actor.h"
#include "storage/auditrepository.h"

namespace fairwell {

AuditTrail::AuditTrail(Database &db, const Actor &actor)
    : m_db(db)
    , m_userId(actor.userId)
{
}

Status AuditTrail::inserted(const QString &entity, qint64 id, const QJsonObject &after)
{
    auto recorded = AuditRepository(m_db).record(entity, id, AuditAction::Insert, {}, after, m_userId);
    if (!recorded)
        return fail(recorded.error());
    return {};
}

Status AuditTrail::updated(const QString &entity, qint64 id, const QJsonObject &before, const QJsonObject &after)
{
    if (before.isEmpty() && after.isEmpty())
        return {};
    auto recorded = AuditRepository(m_db).record(entity, id, AuditAction::Update, before, after, m_userId);
    if (!recorded)
        return fail(recorded.error());
    return {};
}

} // namespace fairwell
