// SPDX-License-Identifier: GPL-3.0-or-later
#include "winback/winbackoutcomedialog.h"

#include "casework/conflictprompt.h"
#include "common/localetext.h"
#include "domain/money.h"
#include "services/caseworkservice.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fairwell {

WinbackOutcomeDialog::WinbackOutcomeDialog(Session *session, const WinbackLine &line, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_line(line)
    , m_version(line.checkin.version)
{
    setWindowTitle(tr("Record Win-back Outcome"));
    auto *intro = new QLabel(tr("Check-in with %1, due %2.").arg(line.accountName, LocaleText::date(line.checkin.dueOn)), this);
    intro->setWordWrap(true);

    auto *outcomeBox = new QGroupBox(tr("What came of it"), this);
    m_returned = new QRadioButton(tr("&Returned"), outcomeBox);
    m_returned->setObjectName(QStringLiteral("returned"));
    m_notNow = new QRadioButton(tr("&Not now"), outcomeBox);
    m_notNow->setObjectName(QStringLiteral("notNow"));
    m_doNotContact = new QRadioButton(tr("&Do not contact again"), outcomeBox);
    m_doNotContact->setObjectName(QStringLiteral("doNotContact"));
    m_noAnswer = new QRadioButton(tr("No &answer"), outcomeBox);
    m_noAnswer->setObjectName(QStringLiteral("noAnswer"));
    m_outcome = new QButtonGroup(this);
    m_outcome->addButton(m_returned, ReturnedChoice);
    m_outcome->addButton(m_notNow, NotNowChoice);
    m_outcome->addButton(m_doNotContact, DoNotContactChoice);
    m_outcome->addButton(m_noAnswer, NoAnswerChoice);
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    for (QAbstractButton *button : m_outcome->buttons())
        outcomeLayout->addWidget(button);

    m_returnedOn = new QDateEdit(QDate::currentDate(), this);
    m_returnedOn->setObjectName(QStringLiteral("returnedOn"));
    m_returnedOn->setCalendarPopup(true);
    m_returnedOn->setAccessibleName(tr("Return date"));
    m_returnedOnLabel = new QLabel(tr("Re&turned on:"), this);
    m_returnedOnLabel->setBuddy(m_returnedOn);

    m_newMrr = new QLineEdit(this);
    m_newMrr->setObjectName(QStringLiteral("newMrr"));
    m_newMrr->setAccessibleName(tr("New monthly recurring revenue in %1").arg(line.currency));
    // What they paid before, as a hint of the scale, never as a value.
    if (line.mrrLostMinor > 0)
        m_newMrr->setPlaceholderText(
            tr("Before: %1").arg(Money(line.mrrLostMinor, line.currency).formatAmount(QLocale())));
    m_newMrrLabel = new QLabel(tr("New &MRR (%1):").arg(line.currency), this);
    m_newMrrLabel->setBuddy(m_newMrr);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    form->addRow(m_returnedOnLabel, m_returnedOn);
    form->addRow(m_newMrrLabel, m_newMrr);
    form->addRow(notesLabel, m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->addButton(tr("&Save Outcome"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WinbackOutcomeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(outcomeBox);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_outcome, &QButtonGroup::idToggled, this, &WinbackOutcomeDialog::updateState);
    updateState();
    m_returned->setFocus();
}

WinbackOutcomeDialog::~WinbackOutcomeDialog() = default;

WinbackOutcomeInput WinbackOutcomeDialog::input() const
{
    WinbackOutcomeInput input;
    input.notes = m_notes->toPlainText().trimmed();
    switch (m_outcome->checkedId()) {
    case ReturnedChoice: {
        input.outcome = CheckinOutcome::Returned;
        input.returnedOn = m_returnedOn->date();
        const auto mrr = Money::parse(m_newMrr->text(), m_line.currency, QLocale());
        input.newMrrMinor = mrr ? mrr->minor() : 0;
        break;
    }
    case DoNotContactChoice:
        input.outcome = CheckinOutcome::Declined;
        input.doNotContact = true;
        break;
    case NoAnswerChoice:
        input.outcome = CheckinOutcome::NoAnswer;
        break;
    case NotNowChoice:
    default:
        input.outcome = CheckinOutcome::NotYet;
        break;
    }
    return input;
}

QString WinbackOutcomeDialog::problem(QWidget **field) const
{
    auto at = [field](QWidget *widget, const QString &text) {
        if (field)
            *field = widget;
        return text;
    };
    if (m_outcome->checkedId() == NoChoice)
        return at(m_returned, tr("Choose what came of the check-in."));
    if (m_outcome->checkedId() != ReturnedChoice)
        return {};
    if (m_line.closedOn.isValid() && m_returnedOn->date() < m_line.closedOn)
        return at(m_returnedOn, tr("The return date %1 is before the case closed on %2. Check the date.")
                                    .arg(LocaleText::date(m_returnedOn->date()), LocaleText::date(m_line.closedOn)));
    if (m_newMrr->text().trimmed().isEmpty())
        return at(m_newMrr, tr("Enter the new MRR in %1.").arg(m_line.currency));
    const auto mrr = Money::parse(m_newMrr->text(), m_line.currency, QLocale());
    if (!mrr)
        return at(m_newMrr, tr("The new MRR cannot be read: %1").arg(mrr.error().message));
    return {};
}

void WinbackOutcomeDialog::save()
{
    if (m_busy)
        return;
    QWidget *field = nullptr;
    if (const QString wrong = problem(&field); !wrong.isEmpty()) {
        showError(wrong);
        if (field)
            field->setFocus();
        return;
    }
    submit(m_version, input());
}

void WinbackOutcomeDialog::submit(int version, const WinbackOutcomeInput &input)
{
    m_busy = true;
    m_message->hide();
    updateState();
    const qint64 checkinId = m_line.checkin.id;
    m_session->run<void>(
        this,
        [checkinId, version, input](ServiceContext &context) {
            return WinbackService(context).recordOutcome(checkinId, version, input);
        },
        [this, input](const Status &saved) { finish(saved, input); });
}

void WinbackOutcomeDialog::finish(const Status &saved, const WinbackOutcomeInput &input)
{
    m_busy = false;
    updateState();
    if (saved) {
        accept();
        return;
    }
    if (saved.error().code == ErrorCode::Conflict) {
        resolveConflict(saved.error(), input);
        return;
    }
    // What the person typed stays, so they can correct it.
    showError(saved.error().text());
}

void WinbackOutcomeDialog::resolveConflict(const Error &error, const WinbackOutcomeInput &input)
{
    // The same choice, in the same words, as every change to a case.
    if (ConflictPrompt::ask(this, error) == ConflictPrompt::Choice::ApplyAgain) {
        const int current = CaseWorkService::currentVersionOf(error);
        if (current > 0) {
            m_version = current;
            submit(current, input);
            return;
        }
        showError(error.text());
        return;
    }
    m_reloadRequested = true;
    reject();
}

void WinbackOutcomeDialog::showError(const QString &text)
{
    m_message->setText(tr("Not saved: %1").arg(text));
    m_message->show();
}

void WinbackOutcomeDialog::updateState()
{
    const bool returned = m_outcome->checkedId() == ReturnedChoice;
    m_returnedOnLabel->setEnabled(returned);
    m_returnedOn->setEnabled(returned);
    m_newMrrLabel->setEnabled(returned);
    m_newMrr->setEnabled(returned);
    m_saveButton->setEnabled(!m_busy);
}

} // namespace fairwell
