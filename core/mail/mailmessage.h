// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/outgoingmail.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fairwell {

// Turns an OutgoingMail into the bytes of an RFC 5322 / MIME message: one
// UTF-8 text/plain part in quoted-printable, CRLF line ends, header lines
// folded within 78 characters, RFC 2047 encoded-words for anything that is
// not plain ASCII. The same bytes go to the SMTP server and into a saved
// .eml file.
class MailMessage
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::MailMessage)

public:
    // A mailbox address we can send to: an ASCII dot-atom local part and a
    // domain with at least two labels (an international domain is fine; it
    // travels in its ACE "xn--" form). No display name, no spaces, no
    // quoted local parts, no address literals.
    static bool isValidAddress(const QString &address);

    // Checks what toRfc5322() cannot repair: sender, Reply-To and every
    // recipient valid, at least one To, a well-formed Message-ID. The error
    // (InvalidInput) names the offending address in words for a user.
    static Status validate(const OutgoingMail &mail);

    // The message's bytes. Call validate() first: an invalid address is
    // written as given (line breaks and control characters removed, so no
    // header can be injected), which a server will refuse. An invalid date
    // becomes the current time. There is never a Bcc header.
    static QByteArray toRfc5322(const OutgoingMail &mail);

    // The address as it goes into the SMTP envelope and the headers: the
    // domain in ACE form ("müller.de" → "xn--mller-kva.de").
    static QByteArray asciiAddress(const QString &address);

    // The envelope recipients: To, then Cc, each address once (compared
    // without regard to case).
    static QStringList envelopeRecipients(const OutgoingMail &mail);

    // Building blocks, public for their tests.

    // "Tue, 04 Mar 2025 14:05:09 +0000": English names whatever the
    // locale, always in UTC.
    static QByteArray formatDate(const QDateTime &date);
    // The text as quoted-printable lines ending in CRLF, none longer than
    // 76 characters; no encoded line starts with "." or "From ", so the
    // message needs no dot-stuffing and survives mbox files unharmed.
    // '\n', "\r\n" and a lone '\r' all end a line.
    static QByteArray encodeQuotedPrintable(const QString &text);
    // RFC 2047 "Q" encoded-words of at most 66 characters (so that one fits
    // on a line after any header name), split between characters, never
    // inside one UTF-8 sequence; spaces are encoded inside the words.
    static QList<QByteArray> encodeWords(const QString &text);
};

} // namespace fairwell
