// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/mailsettingsdialog.h"

#include "common/messageline.h"
#include "mail/secretstore.h"
#include "mail/smtptransport.h"
#include "services/mailsettingsservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace fairwell {

namespace {

struct StoredSettings
{
    SmtpSettings smtp;
    ExportDirections directions;
    QString signature;
};

} // namespace

MailSettingsDialog::MailSettingsDialog(Session *session, SecretStore *secrets, bool isAdmin, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_isAdmin(isAdmin)
{
    setObjectName(QStringLiteral("mailSettings"));
    buildUi();
    retranslateUi();
    load();
}

MailSettingsDialog::~MailSettingsDialog() = default;

void MailSettingsDialog::buildUi()
{
    auto label = [this](QWidget *buddy) {
        auto *text = new QLabel(this);
        text->setBuddy(buddy);
        m_labels.append(text);
        return text;
    };
    m_serverGroup = new QGroupBox(this);
    m_serverNote = new QLabel(m_serverGroup);
    m_serverNote->setWordWrap(true);
    m_host = new QLineEdit(m_serverGroup);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(m_serverGroup);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(m_serverGroup);
    m_security->setObjectName(QStringLiteral("security"));
    m_user = new QLineEdit(m_serverGroup);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(m_serverGroup);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_fromAddress = new QLineEdit(m_serverGroup);
    m_fromAddress->setObjectName(QStringLiteral("fromAddress"));
    m_fromName = new QLineEdit(m_serverGroup);
    m_fromName->setObjectName(QStringLiteral("fromName"));
    m_caFile = new QLineEdit(m_serverGroup);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_test = new QPushButton(m_serverGroup);
    m_test->setObjectName(QStringLiteral("sendTest"));
    m_test->setAutoDefault(false);
    auto *server = new QFormLayout(m_serverGroup);
    server->addRow(m_serverNote);
    server->addRow(label(m_host), m_host);
    server->addRow(label(m_port), m_port);
    server->addRow(label(m_security), m_security);
    server->addRow(label(m_user), m_user);
    server->addRow(label(m_password), m_password);
    server->addRow(label(m_fromAddress), m_fromAddress);
    server->addRow(label(m_fromName), m_fromName);
    server->addRow(label(m_caFile), m_caFile);
    server->addRow(QString(), m_test);

    m_exportGroup = new QGroupBox(this);
    m_exportLink = new QLineEdit(m_exportGroup);
    m_exportLink->setObjectName(QStringLiteral("exportLink"));
    m_exportText = new QPlainTextEdit(m_exportGroup);
    m_exportText->setObjectName(QStringLiteral("exportDirections"));
    m_exportText->setTabChangesFocus(true);
    m_exportText->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    auto *exportForm = new QFormLayout(m_exportGroup);
    exportForm->addRow(label(m_exportLink), m_exportLink);
    exportForm->addRow(label(m_exportText), m_exportText);

    m_signatureGroup = new QGroupBox(this);
    m_signature = new QPlainTextEdit(m_signatureGroup);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    auto *signatureLayout = new QVBoxLayout(m_signatureGroup);
    signatureLayout->addWidget(m_signature);

    m_message = new MessageLine(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serverGroup);
    layout->addWidget(m_exportGroup);
    layout->addWidget(m_signatureGroup);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // Only an admin changes what the whole team shares.
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_security, m_user, m_fromAddress,
                                                             m_fromName, m_caFile, m_exportLink, m_exportText})
        field->setEnabled(m_isAdmin);
    m_password->setEnabled(true); // each desk keeps its own copy of the password

    connect(m_test, &QPushButton::clicked, this, &MailSettingsDialog::sendTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MailSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Mail Settings"));
    m_serverGroup->setTitle(tr("Mail server (shared by the team)"));
    m_serverNote->setText(
        m_isAdmin ? tr("Leave the server empty to send notes from each person's own mail program instead.")
                  : tr("Only an admin changes the mail server. You can give this desk the password."));
    const QStringList texts{tr("Ser&ver:"),        tr("&Port:"),         tr("Securit&y:"),
                            tr("&User name:"),     tr("Pass&word:"),     tr("&From address:"),
                            tr("From &name:"),     tr("Extra &CA file:"), tr("Export &link:"),
                            tr("Export &directions:")};
    for (int i = 0; i < texts.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    const int security = m_security->currentIndex();
    m_security->clear();
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS from the start (usually port 465)"), int(SmtpSecurity::ImplicitTls));
    m_security->setCurrentIndex(qMax(0, security));
    m_user->setPlaceholderText(tr("Empty: the server needs no login"));
    m_password->setPlaceholderText(tr("Kept in the desktop keyring, never in the database"));
    m_fromName->setPlaceholderText(tr("Empty: the name of the person who writes the note"));
    m_caFile->setPlaceholderText(tr("Optional: a company certificate authority, as a PEM file"));
    m_test->setText(tr("Send &Test Message"));
    m_test->setToolTip(tr("Sends one message to the From address with the settings as they are typed here."));
    m_exportGroup->setTitle(tr("The customer's data export (quoted by notes)"));
    m_exportLink->setPlaceholderText(tr("https://…"));
    m_signatureGroup->setTitle(tr("Your signature"));
    m_signature->setAccessibleName(tr("Your signature"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MailSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MailSettingsDialog::load()
{
    if (!m_session)
        return;
    setBusy(true);
    m_session->run<StoredSettings>(
        this,
        [](ServiceContext &c) -> Result<StoredSettings> {
            MailSettingsService settings(c);
            auto smtp = settings.smtpSettings();
            if (!smtp)
                return fail(smtp.error());
            auto directions = settings.exportDirections();
            if (!directions)
                return fail(directions.error());
            auto signature = settings.signature();
            if (!signature)
                return fail(signature.error());
            return StoredSettings{*smtp, *directions, *signature};
        },
        [this](const Result<StoredSettings> &stored) {
            setBusy(false);
            if (!stored) {
                m_message->showError(stored.error());
                return;
            }
            const SmtpSettings &smtp = stored->smtp;
            m_host->setText(smtp.host);
            m_port->setValue(smtp.port);
            m_security->setCurrentIndex(qMax(0, m_security->findData(int(smtp.security))));
            m_user->setText(smtp.userName);
            m_fromAddress->setText(smtp.fromAddress);
            m_fromName->setText(smtp.fromName);
            m_caFile->setText(smtp.caFile);
            m_exportLink->setText(stored->directions.link);
            m_exportText->setPlainText(stored->directions.text);
            m_signature->setPlainText(stored->signature);
            m_loadedAccount = SecretStore::smtpAccount(smtp);
            if (m_secrets && !smtp.userName.isEmpty()) {
                if (auto known = m_secrets->sessionPassword(m_loadedAccount))
                    m_password->setText(*known);
            }
        });
}

SmtpSettings MailSettingsDialog::settingsFromForm() const
{
    SmtpSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = static_cast<SmtpSecurity>(m_security->currentData().toInt());
    settings.userName = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.fromAddress = m_fromAddress->text().trimmed();
    settings.fromName = m_fromName->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    return settings;
}

void MailSettingsDialog::sendTest()
{
    const SmtpSettings settings = settingsFromForm();
    if (auto valid = MailSettingsService::validate(settings); !valid || !settings.isConfigured()) {
        m_message->showText(valid ? tr("Give the mail server first.") : valid.error().message);
        return;
    }
    if (!m_session)
        return;
    setBusy(true);
    m_message->showText(tr("Sending a test message to %1…").arg(settings.fromAddress));
    // The network conversation runs off the GUI thread and off the
    // session's database worker.
    m_session->runDetached<DeliveryOutcome>(
        this,
        [settings]() -> Result<DeliveryOutcome> {
            OutgoingMail mail;
            const QString domain = settings.fromAddress.section(u'@', 1);
            mail.messageId = QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                           domain.isEmpty() ? QStringLiteral("fairwell.invalid")
                                                                            : domain);
            mail.date = QDateTime::currentDateTimeUtc();
            mail.from = MailAddress{settings.fromName.isEmpty() ? QStringLiteral("Fairwell") : settings.fromName,
                                    settings.fromAddress};
            mail.to = {MailAddress{QString(), settings.fromAddress}};
            mail.subject = MailSettingsDialog::tr("Fairwell test message");
            mail.body = MailSettingsDialog::tr("This message comes from Fairwell's mail settings. If you read it, "
                                               "thank-you notes can go out through this server.\n");
            return SmtpTransport(settings).deliver(mail);
        },
        [this, settings](const Result<DeliveryOutcome> &outcome) {
            setBusy(false);
            if (!outcome) {
                m_message->showError(outcome.error());
                return;
            }
            if (outcome->result == DeliveryResult::Delivered)
                m_message->showText(tr("The server took the test message for %1.").arg(settings.fromAddress));
            else
                m_message->showText(tr("The test message was not sent: %1").arg(outcome->detail));
        });
}

void MailSettingsDialog::save()
{
    if (!m_session || m_busy)
        return;
    const SmtpSettings settings = settingsFromForm();
    if (m_isAdmin) {
        if (auto valid = MailSettingsService::validate(settings); !valid && settings.isConfigured()) {
            m_message->showError(valid.error());
            return;
        }
    }
    const ExportDirections directions{m_exportText->toPlainText().trimmed(), m_exportLink->text().trimmed()};
    const QString signature = m_signature->toPlainText();
    const bool admin = m_isAdmin;
    setBusy(true);
    m_session->run<bool>(
        this,
        [settings, directions, signature, admin](ServiceContext &c) -> Result<bool> {
            MailSettingsService service(c);
            if (admin) {
                if (auto saved = service.saveSmtpSettings(settings); !saved)
                    return fail(saved.error());
                if (auto saved = service.saveExportDirections(directions); !saved)
                    return fail(saved.error());
            }
            if (auto saved = service.saveSignature(signature); !saved)
                return fail(saved.error());
            return true;
        },
        [this, settings](const Result<bool> &saved) {
            setBusy(false);
            if (!saved) {
                m_message->showError(saved.error());
                return;
            }
            if (m_secrets && settings.isConfigured() && !settings.userName.isEmpty() && !settings.password.isEmpty()) {
                m_secrets->writePassword(SecretStore::smtpAccount(settings), settings.password, this, [](Status) {});
            }
            Q_EMIT settingsSaved();
            accept();
        });
}

void MailSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy && m_isAdmin);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

} // namespace fairwell
