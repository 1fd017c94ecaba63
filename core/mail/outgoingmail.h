// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailaddress.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

// A message ready for delivery, in the app's terms. MailMessage turns it
// into RFC 5322 / MIME bytes; a MailTransport delivers it.
struct OutgoingMail
{
    // "<unique@host>", given when the note is queued and kept for life, so a
    // resend is recognisable as the same message.
    QString messageId;
    QDateTime date; // UTC; the Date header
    MailAddress from;
    MailAddress replyTo; // empty address: no Reply-To header
    MailAddressList to;
    MailAddressList cc;
    QString subject;
    QString body; // plain text, lines end in '\n'
};

} // namespace fairwell
