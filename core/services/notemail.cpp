// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notemail.h"

#include "domain/note.h"
#include "services/noteaddresses.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QUrl>
#include <QUuid>

namespace fairwell {

QString NoteMail::newMessageId(const QString &fromAddress)
{
    QString domain = QString::fromLatin1(QUrl::toAce(NoteAddresses::domainOf(fromAddress.trimmed())));
    if (domain.isEmpty())
        domain = QStringLiteral("fairwell.invalid");
    return QLatin1Char('<') + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain
           + QLatin1Char('>');
}

Result<OutgoingMail> NoteMail::build(Database &db, const Note &note, const SmtpSettings &settings,
                                     const QDateTime &date)
{
    User author;
    if (note.authorId != 0) {
        auto found = UserRepository(db).find(note.authorId);
        if (!found && found.error().code != ErrorCode::NotFound)
            return fail(found.error());
        if (found)
            author = *found;
    }
    OutgoingMail mail;
    mail.messageId = note.messageId.isEmpty() ? newMessageId(settings.fromAddress) : note.messageId;
    mail.date = date.toUTC();
    const QString fromAddress = settings.fromAddress.trimmed();
    mail.from.address = fromAddress.isEmpty() ? author.email.trimmed() : fromAddress;
    mail.from.name = settings.fromName.trimmed().isEmpty() ? author.displayName : settings.fromName.trimmed();
    const QString authorAddress = author.email.trimmed();
    if (!authorAddress.isEmpty() && authorAddress.compare(mail.from.address, Qt::CaseInsensitive) != 0)
        mail.replyTo = MailAddress{author.displayName, authorAddress};
    mail.to = {MailAddress{note.recipientName.trimmed(), note.recipientEmail.trimmed()}};
    for (const MailAddress &cc : note.cc)
        mail.cc.append(MailAddress{cc.name.trimmed(), cc.address.trimmed()});
    mail.subject = note.subject.trimmed();
    QString body = note.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    mail.body = body;
    return mail;
}

} // namespace fairwell
