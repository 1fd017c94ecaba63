// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/profiledialog.h"

#include "common/rolenames.h"
#include "services/peopleservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fairwell {

ProfileDialog::ProfileDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Who Is Working?"));
    auto *intro = new QLabel(tr("Fairwell records who does what, so every departing customer has one clear owner. "
                                "Choose your profile in this database, or create it."),
                             this);
    intro->setWordWrap(true);

    auto *pickBox = new QGroupBox(tr("&Existing profiles"), this);
    m_profiles = new QListWidget(pickBox);
    m_profiles->setAccessibleName(tr("Existing profiles"));
    m_workAsButton = new QPushButton(tr("&Work as Selected"), pickBox);
    auto *pickLayout = new QVBoxLayout(pickBox);
    pickLayout->addWidget(m_profiles);
    pickLayout->addWidget(m_workAsButton, 0, Qt::AlignRight);

    auto *createBox = new QGroupBox(tr("New profile"), this);
    m_name = new QLineEdit(createBox);
    m_email = new QLineEdit(createBox);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_role = new QComboBox(createBox);
    for (const UserRole role : {UserRole::Rep, UserRole::Manager, UserRole::Admin})
        m_role->addItem(RoleNames::text(role), int(role));
    m_createButton = new QPushButton(tr("&Create Profile"), createBox);
    auto *form = new QFormLayout(createBox);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_createButton);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(pickBox, 1);
    layout->addWidget(createBox);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(460, 520);

    connect(m_workAsButton, &QPushButton::clicked, this, &ProfileDialog::workAsSelected);
    connect(m_profiles, &QListWidget::itemActivated, this, &ProfileDialog::workAsSelected);
    connect(m_profiles, &QListWidget::currentRowChanged, this, &ProfileDialog::updateButtons);
    connect(m_createButton, &QPushButton::clicked, this, &ProfileDialog::createProfile);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::updateButtons);
    updateButtons();
    loadProfiles();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::loadProfiles()
{
    m_busy = true;
    updateButtons();
    Session::JobOptions options;
    options.beforeActor = true;
    m_session->run<QList<User>>(
        this, [](ServiceContext &context) { return PeopleService(context).localProfiles(); },
        [this](const Result<QList<User>> &profiles) {
            m_busy = false;
            if (!profiles)
                showError(profiles.error().text());
            else
                showProfiles(*profiles);
            updateButtons();
        },
        options);
}

void ProfileDialog::showProfiles(const QList<User> &profiles)
{
    m_profiles->clear();
    for (const User &user : profiles) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(user.displayName, RoleNames::text(user.role)), m_profiles);
        item->setData(Qt::UserRole, user.id);
    }
    if (profiles.isEmpty())
        m_name->setFocus();
    else
        m_profiles->setCurrentRow(0);
}

void ProfileDialog::workAsSelected()
{
    const QListWidgetItem *item = m_profiles->currentItem();
    if (!item || m_busy)
        return;
    const qint64 userId = item->data(Qt::UserRole).toLongLong();
    m_busy = true;
    updateButtons();
    Session::JobOptions options;
    options.beforeActor = true;
    m_session->run<Actor>(
        this, [userId](ServiceContext &context) { return PeopleService(context).chooseLocalProfile(userId); },
        [this](const Result<Actor> &actor) { finishWith(actor); }, options);
}

void ProfileDialog::createProfile()
{
    if (m_busy)
        return;
    const QString name = m_name->text();
    const QString email = m_email->text();
    const auto role = UserRole(m_role->currentData().toInt());
    m_busy = true;
    updateButtons();
    Session::JobOptions options;
    options.beforeActor = true;
    m_session->run<Actor>(
        this,
        [name, email, role](ServiceContext &context) {
            return PeopleService(context).createLocalProfile(name, email, role);
        },
        [this](const Result<Actor> &actor) { finishWith(actor); }, options);
}

void ProfileDialog::finishWith(const Result<Actor> &actor)
{
    m_busy = false;
    updateButtons();
    if (!actor) {
        // What the person typed stays, so they can correct it.
        showError(actor.error().text());
        return;
    }
    m_actor = *actor;
    accept();
}

void ProfileDialog::showError(const QString &text)
{
    m_message->setText(tr("Not done: %1").arg(text));
    m_message->show();
}

void ProfileDialog::updateButtons()
{
    m_workAsButton->setEnabled(!m_busy && m_profiles->currentItem());
    m_createButton->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty());
}

} // namespace fairwell
