// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpTransport against a real SMTP server (tests/servers/smtp_recorder.py,
// started by the ctest fixture): what arrives is read back with Python's
// email parser; every refusal, fault and timeout ends in the outcome the
// outbox needs (delivered, try again, failed with the server's words, or
// "may have been sent").
#include "mail/mailmessage.h"
#include "mail/smtptransport.h"

#include "smtpserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace fairwell {
inline void PrintTo(DeliveryResult result, std::ostream *out)
{
    static const char *names[] = {"Delivered", "TemporaryFailure", "PermanentFailure", "Uncertain"};
    *out << names[int(result)];
}
} // namespace fairwell

using namespace fairwell;
using fairwell::test::ParsedAddress;
using fairwell::test::ParsedMail;
using fairwell::test::SmtpServer;

namespace {

const QString thanks = QStringLiteral("Danke, Müller & Söhne 🙏");

QString uniqueId()
{
    return QStringLiteral("<note-%1.%2@fairwell.example.org>")
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->generate64(), 0, 16);
}

OutgoingMail noteTo(const QString &recipient)
{
    OutgoingMail mail;
    mail.messageId = uniqueId();
    mail.date = QDateTime(QDate(2025, 3, 4), QTime(14, 5, 9), QTimeZone::utc());
    mail.from = {QStringLiteral("Jürgen Weiß"), QStringLiteral("juergen@fairwell.example.org")};
    mail.to = {{QStringLiteral("Zoë Müller"), recipient}};
    mail.subject = thanks;
    mail.body = QStringLiteral("Liebe Frau Müller,\n\ndanke!\n");
    return mail;
}

// A port on 127.0.0.1 where nothing listens.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

class SmtpTransportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString whyNot;
        server = SmtpServer::fromEnvironment(&whyNot);
        ASSERT_TRUE(server.isValid()) << whyNot.toStdString();
    }

    QList<ParsedMail> arrived(const QString &messageId)
    {
        QString whyNot;
        const QList<ParsedMail> mails = server.messagesWithId(messageId, &whyNot);
        EXPECT_TRUE(whyNot.isEmpty()) << whyNot.toStdString();
        return mails;
    }

    SmtpServer server;
};

} // namespace

TEST_F(SmtpTransportTest, DeliversOverStartTlsAndEverythingReadsBack)
{
    OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    mail.replyTo = {QStringLiteral("Kundendienst Fairwell"), QStringLiteral("care@fairwell.example.org")};
    mail.cc = {{QStringLiteral("Müller, Hans"), QStringLiteral("hans@mueller-soehne.example.com")}};
    const QString longLine = QStringLiteral("Süß ").repeated(249) + QStringLiteral("Ende"); // 1,000 characters
    ASSERT_EQ(longLine.size(), 1000);
    mail.body = QStringLiteral("Liebe Frau Müller,\n\n.hidden\n.\n..\n") + longLine
        + QStringLiteral("\nFrom all of us: thank you.  \n\n-- \nJürgen\n");

    SmtpTransport transport(server.settings(SmtpSecurity::StartTls));
    const DeliveryOutcome outcome = transport.deliver(mail);
    ASSERT_EQ(outcome.result, DeliveryResult::Delivered) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.isEmpty());

    const QList<ParsedMail> mails = arrived(mail.messageId);
    ASSERT_EQ(mails.size(), 1);
    const ParsedMail &read = mails.first();
    EXPECT_TRUE(read.defects.isEmpty()) << read.defects.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.subject, thanks);
    EXPECT_EQ(read.from, (QList<ParsedAddress>{{QStringLiteral("Jürgen Weiß"), QStringLiteral("juergen@fairwell.example.org")}}));
    EXPECT_EQ(read.to, (QList<ParsedAddress>{{QStringLiteral("Zoë Müller"), QStringLiteral("zoe@mueller-soehne.example.com")}}));
    EXPECT_EQ(read.cc, (QList<ParsedAddress>{{QStringLiteral("Müller, Hans"), QStringLiteral("hans@mueller-soehne.example.com")}}));
    EXPECT_EQ(read.replyTo, (QList<ParsedAddress>{{QStringLiteral("Kundendienst Fairwell"), QStringLiteral("care@fairwell.example.org")}}));
    EXPECT_EQ(read.date, QStringLiteral("2025-03-04T14:05:09+00:00"));
    EXPECT_EQ(read.messageId, mail.messageId);
    EXPECT_EQ(read.contentType, QStringLiteral("text/plain"));
    EXPECT_EQ(read.charset, QStringLiteral("utf-8"));
    EXPECT_EQ(read.headerCount(QStringLiteral("Bcc")), 0);
    EXPECT_EQ(read.body, mail.body);
    // The envelope: the sender, and To and Cc as recipients.
    EXPECT_EQ(read.envelopeFrom, QStringLiteral("juergen@fairwell.example.org"));
    EXPECT_EQ(read.envelopeTo, (QStringList{QStringLiteral("zoe@mueller-soehne.example.com"),
                                            QStringLiteral("hans@mueller-soehne.example.com")}));
    // What arrived are the very bytes MailMessage made.
    EXPECT_EQ(read.raw, MailMessage::toRfc5322(mail));
}

TEST_F(SmtpTransportTest, DeliversOverImplicitTls)
{
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    SmtpTransport transport(server.settings(SmtpSecurity::ImplicitTls));
    const DeliveryOutcome outcome = transport.deliver(mail);
    ASSERT_EQ(outcome.result, DeliveryResult::Delivered) << outcome.detail.toStdString();
    const QList<ParsedMail> mails = arrived(mail.messageId);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().subject, thanks);
    EXPECT_EQ(mails.first().body, mail.body);
}

TEST_F(SmtpTransportTest, LibcurlDotStuffsRawLinesItself)
{
    // Raw bytes with lines that SMTP's end-of-data marker would swallow:
    // they arrive intact only if libcurl doubles the leading dots.
    const QString id = uniqueId();
    const QByteArray raw = "From: a@fairwell.example.org\r\nTo: b@example.com\r\nMessage-ID: " + id.toUtf8()
        + "\r\nSubject: dots\r\n\r\n.hidden\r\n.\r\n..\r\n. \r\nend\r\n";
    SmtpTransport transport(server.settings());
    const DeliveryOutcome outcome =
        transport.deliverBytes(raw, QStringLiteral("a@fairwell.example.org"), {QStringLiteral("b@example.com")});
    ASSERT_EQ(outcome.result, DeliveryResult::Delivered) << outcome.detail.toStdString();
    const QList<ParsedMail> mails = arrived(id);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().raw, raw);
}

TEST_F(SmtpTransportTest, RejectedRecipientFailsForGoodWithTheServersWords)
{
    const OutgoingMail mail = noteTo(QStringLiteral("reject-zoe@mueller-soehne.example.com"));
    SmtpTransport transport(server.settings());
    const DeliveryOutcome outcome = transport.deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    // The server's words do not name the address: the detail does.
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("reject-zoe@mueller-soehne.example.com"))) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("550 5.1.1"))) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("no such mailbox here"))) << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, RejectedCcStopsTheWholeMessageAndIsNamed)
{
    OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    mail.cc = {{QStringLiteral("Hans"), QStringLiteral("hans@mueller-soehne.example.com")},
               {QStringLiteral("Old"), QStringLiteral("reject-old@mueller-soehne.example.com")}};
    SmtpTransport transport(server.settings());
    const DeliveryOutcome outcome = transport.deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("reject-old@mueller-soehne.example.com"))) << outcome.detail.toStdString();
    EXPECT_FALSE(outcome.detail.contains(QStringLiteral("hans@"))) << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, BusyRecipientIsTriedAgainLater)
{
    const OutgoingMail mail = noteTo(QStringLiteral("later-zoe@mueller-soehne.example.com"));
    SmtpTransport transport(server.settings());
    const DeliveryOutcome outcome = transport.deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::TemporaryFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("later-zoe@mueller-soehne.example.com"))) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("450 4.2.1"))) << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, ServerDownIsTriedAgainLater)
{
    SmtpSettings settings = server.settings();
    settings.port = closedPort();
    SmtpTransport transport(settings);
    QElapsedTimer timer;
    timer.start();
    const DeliveryOutcome outcome = transport.deliver(noteTo(QStringLiteral("zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::TemporaryFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("could not be reached"))) << outcome.detail.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST_F(SmtpTransportTest, ServerWithoutEncryptionIsNeverUsed)
{
    // The server would take the message in plain text from anyone.
    SmtpSettings settings = server.settings();
    settings.port = server.plainPort;
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("does not offer an encrypted connection")))
        << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, UntrustedCertificateIsAClearPermanentError)
{
    SmtpSettings settings = server.settings();
    settings.port = server.untrustedPort;
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.startsWith(QStringLiteral("The mail server's certificate is not trusted")))
        << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, TestCaIsNotTrustedWithoutBeingNamed)
{
    // The system's authorities alone do not know the test CA.
    SmtpSettings settings = server.settings(SmtpSecurity::ImplicitTls);
    settings.caFile.clear();
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(noteTo(QStringLiteral("zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.startsWith(QStringLiteral("The mail server's certificate is not trusted")))
        << outcome.detail.toStdString();
}

TEST_F(SmtpTransportTest, NamingTheOtherAuthorityMakesTheUntrustedPortWork)
{
    // The untrusted port fails for its certificate and nothing else.
    SmtpSettings settings = server.settings();
    settings.port = server.untrustedPort;
    settings.caFile = server.otherCaFile;
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::Delivered) << outcome.detail.toStdString();
    EXPECT_EQ(arrived(mail.messageId).size(), 1);
}

TEST_F(SmtpTransportTest, HostNameIsCheckedAgainstTheCertificate)
{
    SmtpSettings settings = server.settings();
    settings.host = QStringLiteral("localhost"); // in the certificate, like 127.0.0.1
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    EXPECT_EQ(SmtpTransport(settings).deliver(mail).result, DeliveryResult::Delivered);

    // A trusted authority, but the certificate names another host.
    settings = server.settings();
    settings.port = server.wrongNamePort;
    const OutgoingMail other = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(other);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.startsWith(QStringLiteral("The mail server's certificate is not trusted")))
        << outcome.detail.toStdString();
    EXPECT_TRUE(arrived(other.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, MissingCaFileIsAPermanentError)
{
    SmtpSettings settings = server.settings();
    settings.caFile = QStringLiteral("/nonexistent/company-ca.pem");
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(noteTo(QStringLiteral("zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(settings.caFile)) << outcome.detail.toStdString();
}

TEST_F(SmtpTransportTest, WrongPasswordIsRefusedForGood)
{
    SmtpSettings settings = server.settings();
    settings.password = QStringLiteral("not-the-password");
    const OutgoingMail mail = noteTo(QStringLiteral("zoe@mueller-soehne.example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("login as %1").arg(server.user))) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("535"))) << outcome.detail.toStdString();
    EXPECT_FALSE(outcome.detail.contains(QStringLiteral("not-the-password")));
    EXPECT_TRUE(arrived(mail.messageId).isEmpty());
}

TEST_F(SmtpTransportTest, NoLoginWhereOneIsRequiredIsRefusedForGood)
{
    SmtpSettings settings = server.settings();
    settings.userName.clear();
    settings.password.clear();
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(noteTo(QStringLiteral("zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("530"))) << outcome.detail.toStdString();
}

TEST_F(SmtpTransportTest, ServerSilentBeforeTheDataIsTriedAgainLater)
{
    SmtpSettings settings = server.settings();
    settings.timeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(noteTo(QStringLiteral("stall-zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::TemporaryFailure) << outcome.detail.toStdString();
    EXPECT_LT(timer.elapsed(), 8000);
}

TEST_F(SmtpTransportTest, NoAnswerAfterTheWholeMessageMayHaveBeenSent)
{
    SmtpSettings settings = server.settings();
    settings.timeoutSeconds = 2;
    const OutgoingMail mail = noteTo(QStringLiteral("silent-zoe@example.com"));
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::Uncertain) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("may have been delivered"))) << outcome.detail.toStdString();
    // And indeed the server has it.
    EXPECT_EQ(arrived(mail.messageId).size(), 1);
}

TEST_F(SmtpTransportTest, ConnectionCutAfterTheWholeMessageMayHaveBeenSent)
{
    const OutgoingMail mail = noteTo(QStringLiteral("drop-zoe@example.com"));
    const DeliveryOutcome outcome = SmtpTransport(server.settings()).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::Uncertain) << outcome.detail.toStdString();
    EXPECT_EQ(arrived(mail.messageId).size(), 1);
}

TEST_F(SmtpTransportTest, RefusalAfterTheDataFollowsTheReplyCode)
{
    SmtpTransport transport(server.settings());
    DeliveryOutcome outcome = transport.deliver(noteTo(QStringLiteral("refuse-data-zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("554 5.6.0 Message refused"))) << outcome.detail.toStdString();

    outcome = transport.deliver(noteTo(QStringLiteral("defer-data-zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::TemporaryFailure) << outcome.detail.toStdString();
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("451 4.3.0"))) << outcome.detail.toStdString();
}

TEST_F(SmtpTransportTest, InvalidMailIsRefusedBeforeConnecting)
{
    SmtpSettings settings = server.settings();
    settings.port = closedPort(); // a connection attempt would say so
    OutgoingMail mail = noteTo(QStringLiteral("zoe@example.com"));
    mail.cc = {{QString(), QStringLiteral("not an address")}};
    const DeliveryOutcome outcome = SmtpTransport(settings).deliver(mail);
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
    EXPECT_TRUE(outcome.detail.contains(QStringLiteral("“not an address” is not a valid e-mail address")))
        << outcome.detail.toStdString();
}

TEST_F(SmtpTransportTest, NoServerConfiguredIsPermanent)
{
    const DeliveryOutcome outcome = SmtpTransport(SmtpSettings()).deliver(noteTo(QStringLiteral("zoe@example.com")));
    EXPECT_EQ(outcome.result, DeliveryResult::PermanentFailure);
}

TEST_F(SmtpTransportTest, CancelStopsAWaitingDelivery)
{
    SmtpSettings settings = server.settings();
    settings.timeoutSeconds = 60;
    SmtpTransport transport(settings);
    std::thread canceller([&transport] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        transport.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const DeliveryOutcome outcome = transport.deliver(noteTo(QStringLiteral("stall-zoe@example.com")));
    canceller.join();
    EXPECT_EQ(outcome.result, DeliveryResult::TemporaryFailure) << outcome.detail.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
    // Cancelled for good: the next one does not even connect.
    EXPECT_EQ(transport.deliver(noteTo(QStringLiteral("zoe@example.com"))).result, DeliveryResult::TemporaryFailure);
}

TEST(SmtpTransportPrivateServer, DownThenBackOnTheSamePorts)
{
    QString whyNot;
    const std::unique_ptr<SmtpServer> server = SmtpServer::startPrivate(&whyNot);
    ASSERT_TRUE(server) << whyNot.toStdString();
    SmtpTransport transport(server->settings());

    const OutgoingMail first = noteTo(QStringLiteral("zoe@example.com"));
    ASSERT_EQ(transport.deliver(first).result, DeliveryResult::Delivered);

    ASSERT_TRUE(server->kill(&whyNot)) << whyNot.toStdString();
    const OutgoingMail second = noteTo(QStringLiteral("zoe@example.com"));
    const DeliveryOutcome down = transport.deliver(second);
    EXPECT_EQ(down.result, DeliveryResult::TemporaryFailure) << down.detail.toStdString();

    ASSERT_TRUE(server->restart(&whyNot)) << whyNot.toStdString();
    const DeliveryOutcome back = transport.deliver(second);
    EXPECT_EQ(back.result, DeliveryResult::Delivered) << back.detail.toStdString();

    EXPECT_EQ(server->messagesWithId(first.messageId, &whyNot).size(), 1);
    EXPECT_EQ(server->messagesWithId(second.messageId, &whyNot).size(), 1);
    EXPECT_EQ(server->messageFiles().size(), 2);
}
