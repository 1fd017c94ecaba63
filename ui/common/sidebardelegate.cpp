// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebardelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace fairwell {

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant count = index.data(CountRole);
    if (!count.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = QLocale().toString(count.toLongLong());
    const int margin = 10;
    const int width = option.fontMetrics.horizontalAdvance(text) + margin;
    // The row's background and selection across its whole width, then the
    // icon and the name, which give way to the count, never the other way.
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    QStyleOptionViewItem background = row;
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    row.rect.setRight(option.rect.right() - width - margin);
    row.backgroundBrush = Qt::NoBrush;
    row.state &= ~QStyle::State_Selected;
    row.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                             ? option.palette.color(QPalette::HighlightedText)
                                             : option.palette.color(QPalette::Text));
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    QRect countRect = option.rect;
    countRect.setRight(option.rect.right() - margin);
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace fairwell
