// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/queuetypes.h"

#include <QList>
#include <QListWidget>

class QAction;

namespace fairwell {

class Session;

// The window's sidebar: one entry per page action, showing its icon, text
// and shortcut as the action has them now; the queue views' entries carry
// their live counts.
class PageSidebar : public QListWidget
{
    Q_OBJECT

public:
    // The first queueViews.size() actions are those views' pages, in order.
    PageSidebar(const QList<QAction *> &pages, const QList<QueueView> &queueViews, QWidget *parent = nullptr);

    // Asks `session` for the counts of every view (one job); without anyone
    // working in it, no count is shown: "0" would be a guess.
    void refreshCounts(Session *session);
    // A count beside another entry (the Outbox's notes that need a person);
    // 0 shows none.
    void setCount(int row, int count, const QString &description);
    // Wide enough for the longest name in this language and a count beside it.
    int fittingWidth() const;

Q_SIGNALS:
    void countsFailed(const fairwell::Error &error);

private:
    void follow(QAction *action, QListWidgetItem *item);
    void showCounts(const QueueCounts &counts);

    QList<QAction *> m_pages;
    QList<QueueView> m_queueViews;
};

} // namespace fairwell
