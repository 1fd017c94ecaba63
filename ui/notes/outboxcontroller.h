// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"
#include "mail/smtpsettings.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace fairwell {

class OutboxSender;
class SecretStore;
class Session;

// Runs the outbox's background sender for the window's session: reads the
// mail server settings, gets the password (the desktop keyring, or asked
// once per session where there is none), starts the sender, and starts it
// again when the settings change. With no mail server set up it sends
// nothing: notes then go out through the mail program or as .eml files.
class OutboxController : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of the password question.
    explicit OutboxController(QWidget *window, QObject *parent = nullptr);
    ~OutboxController() override;

    // nullptr stops sending. Waits until somebody works in the session.
    void setSession(Session *session);
    // The settings changed (the mail settings dialog saved them).
    void reloadSettings();
    // A note was queued: send it now.
    void wake();

    SecretStore *secrets() const { return m_secrets; }
    bool isSending() const;

Q_SIGNALS:
    void noteChanged(qint64 noteId, fairwell::NoteState state);
    // Something the person should know, for the status bar.
    void message(const QString &text);

private:
    void start();
    void haveSettings(const SmtpSettings &settings);
    void askPassword(const SmtpSettings &settings);
    void run(const SmtpSettings &settings);
    void stop();

    QPointer<QWidget> m_window;
    QPointer<Session> m_session;
    SecretStore *m_secrets = nullptr;
    OutboxSender *m_sender = nullptr;
    bool m_asked = false; // the password was asked for in this session
};

} // namespace fairwell
