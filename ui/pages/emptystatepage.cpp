// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/emptystatepage.h"

#include <QIcon>
#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace fairwell {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setVisible(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);

    // A column of readable width in the middle of the page. The labels sit
    // in it without alignment flags: a word-wrapped label only gets the
    // height its lines need when its layout item may take the full width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 72);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(m_icon);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    m_icon->setParent(column);
    m_title->setParent(column);
    m_text->setParent(column);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStatePage::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(64, 64, QIcon::Disabled));
    m_icon->setVisible(!icon.isNull());
}

void EmptyStatePage::setTitle(const QString &title)
{
    m_title->setText(title);
    m_text->setAccessibleName(title);
}

void EmptyStatePage::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleDescription(text);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::text() const
{
    return m_text->text();
}

} // namespace fairwell
