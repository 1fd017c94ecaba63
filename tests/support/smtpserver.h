// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/smtpsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace fairwell::test {

struct ParsedAddress
{
    QString name;
    QString address;

    friend bool operator==(const ParsedAddress &, const ParsedAddress &) = default;
};

// A message as Python's email package (policy=default) reads it, through
// tests/servers/parse_message.py: an independent parser, not ours.
struct ParsedMail
{
    QString file; // empty when parsed from bytes
    QByteArray raw;
    QList<std::pair<QString, QString>> headers; // decoded, in order
    std::optional<QString> subject;
    QList<ParsedAddress> from, to, cc, replyTo;
    QString date; // ISO 8601 ("2025-03-04T14:05:09+00:00"); empty if unparsable
    QString dateRaw;
    QString messageId;
    QString contentType, charset, transferEncoding;
    QString body; // decoded; CRLF shown as "\n"
    QStringList defects; // every defect the parser found
    QString envelopeFrom; // from the server's envelope record, if any
    QStringList envelopeTo;

    // How many headers carry this name (case-insensitive).
    int headerCount(const QString &name) const;
};

std::optional<ParsedMail> parseMail(const QByteArray &raw, QString *whyNot);
std::optional<ParsedMail> parseMailFile(const QString &file, QString *whyNot);

// The SMTP test server the ctest fixture started (tests/servers/
// smtp-start.sh), read from the file named by FAIRWELL_TEST_SMTP_ENV, or a
// private one of a test's own (startPrivate) for tests that stop and
// restart it. A test that needs one and finds none fails with the reason.
class SmtpServer
{
public:
    static SmtpServer fromEnvironment(QString *whyNot = nullptr);
    // A new server in a temporary folder, stopped and removed when the
    // object goes. `answerDelayMs`: each accepted message is stored at
    // once and answered that much later (also after a restart).
    static std::unique_ptr<SmtpServer> startPrivate(QString *whyNot, int answerDelayMs = 0);

    SmtpServer() = default;
    SmtpServer(SmtpServer &&other) noexcept;
    SmtpServer &operator=(SmtpServer &&other) noexcept;
    ~SmtpServer();

    bool isValid() const { return startTlsPort > 0; }

    // Settings that trust the test CA and log in as the test user.
    SmtpSettings settings(SmtpSecurity security = SmtpSecurity::StartTls) const;

    // The accepted messages' files (NAME.eml), in order of arrival.
    QStringList messageFiles() const;
    // The accepted messages that carry this Message-ID, parsed.
    QList<ParsedMail> messagesWithId(const QString &messageId, QString *whyNot) const;

    // Down as in a crash (SIGKILL), and back on the same ports with the same
    // mailbox. Only for a private server: the shared one serves tests
    // running in parallel.
    bool kill(QString *whyNot);
    bool restart(QString *whyNot);

    QString host;
    int startTlsPort = 0;
    int tlsPort = 0;
    int untrustedPort = 0; // STARTTLS with a certificate from otherCaFile's CA
    int plainPort = 0; // no encryption offered, no login needed
    int wrongNamePort = 0; // STARTTLS, test CA, certificate for another host
    QString caFile;
    QString otherCaFile;
    QString user;
    QString password;
    QString mailbox;
    QString pidFile;

private:
    void stopPrivate();

    QString m_privateState; // non-empty: started by startPrivate()
};

} // namespace fairwell::test
