// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/queuetypes.h"

#include <QCoreApplication>

namespace fairwell {

struct ServiceContext;

// The rep's queue: its views, their counts, their pages, and the account
// search behind "Start offboarding". Reads only; anyone working may read.
// Every page and count answers from an index on both engines (see the
// README's queue figures), however deep the page and however large the set.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::QueueService)

public:
    explicit QueueService(ServiceContext &context);

    // Up to `limit` rows after `after`, sorted by `column` in `order`,
    // ties broken by case id in the same direction.
    Result<QueuePage> page(const QueueFilter &filter, QueueColumn column, Qt::SortOrder order,
                           const QueueCursor &after, int limit);
    Result<qint64> count(const QueueFilter &filter);
    Result<QueueCounts> counts(const QueueFilter &filter);
    Result<QueueFacets> facets();
    // Accounts whose name or external id contains `text` (case folded, as
    // the queue's search), best first, at most `limit`.
    Result<QList<AccountMatch>> searchAccounts(const QString &text, int limit);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
