// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/queuetypes.h"

namespace fairwell {

qint64 QueueCounts::of(QueueView view) const
{
    switch (view) {
    case QueueView::MyQueue:
        return myQueue;
    case QueueView::DueOrOverdue:
        return dueOrOverdue;
    case QueueView::ClosingThisWeek:
        return closingThisWeek;
    case QueueView::Unassigned:
        return unassigned;
    case QueueView::AllOpen:
        return allOpen;
    case QueueView::Closed:
        return closed;
    }
    return 0;
}

} // namespace fairwell
