// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/mailaddress.h"

#include <QCoreApplication>
#include <QString>

namespace fairwell {

// Mail addresses as a note's To and Cc take them: what counts as a valid
// one, and a list written as people write it ("Maria Keller
// <maria@acme.example>, ben@acme.example").
class NoteAddresses
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteAddresses)

public:
    // An address a mail server takes: an ASCII local part (dot-atoms), "@",
    // a domain of two or more labels (international names allowed), within
    // the lengths of RFC 5321.
    static bool isValidAddress(const QString &address);
    // A display name that fits in a header: no line breaks or control
    // characters.
    static bool isValidName(const QString &name);
    // InvalidInput naming the mailbox (`field`: "To", "Cc") when it is not
    // valid; the message ends "Nothing was changed."
    static Status check(const MailAddress &mailbox, const QString &field);

    // Splits a comma- or semicolon-separated list; a name may be quoted
    // ("Berg, Anna" <anna@…>). InvalidInput names the first bad entry.
    static Result<MailAddressList> parseList(const QString &text);
    // The list as parseList() reads it back.
    static QString formatList(const MailAddressList &list);
    static QString format(const MailAddress &mailbox);

    // The part after "@", or empty.
    static QString domainOf(const QString &address);
};

} // namespace fairwell
