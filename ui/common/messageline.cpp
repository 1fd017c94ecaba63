// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace fairwell {

MessageLine::MessageLine(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageLine"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
    retranslateUi();
}

void MessageLine::showError(const Error &error)
{
    showText(error.text());
}

void MessageLine::showText(const QString &text)
{
    m_text->setText(text);
    show();
}

QString MessageLine::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageLine::retranslateUi()
{
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
}

void MessageLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace fairwell
