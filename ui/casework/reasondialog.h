// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseactiondialog.h"

class QPlainTextEdit;

namespace fairwell {

// A change that needs a reason in words: skipping a playbook task, or
// reopening a closed case.
class ReasonDialog : public CaseActionDialog
{
    Q_OBJECT

public:
    using ChangeWithReason = std::function<Status(ServiceContext &, int caseVersion, const QString &reason)>;

    ReasonDialog(Session *session, qint64 caseId, int caseVersion, const QString &title, const QString &prompt,
                 const QString &saveText, ChangeWithReason changeWithReason, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    Change change() const override;

private:
    ChangeWithReason m_changeWithReason;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace fairwell
