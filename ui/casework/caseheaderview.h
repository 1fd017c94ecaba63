// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/casedetail.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QToolButton;

namespace fairwell {

// The top of the case view: who is leaving, what they pay, who owns the
// case, and the contact's email and phone with one-click copy.
class CaseHeaderView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeaderView(QWidget *parent = nullptr);

    void display(const CaseHeader &header);
    void clear();

Q_SIGNALS:
    // Something went to the clipboard.
    void copied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QToolButton *copyButton(const char *name, const std::function<QString()> &text);

    std::optional<CaseHeader> m_header;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QToolButton *m_copyEmail = nullptr;
    QToolButton *m_copyPhone = nullptr;
};

} // namespace fairwell
