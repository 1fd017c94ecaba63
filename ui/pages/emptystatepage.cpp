// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/emptystatepage.h"

#include <QIcon>
#include <QLabel>
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
    // A paragraph stays readable when the window is wide.
    m_text->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 70);
    m_text->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
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
