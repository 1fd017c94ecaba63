// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/reassigndialog.h"

#include "common/rolenames.h"
#include "domain/offboardingcase.h"
#include "services/person.h"
#include "services/caseservice.h"
#include "services/peopleservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fairwell {

ReassignDialog::ReassignDialog(Session *session, const QList<qint64> &caseIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseIds(caseIds)
{
    setWindowTitle(tr("Reassign Cases"));

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setAccessibleName(tr("New owner"));
    m_person->addItem(tr("Loading people…"), qint64(0));
    m_prompt = new QLabel(tr("Reassign %n case(s) &to:", nullptr, int(caseIds.size())), this);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setBuddy(m_person);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reassignButton = m_buttons->addButton(tr("&Reassign"), QDialogButtonBox::AcceptRole);
    m_reassignButton->setObjectName(QStringLiteral("reassign"));
    m_reassignButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_person);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(400, 180);

    connect(m_person, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateState);
    updateState();
    loadPeople();
    m_person->setFocus();
}

ReassignDialog::~ReassignDialog() = default;

void ReassignDialog::loadPeople()
{
    m_busy = true;
    updateState();
    m_session->run<QList<Person>>(
        this, [](ServiceContext &context) { return PeopleService(context).people(); },
        [this](const Result<QList<Person>> &people) {
            m_busy = false;
            if (!people)
                showError(people.error().text());
            else
                showPeople(*people);
            updateState();
            m_person->setFocus();
        });
}

void ReassignDialog::showPeople(const QList<Person> &people)
{
    m_person->clear();
    for (const Person &person : people) {
        const std::optional<UserRole> role = fromString<UserRole>(person.role);
        m_person->addItem(role ? tr("%1 — %2").arg(person.displayName, RoleNames::text(*role)) : person.displayName,
                          person.id);
    }
    m_loaded = true;
    if (people.isEmpty())
        showError(tr("Nobody is active in this database to take the cases."));
}

void ReassignDialog::submit()
{
    const qint64 ownerId = m_person->currentData().toLongLong();
    if (m_busy || !m_loaded || ownerId == 0 || m_caseIds.isEmpty())
        return;
    m_busy = true;
    m_message->hide();
    updateState();
    const QList<qint64> caseIds = m_caseIds;
    m_session->run<QList<OffboardingCase>>(
        this, [caseIds, ownerId](ServiceContext &context) { return CaseService(context).assign(caseIds, ownerId); },
        [this, ownerId](const Result<QList<OffboardingCase>> &assigned) {
            m_busy = false;
            updateState();
            if (!assigned) {
                // The choice stays, so the person can try again or pick another.
                showError(tr("Not reassigned: %1").arg(assigned.error().text()));
                return;
            }
            m_ownerId = ownerId;
            accept();
        });
}

void ReassignDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void ReassignDialog::updateState()
{
    m_person->setEnabled(m_loaded && !m_busy);
    m_reassignButton->setEnabled(m_loaded && !m_busy && m_person->currentData().toLongLong() != 0
                                 && !m_caseIds.isEmpty());
}

} // namespace fairwell
