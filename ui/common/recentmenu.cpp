// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentmenu.h"

#include "common/recentdatabases.h"

#include <QDir>
#include <QEvent>

namespace fairwell {

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(parent)
    , m_clear(new QAction(this))
{
    connect(m_clear, &QAction::triggered, this, [this] {
        RecentDatabases::clear();
        refresh();
    });
    retranslateUi(); // lists the databases too
}

void RecentMenu::refresh()
{
    // Not clear(): it would delete Clear Menu, which the menu owns.
    for (QAction *action : actions()) {
        removeAction(action);
        if (action != m_clear)
            delete action;
    }
    const QList<DatabaseSpec> recent = RecentDatabases::load();
    for (int i = 0; i < recent.size(); ++i) {
        const DatabaseSpec &spec = recent.at(i);
        const QString name = spec.isPostgres() ? tr("Shared: %1").arg(spec.displayName())
                                               : QDir::toNativeSeparators(spec.path);
        // "&1" … "&8" make each entry reachable by one key.
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        connect(action, &QAction::triggered, this, [this, spec] { Q_EMIT chosen(spec); });
    }
    if (!recent.isEmpty())
        addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!recent.isEmpty());
}

void RecentMenu::retranslateUi()
{
    setTitle(tr("Open &Recent"));
    m_clear->setText(tr("&Clear Menu"));
    refresh();
}

void RecentMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace fairwell
