// SPDX-License-Identifier: GPL-3.0-or-later
// MailMessage: the bytes of a thank-you note. Structure (line ends, line
// lengths, folding, encoded-words, quoted-printable) is checked on the raw
// bytes; what a reader sees is checked with Python's email package
// (policy=default), a parser that is not ours.
#include "mail/mailmessage.h"

#include "smtpserver.h"

#include <QLocale>
#include <QStringDecoder>
#include <QTimeZone>

#include <gtest/gtest.h>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *out)
{
    *out << '"' << bytes.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace fairwell;
using fairwell::test::ParsedAddress;
using fairwell::test::ParsedMail;

namespace {

const QString thanks = QStringLiteral("Danke, Müller & Söhne 🙏");

OutgoingMail sampleMail()
{
    OutgoingMail mail;
    mail.messageId = QStringLiteral("<note-42.1a2b3c@fairwell.example.org>");
    mail.date = QDateTime(QDate(2025, 3, 4), QTime(15, 5, 9), QTimeZone(3600));
    mail.from = {QStringLiteral("Jürgen Weiß"), QStringLiteral("juergen@fairwell.example.org")};
    mail.to = {{QStringLiteral("Zoë Müller"), QStringLiteral("zoe@mueller-soehne.example.com")}};
    mail.subject = thanks;
    mail.body = QStringLiteral("Liebe Frau Müller,\n\ndanke für sieben gute Jahre.\n");
    return mail;
}

ParsedMail parsed(const QByteArray &raw)
{
    QString whyNot;
    const std::optional<ParsedMail> mail = test::parseMail(raw, &whyNot);
    if (!mail) {
        ADD_FAILURE() << whyNot.toStdString();
        return {};
    }
    return *mail;
}

QList<QByteArray> linesOf(const QByteArray &raw)
{
    QList<QByteArray> lines = raw.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QByteArray headerBlock(const QByteArray &raw)
{
    return raw.left(raw.indexOf("\r\n\r\n") + 2);
}

// The header block with its folds undone (RFC 5322 2.2.3).
QByteArray unfolded(const QByteArray &raw)
{
    return QByteArray(headerBlock(raw)).replace("\r\n ", " ");
}

QByteArray bodyBlock(const QByteArray &raw)
{
    return raw.mid(raw.indexOf("\r\n\r\n") + 4);
}

// Every line break is CRLF, the message ends with one, and no line is over
// `limit` characters.
void expectWellFormedLines(const QByteArray &raw, qsizetype limit)
{
    EXPECT_TRUE(raw.endsWith("\r\n"));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\n') {
            EXPECT_TRUE(i > 0 && raw[i - 1] == '\r') << "bare LF at " << i;
        }
        if (raw[i] == '\r') {
            EXPECT_TRUE(i + 1 < raw.size() && raw[i + 1] == '\n') << "bare CR at " << i;
        }
    }
    for (const QByteArray &line : linesOf(raw))
        EXPECT_LE(line.size(), limit) << line.toStdString();
}

void expectAscii(const QByteArray &raw)
{
    for (const char c : raw)
        ASSERT_TRUE(static_cast<unsigned char>(c) < 0x80) << raw.toStdString();
}

// Decodes one RFC 2047 Q encoded-word by hand, to see that it holds whole
// UTF-8 characters on its own.
QByteArray decodeQWord(const QByteArray &word)
{
    const QByteArray prefix = "=?UTF-8?Q?";
    EXPECT_TRUE(word.startsWith(prefix) && word.endsWith("?=")) << word.toStdString();
    const QByteArray text = word.mid(prefix.size(), word.size() - prefix.size() - 2);
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '_') {
            out += ' ';
        } else if (text[i] == '=' && i + 2 < text.size()) {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool isWholeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

QList<QByteArray> encodedWordsIn(const QByteArray &raw)
{
    QList<QByteArray> words;
    qsizetype from = 0;
    while ((from = raw.indexOf("=?UTF-8?Q?", from)) >= 0) {
        const qsizetype end = raw.indexOf("?=", from + 10);
        words << raw.mid(from, end + 2 - from);
        from = end + 2;
    }
    return words;
}

} // namespace

TEST(MailMessage, DateIsEnglishAndUtcWhateverTheLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray date = MailMessage::formatDate(QDateTime(QDate(2025, 3, 4), QTime(15, 5, 9), QTimeZone(3600)));
    QLocale::setDefault(previous);
    EXPECT_EQ(date, QByteArray("Tue, 04 Mar 2025 14:05:09 +0000"));
    EXPECT_EQ(MailMessage::formatDate(QDateTime(QDate(2024, 12, 29), QTime(0, 0, 1), QTimeZone::utc())),
              QByteArray("Sun, 29 Dec 2024 00:00:01 +0000"));

    const ParsedMail mail = parsed(MailMessage::toRfc5322(sampleMail()));
    EXPECT_EQ(mail.date, QStringLiteral("2025-03-04T14:05:09+00:00"));
}

TEST(MailMessage, HeadersReadBackExactly)
{
    OutgoingMail mail = sampleMail();
    mail.replyTo = {QStringLiteral("Kundendienst"), QStringLiteral("care@fairwell.example.org")};
    mail.cc = {{QStringLiteral("Müller, Hans"), QStringLiteral("hans@mueller-soehne.example.com")},
               {QString(), QStringLiteral("office@mueller-soehne.example.com")}};
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectAscii(headerBlock(raw));
    expectWellFormedLines(raw, 78);

    const ParsedMail read = parsed(raw);
    EXPECT_TRUE(read.defects.isEmpty()) << read.defects.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.subject, thanks);
    EXPECT_EQ(read.from, (QList<ParsedAddress>{{QStringLiteral("Jürgen Weiß"), QStringLiteral("juergen@fairwell.example.org")}}));
    EXPECT_EQ(read.replyTo, (QList<ParsedAddress>{{QStringLiteral("Kundendienst"), QStringLiteral("care@fairwell.example.org")}}));
    EXPECT_EQ(read.to, (QList<ParsedAddress>{{QStringLiteral("Zoë Müller"), QStringLiteral("zoe@mueller-soehne.example.com")}}));
    EXPECT_EQ(read.cc, (QList<ParsedAddress>{{QStringLiteral("Müller, Hans"), QStringLiteral("hans@mueller-soehne.example.com")},
                                              {QString(), QStringLiteral("office@mueller-soehne.example.com")}}));
    EXPECT_EQ(read.messageId, mail.messageId);
    EXPECT_EQ(read.contentType, QStringLiteral("text/plain"));
    EXPECT_EQ(read.charset, QStringLiteral("utf-8"));
    EXPECT_EQ(read.transferEncoding, QStringLiteral("quoted-printable"));
    EXPECT_EQ(read.headerCount(QStringLiteral("MIME-Version")), 1);
    EXPECT_EQ(read.headerCount(QStringLiteral("Bcc")), 0);
    EXPECT_EQ(read.body, mail.body);
}

TEST(MailMessage, NoReplyToOrCcHeaderWhenEmpty)
{
    const ParsedMail read = parsed(MailMessage::toRfc5322(sampleMail()));
    EXPECT_EQ(read.headerCount(QStringLiteral("Reply-To")), 0);
    EXPECT_EQ(read.headerCount(QStringLiteral("Cc")), 0);
    EXPECT_EQ(read.headerCount(QStringLiteral("Date")), 1);
    EXPECT_EQ(read.headerCount(QStringLiteral("Message-ID")), 1);
}

TEST(MailMessage, EncodedWordsNeverSplitACharacter)
{
    // 60 characters of two, three and four UTF-8 bytes: many encoded-words.
    QString subject;
    for (int i = 0; i < 20; ++i)
        subject += QStringLiteral("ü€🙏");
    const QList<QByteArray> words = MailMessage::encodeWords(subject);
    ASSERT_GT(words.size(), 3);
    QByteArray joined;
    for (const QByteArray &word : words) {
        EXPECT_LE(word.size(), 75);
        const QByteArray bytes = decodeQWord(word);
        EXPECT_TRUE(isWholeUtf8(bytes)) << word.toStdString();
        joined += bytes;
    }
    EXPECT_EQ(QString::fromUtf8(joined), subject);

    OutgoingMail mail = sampleMail();
    mail.subject = subject;
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectWellFormedLines(raw, 78);
    for (const QByteArray &word : encodedWordsIn(headerBlock(raw)))
        EXPECT_TRUE(isWholeUtf8(decodeQWord(word))) << word.toStdString();
    EXPECT_EQ(parsed(raw).subject, subject);
}

TEST(MailMessage, QEncodingKeepsOnlyPhraseSafeLetters)
{
    const QList<QByteArray> words = MailMessage::encodeWords(thanks);
    ASSERT_EQ(words.size(), 1);
    EXPECT_EQ(words.first(), QByteArray("=?UTF-8?Q?Danke=2C_M=C3=BCller_=26_S=C3=B6hne_=F0=9F=99=8F?="));
}

TEST(MailMessage, LongHeadersFoldWithin78Characters)
{
    OutgoingMail mail = sampleMail();
    mail.to.clear();
    for (int i = 0; i < 25; ++i)
        mail.to << MailAddress{QStringLiteral("Kundin Nummer %1 Özdemir").arg(i),
                               QStringLiteral("kundin%1@example.com").arg(i)};
    mail.subject = QStringLiteral("Thank you for %1 wonderful years with us").arg(7).repeated(6).trimmed();
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectWellFormedLines(raw, 78);
    // Folded: a continuation line starts with white space and is not blank.
    const QList<QByteArray> header = linesOf(headerBlock(raw));
    int continuations = 0;
    for (const QByteArray &line : header) {
        if (line.startsWith(' ')) {
            ++continuations;
            EXPECT_FALSE(line.trimmed().isEmpty());
        }
    }
    EXPECT_GT(continuations, 10);

    const ParsedMail read = parsed(raw);
    EXPECT_TRUE(read.defects.isEmpty()) << read.defects.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.subject, mail.subject);
    ASSERT_EQ(read.to.size(), 25);
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(read.to[i], (ParsedAddress{mail.to[i].name, mail.to[i].address}));
}

TEST(MailMessage, UnbreakableSubjectWordIsEncodedToFold)
{
    OutgoingMail mail = sampleMail();
    mail.subject = QStringLiteral("Link: https://example.org/") + QString(150, QLatin1Char('x'));
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectWellFormedLines(raw, 78);
    EXPECT_EQ(parsed(raw).subject, mail.subject);
}

TEST(MailMessage, PlainAsciiSubjectStaysReadable)
{
    OutgoingMail mail = sampleMail();
    mail.subject = QStringLiteral("Thank you,  and   goodbye");
    const QByteArray raw = MailMessage::toRfc5322(mail);
    EXPECT_TRUE(raw.contains("\r\nSubject: Thank you,  and   goodbye\r\n"));
    EXPECT_EQ(parsed(raw).subject, mail.subject);
}

TEST(MailMessage, SubjectThatLooksEncodedReadsAsTyped)
{
    OutgoingMail mail = sampleMail();
    mail.subject = QStringLiteral("Literally =?UTF-8?Q?Hallo?= here");
    EXPECT_EQ(parsed(MailMessage::toRfc5322(mail)).subject, mail.subject);
}

TEST(MailMessage, DisplayNamesWithSpecialsAreQuotedOrEncoded)
{
    OutgoingMail mail = sampleMail();
    mail.to = {{QStringLiteral("Doe, John (Sales)"), QStringLiteral("john@example.com")},
               {QStringLiteral("Say \"Hi\" \\ Bye"), QStringLiteral("say@example.com")},
               {QStringLiteral("=?UTF-8?Q?not_encoded?="), QStringLiteral("tricky@example.com")},
               {QStringLiteral("Plain Name"), QStringLiteral("plain@example.com")},
               {QStringLiteral("   "), QStringLiteral("blank@example.com")}};
    const QByteArray raw = MailMessage::toRfc5322(mail);
    const QByteArray header = unfolded(raw);
    EXPECT_TRUE(header.contains("\"Doe, John (Sales)\" <john@example.com>,")) << header.toStdString();
    EXPECT_TRUE(header.contains("\"Say \\\"Hi\\\" \\\\ Bye\" <say@example.com>,")) << header.toStdString();
    EXPECT_TRUE(header.contains("Plain Name <plain@example.com>,")) << header.toStdString();
    const ParsedMail read = parsed(raw);
    ASSERT_EQ(read.to.size(), 5);
    EXPECT_EQ(read.to[0].name, QStringLiteral("Doe, John (Sales)"));
    EXPECT_EQ(read.to[1].name, QStringLiteral("Say \"Hi\" \\ Bye"));
    EXPECT_EQ(read.to[2].name, QStringLiteral("=?UTF-8?Q?not_encoded?="));
    EXPECT_EQ(read.to[3].name, QStringLiteral("Plain Name"));
    EXPECT_EQ(read.to[4], (ParsedAddress{QString(), QStringLiteral("blank@example.com")}));
}

TEST(MailMessage, NoHeaderCanBeInjected)
{
    OutgoingMail mail = sampleMail();
    mail.subject = QStringLiteral("Hello\r\nBcc: spy@example.org");
    mail.to = {{QStringLiteral("Eve\nBcc: spy2@example.org"), QStringLiteral("eve@example.com")}};
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectWellFormedLines(raw, 78);
    const ParsedMail read = parsed(raw);
    EXPECT_EQ(read.headerCount(QStringLiteral("Bcc")), 0);
    EXPECT_FALSE(headerBlock(raw).contains("\nBcc"));
    ASSERT_EQ(read.to.size(), 1);
    EXPECT_EQ(read.to.first().address, QStringLiteral("eve@example.com"));
}

TEST(MailMessage, BodyIsQuotedPrintableWithinLimits)
{
    OutgoingMail mail = sampleMail();
    const QString longLine = QStringLiteral("Müller ").repeated(142) + QStringLiteral("Ende."); // 1,000 characters
    ASSERT_EQ(longLine.size(), 999);
    mail.body = QStringLiteral("Grüße = Dank\n") + longLine + QLatin1Char('!') + QLatin1Char('\n')
        + QStringLiteral(".hidden\n.\n..\nFrom here on\ntrailing space \ntrailing tab\t\n\n\nlast line");
    const QByteArray raw = MailMessage::toRfc5322(mail);
    expectWellFormedLines(raw, 998);
    const QByteArray body = bodyBlock(raw);
    expectAscii(body);
    for (const QByteArray &line : linesOf(body)) {
        EXPECT_LE(line.size(), 76) << line.toStdString();
        // Nothing for SMTP to dot-stuff, nothing for mbox to mangle, no
        // white space a transport could strip.
        EXPECT_FALSE(line.startsWith('.')) << line.toStdString();
        EXPECT_FALSE(line.startsWith("From ")) << line.toStdString();
        EXPECT_FALSE(line.endsWith(' ') || line.endsWith('\t')) << line.toStdString();
    }
    EXPECT_TRUE(body.startsWith("Gr=C3=BC=C3=9Fe =3D Dank\r\n"));
    // The last line gets its line end.
    EXPECT_EQ(parsed(raw).body, mail.body + QLatin1Char('\n'));
}

TEST(MailMessage, AnyLineEndBecomesCrlf)
{
    const QByteArray encoded = MailMessage::encodeQuotedPrintable(QStringLiteral("a\r\nb\rc\nd\n"));
    EXPECT_EQ(encoded, QByteArray("a\r\nb\r\nc\r\nd\r\n"));
}

TEST(MailMessage, SoftBreaksNeverSplitAnEscape)
{
    // 'ü' is "=C3=BC": six characters that must stay together on a line.
    const QString line = QString(70, QLatin1Char('a')) + QStringLiteral("üüüü") + QString(80, QLatin1Char('.'));
    const QByteArray encoded = MailMessage::encodeQuotedPrintable(line);
    const QList<QByteArray> lines = linesOf(encoded);
    ASSERT_GT(lines.size(), 2);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        EXPECT_LE(lines[i].size(), 76);
        if (i + 1 < lines.size()) {
            EXPECT_TRUE(lines[i].endsWith('=')) << lines[i].toStdString();
        }
        const QByteArray content = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
        for (qsizetype at = content.indexOf('='); at >= 0; at = content.indexOf('=', at + 1))
            EXPECT_LE(at + 3, content.size()) << "escape cut at the end of " << lines[i].toStdString();
        EXPECT_FALSE(lines[i].startsWith('.')) << lines[i].toStdString();
    }
    EXPECT_EQ(parsed(MailMessage::toRfc5322([&] {
                  OutgoingMail mail = sampleMail();
                  mail.body = line + QLatin1Char('\n');
                  return mail;
              }())).body,
              line + QLatin1Char('\n'));
}

TEST(MailMessage, InternationalDomainTravelsAsAce)
{
    OutgoingMail mail = sampleMail();
    mail.to = {{QString(), QStringLiteral("info@müller.de")}};
    const QByteArray raw = MailMessage::toRfc5322(mail);
    EXPECT_TRUE(raw.contains("\r\nTo: info@xn--mller-kva.de\r\n"));
    EXPECT_EQ(MailMessage::asciiAddress(QStringLiteral("info@müller.de")), QByteArray("info@xn--mller-kva.de"));
    EXPECT_TRUE(MailMessage::validate(mail).has_value());
}

TEST(MailMessage, EnvelopeHasToAndCcOnce)
{
    OutgoingMail mail = sampleMail();
    mail.to = {{QString(), QStringLiteral("a@example.com")}, {QString(), QStringLiteral("b@example.com")}};
    mail.cc = {{QString(), QStringLiteral("A@example.com")}, {QString(), QStringLiteral("c@example.com")}};
    EXPECT_EQ(MailMessage::envelopeRecipients(mail),
              (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")}));
}

TEST(MailMessage, ValidAddresses)
{
    for (const char *address : {"a@example.org", "first.last+tag@sub.example.co.uk", "o'brien@example.ie",
                                "x@müller.de", "info@xn--mller-kva.de", "a-b_c@ex-ample.org"})
        EXPECT_TRUE(MailMessage::isValidAddress(QString::fromUtf8(address))) << address;
}

TEST(MailMessage, InvalidAddresses)
{
    const QString longLocal = QString(65, QLatin1Char('a')) + QStringLiteral("@example.org");
    const QString longLabel = QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".org");
    for (const QString &address :
         {QString(), QStringLiteral("plain"), QStringLiteral("@example.org"), QStringLiteral("a@"),
          QStringLiteral("a@localhost"), QStringLiteral("a b@example.org"), QStringLiteral(" a@example.org"),
          QStringLiteral("a..b@example.org"), QStringLiteral(".a@example.org"), QStringLiteral("a.@example.org"),
          QStringLiteral("a@example..org"), QStringLiteral("a@-example.org"), QStringLiteral("a@example-.org"),
          QStringLiteral("a@1.2.3.4"), QStringLiteral("a@[127.0.0.1]"), QStringLiteral("\"quoted\"@example.org"),
          QStringLiteral("müller@example.org"), QStringLiteral("a@example.org\r\nBcc: x@example.org"),
          QStringLiteral("a@exa mple.org"), QStringLiteral("a@b@example.org"), QStringLiteral("Name <a@example.org>"),
          longLocal, longLabel})
        EXPECT_FALSE(MailMessage::isValidAddress(address)) << address.toStdString();
}

TEST(MailMessage, ValidateNamesWhatIsWrong)
{
    EXPECT_TRUE(MailMessage::validate(sampleMail()).has_value());

    OutgoingMail mail = sampleMail();
    mail.cc = {{QStringLiteral("Typo"), QStringLiteral("hans@mueller-soehne")}};
    Status status = MailMessage::validate(mail);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("hans@mueller-soehne"))) << status.error().message.toStdString();
    EXPECT_EQ(status.error().where, QStringLiteral("Cc"));

    mail = sampleMail();
    mail.to.clear();
    status = MailMessage::validate(mail);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().where, QStringLiteral("To"));

    mail = sampleMail();
    mail.from.address = QStringLiteral("noreply");
    status = MailMessage::validate(mail);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().where, QStringLiteral("From"));

    mail = sampleMail();
    mail.replyTo.address = QStringLiteral("care@");
    ASSERT_FALSE(MailMessage::validate(mail));

    for (const char *id : {"", "note@example.org", "<note>", "<no te@example.org>", "<a@b@c>", "<a@b>\r\nBcc: x"}) {
        mail = sampleMail();
        mail.messageId = QString::fromUtf8(id);
        EXPECT_FALSE(MailMessage::validate(mail)) << id;
    }
}
