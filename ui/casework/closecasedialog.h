// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseactiondialog.h"

#include "services/casedetail.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace fairwell {

// Close case: how it ended and what it cost, and, when the customer agreed
// to hear from us again, a win-back check-in.
class CloseCaseDialog : public CaseActionDialog
{
    Q_OBJECT

public:
    CloseCaseDialog(Session *session, const CaseDetail &detail, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    Change change() const override;

private:
    void updateHints();

    CaseDetail m_detail;
    QComboBox *m_outcome = nullptr;
    QLabel *m_reasonHint = nullptr;
    QLineEdit *m_mrrLost = nullptr;
    QDateEdit *m_closedOn = nullptr;
    QCheckBox *m_winback = nullptr;
    QDateEdit *m_winbackOn = nullptr;
};

} // namespace fairwell
