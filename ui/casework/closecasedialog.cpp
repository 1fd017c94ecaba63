// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecasedialog.h"

#include "domain/money.h"
#include "services/caseworkservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace fairwell {

namespace {

// The default wait before asking a former customer how they are doing.
constexpr int WinbackDays = 90;

} // namespace

CloseCaseDialog::CloseCaseDialog(Session *session, const CaseDetail &detail, QWidget *parent)
    : CaseActionDialog(session, detail.header.offboardingCase.id, detail.header.offboardingCase.version, parent)
    , m_detail(detail)
{
    setObjectName(QStringLiteral("closeCaseDialog"));
    setWindowTitle(tr("Close Case: %1").arg(detail.header.accountName));

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("closeOutcome"));
    m_outcome->addItem(tr("Churned: the customer left"), int(CaseOutcome::Churned));
    m_outcome->addItem(tr("Saved: the customer stays"), int(CaseOutcome::Saved));
    m_outcome->addItem(tr("Downgraded to a smaller plan"), int(CaseOutcome::Downgraded));
    m_outcome->addItem(tr("Paused"), int(CaseOutcome::Paused));
    m_reasonHint = new QLabel(this);
    m_reasonHint->setWordWrap(true);
    m_mrrLost = new QLineEdit(this);
    m_mrrLost->setObjectName(QStringLiteral("mrrLost"));
    const QString currency = detail.header.offboardingCase.currency;
    // Filled from the account: the revenue the departure takes away.
    m_mrrLost->setText(Money(detail.header.mrrMinor, currency).formatAmount(QLocale()));
    auto *mrrRow = new QHBoxLayout;
    mrrRow->addWidget(m_mrrLost, 1);
    mrrRow->addWidget(new QLabel(currency, this));
    m_closedOn = new QDateEdit(QDate::currentDate(), this);
    m_closedOn->setObjectName(QStringLiteral("closedOn"));
    m_closedOn->setCalendarPopup(true);
    m_closedOn->setMinimumDate(detail.header.offboardingCase.openedOn);
    m_winback = new QCheckBox(tr("Plan a &win-back check-in on"), this);
    m_winback->setObjectName(QStringLiteral("planWinback"));
    m_winbackOn = new QDateEdit(QDate::currentDate().addDays(WinbackDays), this);
    m_winbackOn->setObjectName(QStringLiteral("winbackOn"));
    m_winbackOn->setCalendarPopup(true);
    m_winbackOn->setMinimumDate(QDate::currentDate().addDays(1));
    auto *winbackRow = new QHBoxLayout;
    winbackRow->addWidget(m_winback);
    winbackRow->addWidget(m_winbackOn);
    winbackRow->addStretch(1);

    // Only a customer who said yes hears from us again.
    const bool mayContact = detail.feedback && detail.feedback->mayContactLater;
    m_winback->setEnabled(mayContact);
    m_winback->setChecked(mayContact);
    m_winbackOn->setEnabled(mayContact);
    connect(m_winback, &QCheckBox::toggled, m_winbackOn, &QWidget::setEnabled);
    if (!mayContact)
        m_winback->setToolTip(tr("The customer has not agreed to be contacted later (Record Feedback)."));

    form()->addRow(tr("&Outcome:"), m_outcome);
    form()->addRow(QString(), m_reasonHint);
    form()->addRow(tr("&MRR lost:"), mrrRow);
    form()->addRow(tr("Close &date:"), m_closedOn);
    form()->addRow(tr("Win-back:"), winbackRow);
    setSaveText(tr("&Close Case"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CloseCaseDialog::updateHints);
    updateHints();
    resize(520, 300);
}

void CloseCaseDialog::updateHints()
{
    const auto outcome = CaseOutcome(m_outcome->currentData().toInt());
    const bool hasReason = m_detail.feedback && m_detail.feedback->primaryReasonId != 0;
    if (outcome == CaseOutcome::Churned && !hasReason)
        m_reasonHint->setText(tr("A churned case needs its primary exit reason: record the feedback first."));
    else
        m_reasonHint->clear();
    m_reasonHint->setVisible(!m_reasonHint->text().isEmpty());
    if (outcome == CaseOutcome::Saved && m_mrrLost->text() == Money(m_detail.header.mrrMinor,
                                                                     m_detail.header.offboardingCase.currency)
                                                                   .formatAmount(QLocale()))
        m_mrrLost->setText(Money(0, m_detail.header.offboardingCase.currency).formatAmount(QLocale()));
}

QString CloseCaseDialog::problem() const
{
    auto mrr = Money::parse(m_mrrLost->text(), m_detail.header.offboardingCase.currency, QLocale());
    if (!mrr)
        return mrr.error().message;
    if (mrr->minor() < 0)
        return tr("The MRR lost cannot be negative.");
    return {};
}

CaseActionDialog::Change CloseCaseDialog::change() const
{
    CloseInput input;
    input.outcome = CaseOutcome(m_outcome->currentData().toInt());
    auto mrr = Money::parse(m_mrrLost->text(), m_detail.header.offboardingCase.currency, QLocale());
    input.mrrLostMinor = mrr ? mrr->minor() : 0;
    input.closedOn = m_closedOn->date();
    if (m_winback->isEnabled() && m_winback->isChecked())
        input.winbackDueOn = m_winbackOn->date();
    const qint64 id = caseId();
    return [id, input](ServiceContext &context, int version) {
        return CaseWorkService(context).closeCase(id, version, input);
    };
}

} // namespace fairwell
