// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caselistquery.h"

#include <QList>

namespace fairwell {

struct ServiceContext;

// The case lists (All cases, My queue, Win-back) as use cases: anyone
// working in the session may read them; the SQL is CaseListQuery's.
class CaseListService
{
public:
    explicit CaseListService(ServiceContext &context);

    Result<qint64> count(const CaseListFilter &filter);
    Result<QList<CaseListRow>> page(const CaseListFilter &filter, CaseListColumn sortColumn, Qt::SortOrder order,
                                    int offset, int limit);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
