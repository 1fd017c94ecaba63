// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databasespec.h"

#include <QMenu>

namespace fairwell {

// File ▸ Open Recent: the databases this desk opened last (RecentDatabases),
// each a key press away, and Clear Menu.
class RecentMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentMenu(QWidget *parent = nullptr);

    // Lists the recent databases again, as the settings hold them now.
    void refresh();

Q_SIGNALS:
    void chosen(const fairwell::DatabaseSpec &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAction *m_clear = nullptr;
};

} // namespace fairwell
