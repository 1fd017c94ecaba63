// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseactiondialog.h"

class QComboBox;
class QPlainTextEdit;

namespace fairwell {

// Alternative offered: what the customer was offered and what they said.
// Recorded, never required: it never stands between a customer and leaving.
class AlternativeDialog : public CaseActionDialog
{
    Q_OBJECT

public:
    AlternativeDialog(Session *session, qint64 caseId, int caseVersion, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    Change change() const override;

private:
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_response = nullptr;
};

} // namespace fairwell
