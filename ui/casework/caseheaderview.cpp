// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseheaderview.h"

#include "common/localetext.h"
#include "domain/money.h"
#include "queue/queuetablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fairwell {

namespace {

enum HeaderField {
    ContactField, EmailField, PhoneField, SegmentField, PlanField, MrrField,
    CustomerSinceField, EffectiveField, OwnerField, DaysOpenField, PlaybookField, LastContactField,
    FieldCount
};

} // namespace

CaseHeaderView::CaseHeaderView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status, 1, Qt::AlignBottom);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const int perColumn = (FieldCount + 2) / 3;
    for (int field = 0; field < FieldCount; ++field) {
        auto *name = new QLabel(this);
        name->setEnabled(false); // the muted colour: names recede, values stand out
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_names.append(name);
        m_values.append(value);
        grid->addWidget(name, field % perColumn, (field / perColumn) * 3, Qt::AlignRight);
        if (field != EmailField && field != PhoneField)
            grid->addWidget(value, field % perColumn, (field / perColumn) * 3 + 1);
    }
    m_copyEmail = copyButton("copyEmail", [this] { return m_header ? m_header->contactEmail : QString(); });
    m_copyPhone = copyButton("copyPhone", [this] { return m_header ? m_header->contactPhone : QString(); });
    for (const auto &[field, copy] : {std::pair{EmailField, m_copyEmail}, std::pair{PhoneField, m_copyPhone}}) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_values.at(field));
        row->addWidget(copy);
        row->addStretch(1);
        grid->addLayout(row, field % perColumn, 1);
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(4, 1);
    grid->setColumnStretch(7, 1);
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnMinimumWidth(5, 24);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addLayout(grid);
    retranslateUi();
}

QToolButton *CaseHeaderView::copyButton(const char *name, const std::function<QString()> &text)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(name));
    button->setAutoRaise(true);
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(button, &QToolButton::clicked, this, [this, text] {
        const QString copied = text();
        if (copied.isEmpty())
            return;
        QApplication::clipboard()->setText(copied);
        Q_EMIT this->copied(copied);
    });
    return button;
}

void CaseHeaderView::retranslateUi()
{
    const QStringList names{tr("Contact:"), tr("Email:"), tr("Phone:"), tr("Segment:"), tr("Plan:"), tr("MRR:"),
                            tr("Customer since:"), tr("Effective date:"), tr("Owner:"), tr("Days open:"),
                            tr("Playbook:"), tr("Last contact:")};
    for (int field = 0; field < FieldCount; ++field)
        m_names.at(field)->setText(names.at(field));
    m_copyEmail->setText(tr("Copy"));
    m_copyEmail->setAccessibleName(tr("Copy the email address"));
    m_copyPhone->setText(tr("Copy"));
    m_copyPhone->setAccessibleName(tr("Copy the phone number"));
    if (m_header)
        display(*m_header);
}

void CaseHeaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseHeaderView::clear()
{
    m_header.reset();
    m_title->clear();
    m_status->clear();
    for (QLabel *value : std::as_const(m_values))
        value->clear();
}

void CaseHeaderView::display(const CaseHeader &header)
{
    m_header = header;
    const OffboardingCase &offboardingCase = header.offboardingCase;
    m_title->setText(header.accountName);
    m_title->setToolTip(tr("External ID: %1").arg(header.externalId));
    if (offboardingCase.status == CaseStatus::Open) {
        m_status->setText(tr("Open case"));
    } else {
        const QString outcome =
            offboardingCase.outcome ? QueueTableModel::outcomeText(toString(*offboardingCase.outcome)) : QString();
        m_status->setText(tr("Closed on %1: %2").arg(LocaleText::date(offboardingCase.closedOn), outcome));
    }

    const QString none = tr("—");
    auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    m_values.at(ContactField)->setText(orNone(header.contactName));
    m_values.at(EmailField)->setText(orNone(header.contactEmail));
    m_values.at(PhoneField)->setText(orNone(header.contactPhone));
    m_copyEmail->setVisible(!header.contactEmail.isEmpty());
    m_copyPhone->setVisible(!header.contactPhone.isEmpty());
    m_values.at(SegmentField)->setText(QueueTableModel::segmentText(header.segment));
    m_values.at(PlanField)->setText(header.plan);
    m_values.at(MrrField)->setText(Money(header.mrrMinor, header.accountCurrency).format(QLocale()));
    m_values.at(CustomerSinceField)->setText(orNone(LocaleText::date(header.customerSince)));
    m_values.at(EffectiveField)->setText(orNone(LocaleText::date(offboardingCase.effectiveOn)));
    m_values.at(OwnerField)->setText(header.ownerName.isEmpty() ? tr("Unassigned") : header.ownerName);
    m_values.at(DaysOpenField)->setText(QLocale().toString(header.daysOpen));
    m_values.at(PlaybookField)->setText(orNone(header.playbookName));
    if (header.lastContactAt.isValid()) {
        const qint64 days = header.lastContactAt.toLocalTime().date().daysTo(QDate::currentDate());
        m_values.at(LastContactField)->setText(tr("%1 (%Ln day(s) ago)", nullptr, int(days))
                                                   .arg(LocaleText::instant(header.lastContactAt)));
    } else {
        m_values.at(LastContactField)->setText(tr("No call logged yet"));
    }
}

} // namespace fairwell
