// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcalldialog.h"

#include "services/caseworkservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fairwell {

LogCallDialog::LogCallDialog(Session *session, qint64 caseId, int caseVersion, const QString &contactName,
                             QWidget *parent)
    : CaseActionDialog(session, caseId, caseVersion, parent)
{
    setObjectName(QStringLiteral("logCallDialog"));
    setWindowTitle(contactName.isEmpty() ? tr("Log Call") : tr("Log Call with %1").arg(contactName));

    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("callWhen"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60 * 60));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("callMinutes"));
    m_minutes->setRange(0, 600);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(10);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("callDirection"));
    m_direction->addItem(tr("We called them"), int(CallDirection::Outbound));
    m_direction->addItem(tr("They called us"), int(CallDirection::Inbound));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("callOutcome"));
    m_outcome->addItem(tr("Reached"), int(CallOutcome::Reached));
    m_outcome->addItem(tr("Voicemail"), int(CallOutcome::Voicemail));
    m_outcome->addItem(tr("No answer"), int(CallOutcome::NoAnswer));
    m_outcome->addItem(tr("Wrong number"), int(CallOutcome::WrongNumber));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("callSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What did you talk about? What does the customer need from us?"));
    m_followUp = new QCheckBox(tr("&Call again on"), this);
    m_followUp->setObjectName(QStringLiteral("callFollowUp"));
    m_followUpOn = new QDateEdit(QDate::currentDate().addDays(3), this);
    m_followUpOn->setObjectName(QStringLiteral("callFollowUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setMinimumDate(QDate::currentDate());
    m_followUpOn->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpOn);
    followUpRow->addStretch(1);

    form()->addRow(tr("&When:"), m_when);
    form()->addRow(tr("&Duration:"), m_minutes);
    form()->addRow(tr("Di&rection:"), m_direction);
    form()->addRow(tr("&Outcome:"), m_outcome);
    form()->addRow(tr("&Summary:"), m_summary);
    form()->addRow(tr("Follow-up:"), followUpRow);
    setSaveText(tr("&Log Call"));
    resize(520, 420);
}

QString LogCallDialog::problem() const
{
    const auto outcome = CallOutcome(m_outcome->currentData().toInt());
    if (outcome == CallOutcome::Reached && m_summary->toPlainText().trimmed().isEmpty())
        return tr("Write a few words about the conversation: the next person to read this case needs them.");
    if (m_when->dateTime() > QDateTime::currentDateTime().addSecs(5 * 60))
        return tr("A call cannot be logged before it happened: the time is in the future.");
    return {};
}

CaseActionDialog::Change LogCallDialog::change() const
{
    CallInput input;
    input.calledAt = m_when->dateTime().toUTC();
    input.durationMinutes = m_minutes->value();
    input.direction = CallDirection(m_direction->currentData().toInt());
    input.outcome = CallOutcome(m_outcome->currentData().toInt());
    input.summary = m_summary->toPlainText().trimmed();
    if (m_followUp->isChecked())
        input.followUpOn = m_followUpOn->date();
    const qint64 id = caseId();
    return [id, input](ServiceContext &context, int version) -> Status {
        auto logged = CaseWorkService(context).logCall(id, version, input);
        if (!logged)
            return fail(logged.error());
        return {};
    };
}

} // namespace fairwell
