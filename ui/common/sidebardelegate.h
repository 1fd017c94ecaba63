// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fairwell {

// Draws a sidebar entry with its live count at the right edge, where the
// eye finds it without reading the name ("My queue ……… 12").
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The count of an entry, as a number; none: no count is drawn.
    static constexpr int CountRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fairwell
