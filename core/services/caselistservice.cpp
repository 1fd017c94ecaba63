// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/caselistservice.h"

#include "services/authorization.h"
#include "session/servicecontext.h"

namespace fairwell {

CaseListService::CaseListService(ServiceContext &context)
    : m_context(context)
{
}

Result<qint64> CaseListService::count(const CaseListFilter &filter)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return CaseListQuery(m_context.db).count(filter);
}

Result<QList<CaseListRow>> CaseListService::page(const CaseListFilter &filter, CaseListColumn sortColumn,
                                                 Qt::SortOrder order, int offset, int limit)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return CaseListQuery(m_context.db).page(filter, sortColumn, order, offset, limit);
}

} // namespace fairwell
