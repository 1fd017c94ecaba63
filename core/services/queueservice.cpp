// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/queueservice.h"

#include "services/authorization.h"
#include "services/queuequery.h"
#include "session/servicecontext.h"

namespace fairwell {

QueueService::QueueService(ServiceContext &context)
    : m_context(context)
{
}

Result<QueuePage> QueueService::page(const QueueFilter &filter, QueueColumn column, Qt::SortOrder order,
                                     const QueueCursor &after, int limit)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return QueueQuery(m_context.db, m_context.actor.userId).page(filter, column, order, after, limit);
}

Result<qint64> QueueService::count(const QueueFilter &filter)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return QueueQuery(m_context.db, m_context.actor.userId).count(filter);
}

Result<QueueCounts> QueueService::counts(const QueueFilter &filter)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return QueueQuery(m_context.db, m_context.actor.userId).counts(filter);
}

Result<QueueFacets> QueueService::facets()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return QueueQuery(m_context.db, m_context.actor.userId).facets();
}

Result<QList<AccountMatch>> QueueService::searchAccounts(const QString &text, int limit)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return QueueQuery(m_context.db, m_context.actor.userId).searchAccounts(text, limit);
}

} // namespace fairwell
