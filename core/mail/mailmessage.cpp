// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailmessage.h"

#include <QUrl>

#include <cstdio>

namespace fairwell {

namespace {

constexpr qsizetype MaxHeaderLine = 78; // RFC 5322 2.1.1 "SHOULD"
constexpr qsizetype MaxEncodedWord = 66; // 75 allowed; 66 fits after "Reply-To: "
constexpr qsizetype MaxQuotedPrintableLine = 76; // RFC 2045 6.7 (5)
// Longer quoted display names or unencoded subject words are encoded, so
// that every header line can be folded within the limit.
constexpr qsizetype MaxUnbreakable = 70;

const QByteArray Crlf = QByteArrayLiteral("\r\n");

bool isAtext(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char specials[] = "!#$%&'*+-/=?^_`{|}~";
    for (const char s : specials) {
        if (s != '\0' && c == char32_t(s))
            return true;
    }
    return false;
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Line breaks and control characters become spaces: a header value never
// carries a CR or LF of its own, so nothing can be injected through a name
// or a subject.
QString cleanHeaderText(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
    }
    return result;
}

// The letters an encoded-word may carry as they are, even inside a phrase
// (RFC 2047 5 (3)), so one encoding serves names and subjects.
bool isQSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!'
        || c == '*' || c == '+' || c == '-' || c == '/';
}

void appendHex(QByteArray &out, unsigned char byte)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    out += '=';
    out += digits[byte >> 4];
    out += digits[byte & 0x0f];
}

// One header field, folded: `tokens` are separated by single spaces, each
// of which may become CRLF + space. A token is never broken.
QByteArray foldedHeader(const char *name, const QList<QByteArray> &tokens)
{
    QByteArray out;
    QByteArray line = QByteArray(name) + ':';
    bool first = true;
    for (const QByteArray &token : tokens) {
        // An empty token (two spaces in a row) never starts a line: a line of
        // white space only is not a valid fold.
        if (first || token.isEmpty() || line.size() + 1 + token.size() <= MaxHeaderLine) {
            line += ' ' + token;
        } else {
            out += line + Crlf;
            line = ' ' + token;
        }
        first = false;
    }
    return out + line + Crlf;
}

QList<QByteArray> phraseTokens(const QString &name)
{
    const QString text = cleanHeaderText(name).trimmed();
    if (text.isEmpty())
        return {};
    // Python's and other parsers decode "=?" even inside quoted strings, so
    // a name that looks like an encoded-word is encoded for real.
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?"))) {
        const QStringList words = text.split(QLatin1Char(' '));
        bool atoms = true;
        for (const QString &word : words) {
            if (word.isEmpty())
                atoms = false;
            for (const QChar c : word)
                atoms = atoms && isAtext(c.unicode());
        }
        if (atoms) {
            QList<QByteArray> tokens;
            for (const QString &word : words)
                tokens << word.toLatin1();
            return tokens;
        }
        QByteArray quoted = "\"";
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += '\\';
            quoted += char(c.unicode());
        }
        quoted += '"';
        if (quoted.size() <= MaxUnbreakable)
            return {quoted};
    }
    return MailMessage::encodeWords(text);
}

QList<QByteArray> addressListTokens(const MailAddressList &list)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QList<QByteArray> name = phraseTokens(list[i].name);
        const QByteArray address = MailMessage::asciiAddress(list[i].address);
        tokens << name;
        QByteArray token = name.isEmpty() ? address : QByteArray('<' + address + '>');
        if (i + 1 < list.size())
            token += ',';
        tokens << token;
    }
    return tokens;
}

QList<QByteArray> subjectTokens(const QString &subject)
{
    const QString text = cleanHeaderText(subject).trimmed();
    const QStringList words = text.split(QLatin1Char(' '));
    bool encode = !isPrintableAscii(text) || text.contains(QLatin1String("=?"));
    for (const QString &word : words)
        encode = encode || word.size() > MaxUnbreakable;
    if (encode)
        return MailMessage::encodeWords(text);
    QList<QByteArray> tokens;
    for (const QString &word : words)
        tokens << word.toLatin1();
    return tokens;
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String("..")))
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c.unicode()))
            return false;
    }
    return true;
}

bool isValidMessageId(const QString &id)
{
    if (id.size() > 250 || !id.startsWith(QLatin1Char('<')) || !id.endsWith(QLatin1Char('>')))
        return false;
    const QStringView inner = QStringView(id).mid(1, id.size() - 2);
    const qsizetype at = inner.indexOf(QLatin1Char('@'));
    return at > 0 && isDotAtom(inner.left(at)) && isDotAtom(inner.mid(at + 1));
}

QString displayAddress(const QString &address)
{
    return address.trimmed().isEmpty() ? MailMessage::tr("(empty)") : address;
}

} // namespace

bool MailMessage::isValidAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || address.size() > 254)
        return false;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64 || !isDotAtom(local))
        return false;
    for (const QChar c : domain) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    const QByteArray ace = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                return false;
        }
    }
    // A numeric top-level label is an IP address, not a mail domain.
    bool numeric = true;
    for (const char c : labels.last())
        numeric = numeric && c >= '0' && c <= '9';
    return !numeric;
}

QByteArray MailMessage::asciiAddress(const QString &address)
{
    QString text = cleanHeaderText(address);
    text.remove(QLatin1Char(' '));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text.toUtf8();
    const QByteArray ace = QUrl::toAce(text.mid(at + 1), QUrl::IgnoreIDNWhitelist);
    return text.left(at).toUtf8() + '@' + (ace.isEmpty() ? text.mid(at + 1).toUtf8() : ace);
}

QStringList MailMessage::envelopeRecipients(const OutgoingMail &mail)
{
    QStringList result;
    for (const MailAddressList *list : {&mail.to, &mail.cc}) {
        for (const MailAddress &recipient : *list) {
            if (!result.contains(recipient.address, Qt::CaseInsensitive))
                result << recipient.address;
        }
    }
    return result;
}

Status MailMessage::validate(const OutgoingMail &mail)
{
    if (!isValidAddress(mail.from.address))
        return fail(ErrorCode::InvalidInput,
                    tr("The sender address “%1” is not a valid e-mail address. Nothing was sent.")
                        .arg(displayAddress(mail.from.address)),
                    tr("From"));
    if (!mail.replyTo.address.isEmpty() && !isValidAddress(mail.replyTo.address))
        return fail(ErrorCode::InvalidInput,
                    tr("The reply address “%1” is not a valid e-mail address. Nothing was sent.")
                        .arg(mail.replyTo.address),
                    tr("Reply-To"));
    if (mail.to.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The message has no recipient. Add an address under To."),
                    tr("To"));
    const std::pair<const MailAddressList *, QString> lists[] = {{&mail.to, tr("To")}, {&mail.cc, tr("Cc")}};
    for (const auto &[list, field] : lists) {
        for (const MailAddress &recipient : *list) {
            if (!isValidAddress(recipient.address))
                return fail(ErrorCode::InvalidInput,
                            tr("“%1” is not a valid e-mail address. Nothing was sent.")
                                .arg(displayAddress(recipient.address)),
                            field);
        }
    }
    if (!isValidMessageId(mail.messageId))
        return fail(ErrorCode::InvalidInput,
                    tr("The message has no valid Message-ID (“%1”). Nothing was sent.").arg(mail.messageId),
                    tr("Message-ID"));
    return {};
}

QByteArray MailMessage::formatDate(const QDateTime &date)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[day.dayOfWeek() - 1],
                  day.day(), months[day.month() - 1], day.year(), time.hour(), time.minute(), time.second());
    return QByteArray(buffer);
}

QList<QByteArray> MailMessage::encodeWords(const QString &text)
{
    static const QByteArray prefix = QByteArrayLiteral("=?UTF-8?Q?");
    static const QByteArray suffix = QByteArrayLiteral("?=");
    const qsizetype room = MaxEncodedWord - prefix.size() - suffix.size();
    QList<QByteArray> words;
    QByteArray current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // One whole character at a time: a surrogate pair stays together, so
        // no word ends inside a UTF-8 sequence.
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            length = 2;
        const QByteArray utf8 = QStringView(text).mid(i, length).toUtf8();
        i += length - 1;
        QByteArray piece;
        for (const char byte : utf8) {
            if (byte == ' ')
                piece += '_';
            else if (isQSafe(byte))
                piece += byte;
            else
                appendHex(piece, static_cast<unsigned char>(byte));
        }
        if (!current.isEmpty() && current.size() + piece.size() > room) {
            words << prefix + current + suffix;
            current.clear();
        }
        current += piece;
    }
    if (!current.isEmpty())
        words << prefix + current + suffix;
    return words;
}

QByteArray MailMessage::encodeQuotedPrintable(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '\r' && utf8[i] != '\n')
            continue;
        lines << utf8.mid(start, i - start);
        if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < utf8.size())
        lines << utf8.mid(start);

    QByteArray out;
    for (const QByteArray &line : lines) {
        QByteArray physical;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray piece;
            // Trailing white space is encoded: transports may strip it.
            if ((byte == ' ' || byte == '\t') && !last)
                piece += char(byte);
            else if (byte >= 33 && byte <= 126 && byte != '=')
                piece += char(byte);
            else
                appendHex(piece, byte);
            if (physical.size() + piece.size() > MaxQuotedPrintableLine - 1) {
                out += physical + '=' + Crlf;
                physical.clear();
            }
            // No physical line starts with "." (SMTP's end of data) or
            // "From " (mbox files), whatever the transport does.
            if (physical.isEmpty() && (piece == "." || (piece == "F" && line.mid(i).startsWith("From "))))
                piece = byte == '.' ? QByteArrayLiteral("=2E") : QByteArrayLiteral("=46");
            physical += piece;
        }
        out += physical + Crlf;
    }
    return out;
}

QByteArray MailMessage::toRfc5322(const OutgoingMail &mail)
{
    QByteArray out;
    out += foldedHeader("Date", {formatDate(mail.date)});
    out += foldedHeader("From", addressListTokens({mail.from}));
    if (!mail.replyTo.address.trimmed().isEmpty())
        out += foldedHeader("Reply-To", addressListTokens({mail.replyTo}));
    if (!mail.to.isEmpty())
        out += foldedHeader("To", addressListTokens(mail.to));
    if (!mail.cc.isEmpty())
        out += foldedHeader("Cc", addressListTokens(mail.cc));
    QString messageId = cleanHeaderText(mail.messageId);
    messageId.remove(QLatin1Char(' '));
    out += foldedHeader("Message-ID", {messageId.toUtf8()});
    if (!mail.subject.trimmed().isEmpty())
        out += foldedHeader("Subject", subjectTokens(mail.subject));
    out += "MIME-Version: 1.0" + Crlf;
    out += "Content-Type: text/plain; charset=UTF-8" + Crlf;
    out += "Content-Transfer-Encoding: quoted-printable" + Crlf;
    out += Crlf;
    out += encodeQuotedPrintable(mail.body);
    return out;
}

} // namespace fairwell
