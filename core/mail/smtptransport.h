// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailtransport.h"
#include "mail/smtpsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace fairwell {

// Delivers messages to an SMTP server through libcurl: STARTTLS (required,
// never optional) or implicit TLS, the server's certificate always
// verified, a login when a user name is set. Each deliver() is one SMTP
// transaction on a connection of its own; it blocks, so it runs on a
// thread of its own. One transport delivers one message at a time;
// cancel() may be called from any thread.
//
// Time: settings().timeoutSeconds bounds the connection and each wait for a
// reply; with libcurl 7.88 a server that goes silent is given up on after
// one to two times that, and a polite QUIT to a silent server may add one
// more. The whole delivery never takes over max(4 × timeout, 60 s).
class SmtpTransport : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::SmtpTransport)

public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport() override;

    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    // Checks the mail (MailMessage::validate; an invalid one is a
    // PermanentFailure and nothing is sent), then sends
    // MailMessage::toRfc5322(mail) to To and Cc.
    DeliveryOutcome deliver(const OutgoingMail &mail) override;

    // Sends message bytes as they are (CRLF line ends; libcurl doubles a
    // leading "." itself) with this envelope. For a test message and for
    // tests; deliver() is the way for notes.
    DeliveryOutcome deliverBytes(const QByteArray &message, const QString &envelopeFrom,
                                 const QStringList &recipients);

    // Stops a running delivery as soon as it can, and every later one on
    // this transport at once (for quitting the app). A stopped delivery is
    // a TemporaryFailure when the message was not handed over yet, and
    // Uncertain when it was.
    void cancel();

    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    std::atomic<bool> m_cancelled = false;
};

} // namespace fairwell
