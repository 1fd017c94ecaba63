// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace fairwell {

// A line above a list or form that says what went wrong, rather than a
// dialog: a failed query should not stop anyone from doing anything else.
class MessageLine : public QFrame
{
    Q_OBJECT

public:
    explicit MessageLine(QWidget *parent = nullptr);

    void showError(const Error &error);
    void showText(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace fairwell
