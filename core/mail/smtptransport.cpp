// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtptransport.h"

#include "mail/mailmessage.h"

#include <QList>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace fairwell {

namespace {

void initialiseCurl()
{
    // curl_global_init is not thread-safe in every build; once per process.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the conversation showed, gathered by libcurl's callbacks.
struct Conversation
{
    const QByteArray *message = nullptr;
    qsizetype offset = 0;
    // The read callback gave libcurl the last byte: from here on the server
    // may end up with the whole message.
    bool allRead = false;
    const std::atomic<bool> *cancelled = nullptr;

    // The server's latest reply (its lines, multi-line replies joined) and
    // the command it answered: the verb only, and for RCPT the address, so
    // that no login data is ever kept.
    QList<QByteArray> reply;
    bool replyComplete = true;
    int replyCode = 0;
    QByteArray command;
    QByteArray recipient;
    QByteArray replyCommand;
    QByteArray replyRecipient;
    // After QUIT nothing the server says changes the outcome.
    bool quitting = false;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *conversation = static_cast<Conversation *>(user);
    const qsizetype left = conversation->message->size() - conversation->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    std::memcpy(buffer, conversation->message->constData() + conversation->offset, size_t(n));
    conversation->offset += n;
    if (conversation->offset == conversation->message->size())
        conversation->allRead = true;
    return size_t(n);
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Conversation *>(user)->cancelled->load() ? 1 : 0;
}

int debug(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *conversation = static_cast<Conversation *>(user);
    if (conversation->quitting)
        return 0;
    QByteArray line(data, qsizetype(size));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (type == CURLINFO_HEADER_OUT) {
        const qsizetype space = line.indexOf(' ');
        conversation->command = (space < 0 ? line : line.left(space)).toUpper();
        conversation->recipient.clear();
        if (conversation->command == "QUIT") {
            conversation->quitting = true;
        } else if (line.toUpper().startsWith("RCPT TO:")) {
            const qsizetype open = line.indexOf('<');
            const qsizetype close = line.indexOf('>', open);
            if (open >= 0 && close > open)
                conversation->recipient = line.mid(open + 1, close - open - 1);
        }
    } else if (type == CURLINFO_HEADER_IN) {
        if (conversation->replyComplete) {
            conversation->reply.clear();
            conversation->replyCommand = conversation->command;
            conversation->replyRecipient = conversation->recipient;
        }
        conversation->reply << line;
        // "250-..." continues a reply; "250 ..." or "250" ends it.
        conversation->replyComplete = line.size() < 4 || line[3] != '-';
        if (conversation->replyComplete)
            conversation->replyCode = line.left(3).toInt();
    }
    return 0;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

QString serverWords(const Conversation &conversation)
{
    QStringList lines;
    for (const QByteArray &line : conversation.reply)
        lines << QString::fromUtf8(line).trimmed();
    return lines.join(QLatin1Char(' '));
}

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    initialiseCurl();
}

SmtpTransport::~SmtpTransport() = default;

void SmtpTransport::cancel()
{
    m_cancelled = true;
}

DeliveryOutcome SmtpTransport::deliver(const OutgoingMail &mail)
{
    if (const Status valid = MailMessage::validate(mail); !valid)
        return {DeliveryResult::PermanentFailure, valid.error().message};
    return deliverBytes(MailMessage::toRfc5322(mail), mail.from.address, MailMessage::envelopeRecipients(mail));
}

DeliveryOutcome SmtpTransport::deliverBytes(const QByteArray &message, const QString &envelopeFrom,
                                            const QStringList &recipients)
{
    using enum DeliveryResult;
    if (!m_settings.isConfigured())
        return {PermanentFailure, tr("No mail server is set up. Nothing was sent.")};
    if (recipients.isEmpty())
        return {PermanentFailure, tr("The message has no recipient. Nothing was sent.")};
    if (m_cancelled)
        return {TemporaryFailure, tr("Sending was stopped before the message went out.")};

    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {TemporaryFailure, tr("The mail connection could not be prepared (out of memory?).")};

    QByteArray host = QUrl::toAce(m_settings.host);
    if (host.isEmpty())
        host = m_settings.host.toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool implicitTls = m_settings.security == SmtpSecurity::ImplicitTls;
    const QByteArray url = QByteArray(implicitTls ? "smtps://" : "smtp://") + host + ':'
        + QByteArray::number(m_settings.port);
    const QString server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);

    Conversation conversation;
    conversation.message = &message;
    conversation.cancelled = &m_cancelled;

    const QByteArray from = '<' + MailMessage::asciiAddress(envelopeFrom) + '>';
    curl_slist *rcpt = nullptr;
    for (const QString &recipient : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + MailMessage::asciiAddress(recipient) + '>').constData());
    const std::unique_ptr<curl_slist, SlistDeleter> rcptList(rcpt);

    const QByteArray userName = m_settings.userName.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    const long timeout = std::max(1, m_settings.timeoutSeconds);
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    // STARTTLS or nothing: CURLUSESSL_TRY would go on in plain text.
    if (!implicitTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    // Besides, not instead of, the system's authorities: libcurl keeps its
    // CA path (/etc/ssl/certs) when a CA file is named.
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!userName.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, userName.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &conversation);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    // A stalled upload ends too, not only a silent server.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, timeout);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, std::max(4 * timeout, 60L));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &conversation);
    // The server's own words come through the debug callback, which libcurl
    // calls only in verbose mode; nothing is printed.
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &conversation);

    const CURLcode code = curl_easy_perform(c);

    long responseCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &responseCode);
    curl_off_t uploaded = 0;
    curl_easy_getinfo(c, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    const QString curlWords = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    const QString words = serverWords(conversation);

    if (code == CURLE_OK && responseCode / 100 == 2)
        return {Delivered, {}};

    // Every byte reached the socket and only the answer is missing: the
    // server may have taken the message. libcurl sends the final "." only
    // after a complete upload.
    const bool handedOver = conversation.allRead && uploaded >= message.size();

    if (code == CURLE_ABORTED_BY_CALLBACK) {
        if (handedOver)
            return {Uncertain, tr("Sending was stopped after the whole message was handed to %1; "
                                  "it may have been delivered.").arg(server)};
        return {TemporaryFailure, tr("Sending was stopped before the message went out.")};
    }

    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
        return {PermanentFailure,
                tr("The mail server's certificate is not trusted, so nothing was sent to %1. "
                   "If the server uses a certificate from your organisation's own authority, "
                   "name that authority's certificate file in the mail settings. (%2)")
                    .arg(server, curlWords)};
    case CURLE_SSL_CACERT_BADFILE:
        return {PermanentFailure,
                tr("The certificate file %1 named in the mail settings could not be read. "
                   "Nothing was sent. (%2)").arg(m_settings.caFile, curlWords)};
    case CURLE_URL_MALFORMAT:
        return {PermanentFailure,
                tr("The mail server's name “%1” is not valid. Nothing was sent.").arg(m_settings.host)};
    case CURLE_UNSUPPORTED_PROTOCOL:
        return {PermanentFailure, tr("This build of libcurl cannot send mail (no SMTP support).")};
    case CURLE_COULDNT_RESOLVE_HOST:
        return {TemporaryFailure, tr("The mail server %1 could not be found. Is the name right, "
                                     "and is the network up?").arg(m_settings.host)};
    case CURLE_COULDNT_CONNECT:
        return {TemporaryFailure,
                tr("The mail server at %1 could not be reached. (%2)").arg(server, curlWords)};
    default:
        break;
    }

    // The server said no: its reply code decides, its words explain. After
    // the whole message, the answer is the one to its final ".".
    if (conversation.replyComplete && conversation.replyCode >= 400) {
        const DeliveryResult result = conversation.replyCode < 500 ? TemporaryFailure : PermanentFailure;
        const QByteArray &command = conversation.replyCommand;
        if (handedOver)
            return {result, tr("The mail server at %1 refused the message: %2").arg(server, words)};
        if (command == "RCPT")
            return {result, tr("The mail server refused the recipient %1: %2")
                                .arg(QString::fromUtf8(conversation.replyRecipient), words)};
        if (command == "MAIL")
            return {result, tr("The mail server refused the sender %1: %2").arg(envelopeFrom, words)};
        if (code == CURLE_LOGIN_DENIED)
            return {result, tr("The mail server refused the login as %1: %2").arg(m_settings.userName, words)};
        if (command.isEmpty())
            return {result, tr("The mail server at %1 turned the connection away: %2").arg(server, words)};
        if (command == "STARTTLS")
            return {result, tr("The mail server at %1 refused to encrypt the connection, so nothing "
                               "was sent: %2").arg(server, words)};
        return {result, tr("The mail server at %1 refused the message: %2").arg(server, words)};
    }

    switch (code) {
    case CURLE_LOGIN_DENIED:
        return {PermanentFailure,
                tr("The mail server at %1 refused the login as %2. (%3)").arg(server, m_settings.userName,
                                                                              words.isEmpty() ? curlWords : words)};
    case CURLE_USE_SSL_FAILED:
        return {PermanentFailure, tr("The mail server at %1 does not offer an encrypted connection "
                                     "(STARTTLS), so nothing was sent. (%2)").arg(server, curlWords)};
    default:
        break;
    }

    if (handedOver)
        return {Uncertain, tr("The whole message was handed to %1, but its answer never came (%2). "
                              "It may have been delivered.").arg(server, curlWords)};
    if (code == CURLE_OPERATION_TIMEDOUT)
        return {TemporaryFailure, tr("The mail server at %1 did not answer in time. (%2)").arg(server, curlWords)};
    return {TemporaryFailure, tr("Sending to %1 failed: %2").arg(server, curlWords)};
}

} // namespace fairwell
