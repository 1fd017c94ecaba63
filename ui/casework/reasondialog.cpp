// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasondialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace fairwell {

ReasonDialog::ReasonDialog(Session *session, qint64 caseId, int caseVersion, const QString &title,
                           const QString &prompt, const QString &saveText, ChangeWithReason changeWithReason,
                           QWidget *parent)
    : CaseActionDialog(session, caseId, caseVersion, parent)
    , m_changeWithReason(std::move(changeWithReason))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    form()->addRow(label);
    form()->addRow(m_reason);
    setSaveText(saveText);
    resize(440, 240);
}

QString ReasonDialog::problem() const
{
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Say why in a few words: the next person to read this case needs them.");
    return {};
}

CaseActionDialog::Change ReasonDialog::change() const
{
    const QString reason = m_reason->toPlainText().trimmed();
    return [change = m_changeWithReason, reason](ServiceContext &context, int version) {
        return change(context, version, reason);
    };
}

} // namespace fairwell
