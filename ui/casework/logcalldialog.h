// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseactiondialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fairwell {

// Log call: a personal call with the departing customer, and maybe the
// next one, which becomes a task.
class LogCallDialog : public CaseActionDialog
{
    Q_OBJECT

public:
    LogCallDialog(Session *session, qint64 caseId, int caseVersion, const QString &contactName,
                  QWidget *parent = nullptr);

protected:
    QString problem() const override;
    Change change() const override;

private:
    QDateTimeEdit *m_when = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpOn = nullptr;
};

} // namespace fairwell
