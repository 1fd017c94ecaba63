// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/noteaddresses.h"

#include <QRegularExpression>
#include <QUrl>

namespace fairwell {

namespace {

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

bool NoteAddresses::isValidAddress(const QString &address)
{
    static const QRegularExpression localPart(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64 || !localPart.match(local).hasMatch())
        return false;
    // International domain names travel as their ASCII (punycode) form.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceTransitionalProcessing));
    if (ace.isEmpty() || ace.size() > 253 || local.size() + 1 + ace.size() > 254)
        return false;
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool NoteAddresses::isValidName(const QString &name)
{
    return !hasControl(name);
}

Status NoteAddresses::check(const MailAddress &mailbox, const QString &field)
{
    if (mailbox.address.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The note has no %1 address. Nothing was changed.").arg(field));
    if (!isValidAddress(mailbox.address))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" in %2 is not a mail address a server would take (like name@example.com). "
                       "Nothing was changed.")
                        .arg(mailbox.address, field));
    if (!isValidName(mailbox.name))
        return fail(ErrorCode::InvalidInput,
                    tr("The name for %1 in %2 holds a line break or a control character. Nothing was changed.")
                        .arg(mailbox.address, field));
    return {};
}

Result<MailAddressList> NoteAddresses::parseList(const QString &text)
{
    // Split at "," and ";" outside quotes and angle brackets.
    QStringList entries;
    QString current;
    bool quoted = false;
    bool angled = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"') && !angled)
            quoted = !quoted;
        else if (c == QLatin1Char('<') && !quoted)
            angled = true;
        else if (c == QLatin1Char('>') && !quoted)
            angled = false;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !quoted && !angled) {
            entries.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    entries.append(current);

    MailAddressList list;
    for (const QString &raw : std::as_const(entries)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        MailAddress mailbox;
        const qsizetype open = entry.lastIndexOf(QLatin1Char('<'));
        if (open >= 0) {
            if (!entry.endsWith(QLatin1Char('>')))
                return fail(ErrorCode::InvalidInput,
                            tr("\"%1\" is not a mailbox: an address in <…> must end the entry.").arg(entry));
            mailbox.address = entry.mid(open + 1, entry.size() - open - 2).trimmed();
            QString name = entry.left(open).trimmed();
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
                name = name.mid(1, name.size() - 2);
                name.replace(QLatin1String("\\\""), QLatin1String("\""));
                name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
            }
            mailbox.name = name;
        } else {
            mailbox.address = entry;
        }
        if (!isValidAddress(mailbox.address))
            return fail(ErrorCode::InvalidInput,
                        tr("\"%1\" is not a mail address a server would take (like name@example.com).")
                            .arg(mailbox.address));
        if (!isValidName(mailbox.name))
            return fail(ErrorCode::InvalidInput,
                        tr("The name for %1 holds a line break or a control character.").arg(mailbox.address));
        list.append(mailbox);
    }
    return list;
}

QString NoteAddresses::format(const MailAddress &mailbox)
{
    if (mailbox.name.isEmpty())
        return mailbox.address;
    QString name = mailbox.name;
    static const QRegularExpression special(QStringLiteral("[,;<>\"\\\\@()\\[\\]:]"));
    if (name.contains(special)) {
        name.replace(QLatin1String("\\"), QLatin1String("\\\\"));
        name.replace(QLatin1String("\""), QLatin1String("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QLatin1String(" <") + mailbox.address + QLatin1Char('>');
}

QString NoteAddresses::formatList(const MailAddressList &list)
{
    QStringList parts;
    for (const MailAddress &mailbox : list)
        parts.append(format(mailbox));
    return parts.join(QLatin1String(", "));
}

QString NoteAddresses::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace fairwell
