// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/outgoingmail.h"
#include "mail/smtpsettings.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fairwell {

class Database;
struct Note;

// A note as the message that goes out: the same for the sender and for an
// .eml saved by hand.
class NoteMail
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteMail)

public:
    // From: the settings' From address (the author's own address when none
    // is set), named with the settings' From name or else the author's name.
    // Reply-To: the author, when they have an address other than From, so
    // an answer reaches the rep. Dated `date`. The note's Message-ID, or a
    // new one when it has none yet (not stored). Line ends become "\n" and
    // the body ends with one.
    static Result<OutgoingMail> build(Database &db, const Note &note, const SmtpSettings &settings,
                                      const QDateTime &date);

    // "<uuid@domain>": the domain of `fromAddress`, or fairwell.invalid.
    static QString newMessageId(const QString &fromAddress);
};

} // namespace fairwell
