// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/outboxcontroller.h"

#include "mail/secretstore.h"
#include "mail/smtptransport.h"
#include "services/mailsettingsservice.h"
#include "session/outboxsender.h"
#include "session/session.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>

namespace fairwell {

OutboxController::OutboxController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_secrets(new SecretStore(QStringLiteral("Fairwell"), this))
{
}

OutboxController::~OutboxController()
{
    // The sender waits for a delivery under way; its note, left "sending",
    // is flagged "may have been sent" by the next sender to start.
    delete m_sender;
}

bool OutboxController::isSending() const
{
    return m_sender && m_sender->isRunning();
}

void OutboxController::setSession(Session *session)
{
    if (m_session == session)
        return;
    stop();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_asked = false;
    if (!session)
        return;
    connect(session, &Session::actorChanged, this, [this] { start(); });
    start();
}

void OutboxController::reloadSettings()
{
    m_asked = false;
    start();
}

void OutboxController::wake()
{
    if (m_sender)
        m_sender->wake();
}

void OutboxController::stop()
{
    if (!m_sender)
        return;
    // Deleted now, not later: the session it sends through may go next. A
    // delivery under way is waited for (at most the server timeout).
    m_sender->stop();
    delete m_sender;
    m_sender = nullptr;
}

void OutboxController::start()
{
    if (!m_session || !m_session->actor().isValid())
        return;
    m_session->run<SmtpSettings>(
        this, [](ServiceContext &c) { return MailSettingsService(c).smtpSettings(); },
        [this](const Result<SmtpSettings> &settings) {
            if (!settings) {
                Q_EMIT message(tr("The mail settings could not be read: %1").arg(settings.error().message));
                return;
            }
            haveSettings(*settings);
        });
}

void OutboxController::haveSettings(const SmtpSettings &settings)
{
    if (!settings.isConfigured()) {
        stop();
        return;
    }
    if (settings.userName.isEmpty()) {
        run(settings);
        return;
    }
    m_secrets->readPassword(SecretStore::smtpAccount(settings), this, [this, settings](Result<QString> password) {
        if (password) {
            SmtpSettings withPassword = settings;
            withPassword.password = *password;
            run(withPassword);
            return;
        }
        if (password.error().code == ErrorCode::NotFound && !m_asked) {
            askPassword(settings);
            return;
        }
        Q_EMIT message(tr("Thank-you notes wait in the outbox: %1").arg(password.error().message));
    });
}

void OutboxController::askPassword(const SmtpSettings &settings)
{
    m_asked = true;
    // Not exec(): answers from the database keep arriving meanwhile.
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mail Server Password"));
    dialog->setLabelText(m_secrets->keyringAvailable()
                             ? tr("The password of %1 on %2, to send thank-you notes. It is kept in the desktop's "
                                  "keyring.")
                                   .arg(settings.userName, settings.host)
                             : tr("The password of %1 on %2, to send thank-you notes. This desktop has no keyring, "
                                  "so it is kept only until Fairwell closes.")
                                   .arg(settings.userName, settings.host));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, settings](const QString &password) {
        m_secrets->writePassword(SecretStore::smtpAccount(settings), password, this, [this](Status saved) {
            if (!saved)
                Q_EMIT message(saved.error().message);
        });
        SmtpSettings withPassword = settings;
        withPassword.password = password;
        run(withPassword);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        Q_EMIT message(tr("Thank-you notes wait in the outbox until the mail server's password is given "
                          "(File ▸ Mail Settings…)."));
    });
    dialog->open();
}

void OutboxController::run(const SmtpSettings &settings)
{
    if (!m_session)
        return;
    if (!m_sender) {
        m_sender = new OutboxSender(*m_session, [](const SmtpSettings &given) -> std::unique_ptr<MailTransport> {
            return std::make_unique<SmtpTransport>(given);
        });
        connect(m_sender, &OutboxSender::noteChanged, this, &OutboxController::noteChanged);
        connect(m_sender, &OutboxSender::interruptedFound, this, [this](int count) {
            // The sender writes through this desk's session, whose own
            // commits raise no dataChanged: the views are told here.
            Q_EMIT noteChanged(0, NoteState::MayHaveBeenSent);
            Q_EMIT message(tr("%n thank-you note(s) may have been sent while Fairwell stopped: see the Outbox.",
                              nullptr, count));
        });
        connect(m_sender, &OutboxSender::problem, this,
                [this](const Error &error) { Q_EMIT message(tr("Outbox: %1").arg(error.message)); });
    }
    m_sender->start(settings);
}

} // namespace fairwell
