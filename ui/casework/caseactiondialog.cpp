// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseactiondialog.h"

#include "casechange.h"

#include "common/messageline.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace fairwell {

CaseActionDialog::CaseActionDialog(Session *session, qint64 caseId, int caseVersion, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_caseVersion(caseVersion)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_message = new MessageLine(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

CaseActionDialog::~CaseActionDialog() = default;

QPushButton *CaseActionDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void CaseActionDialog::setSaveText(const QString &text)
{
    saveButton()->setText(text);
}

void CaseActionDialog::save()
{
    if (m_busy)
        return;
    const QString wrong = problem();
    if (!wrong.isEmpty()) {
        m_message->showText(wrong);
        return;
    }
    send(m_caseVersion);
}

void CaseActionDialog::send(int caseVersion)
{
    setBusy(true);
    CaseChange::run(m_session, this, change(), caseVersion, [this](CaseChange::Outcome outcome, const Error &error) {
        setBusy(false);
        switch (outcome) {
        case CaseChange::Outcome::Saved:
            accept();
            break;
        case CaseChange::Outcome::ReloadRequested:
            done(ReloadRequested);
            break;
        case CaseChange::Outcome::Failed:
            // Everything typed stays; the message says what to fix.
            m_message->showError(error);
            break;
        }
    });
}

void CaseActionDialog::setBusy(bool busy)
{
    m_busy = busy;
    saveButton()->setEnabled(!busy);
    if (busy)
        m_message->hide();
}

} // namespace fairwell
