// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesidebar.h"

#include "common/sidebardelegate.h"
#include "services/queueservice.h"
#include "session/session.h"

#include <QAction>

namespace fairwell {

PageSidebar::PageSidebar(const QList<QAction *> &pages, const QList<QueueView> &queueViews, QWidget *parent)
    : QListWidget(parent)
    , m_pages(pages)
    , m_queueViews(queueViews)
{
    setObjectName(QStringLiteral("sidebar"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A calm panel colour sets the sidebar apart from the page without a line.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setItemDelegate(new SidebarDelegate(this));
    for (QAction *action : pages) {
        auto *item = new QListWidgetItem(action->icon(), QString(), this);
        item->setSizeHint(QSize(0, 36));
        follow(action, item);
        connect(action, &QAction::changed, this, [this, action, item] { follow(action, item); });
    }
}

void PageSidebar::follow(QAction *action, QListWidgetItem *item)
{
    item->setText(action->text());
    item->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    setMinimumWidth(fittingWidth());
}

int PageSidebar::fittingWidth() const
{
    int widest = 0;
    for (const QAction *action : m_pages)
        widest = qMax(widest, fontMetrics().horizontalAdvance(action->text()));
    return widest + iconSize().width() + fontMetrics().horizontalAdvance(QStringLiteral("00,000")) + 48;
}

void PageSidebar::refreshCounts(Session *session)
{
    if (!session || !session->actor().isValid()) {
        for (int i = 0; i < m_queueViews.size(); ++i)
            item(i)->setData(SidebarDelegate::CountRole, QVariant());
        return;
    }
    session->run<QueueCounts>(
        this, [](ServiceContext &context) { return QueueService(context).counts(QueueFilter{}); },
        [this](const Result<QueueCounts> &counts) {
            if (counts)
                showCounts(*counts);
            else
                Q_EMIT countsFailed(counts.error());
        },
        Session::JobOptions{QStringLiteral("sidebar-counts"), {}, false});
}

void PageSidebar::setCount(int row, int count, const QString &description)
{
    if (QListWidgetItem *entry = item(row)) {
        entry->setData(SidebarDelegate::CountRole, count > 0 ? QVariant(count) : QVariant());
        entry->setData(Qt::AccessibleDescriptionRole, description);
    }
}

void PageSidebar::showCounts(const QueueCounts &counts)
{
    for (int i = 0; i < m_queueViews.size(); ++i) {
        const qint64 count = counts.of(m_queueViews.at(i));
        item(i)->setData(SidebarDelegate::CountRole, count);
        item(i)->setData(Qt::AccessibleDescriptionRole, tr("%Ln case(s)", nullptr, int(count)));
    }
}

} // namespace fairwell
