// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fairwell::test {

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

QString serversDir()
{
    return QStringLiteral(FAIRWELL_TEST_SERVERS_DIR);
}

QList<ParsedAddress> addressesOf(const QJsonValue &value)
{
    QList<ParsedAddress> result;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &entry : list)
        result << ParsedAddress{entry[QLatin1String("name")].toString(), entry[QLatin1String("address")].toString()};
    return result;
}

std::optional<ParsedMail> runParser(const QStringList &arguments, const QByteArray &input, QString *whyNot)
{
    QProcess process;
    process.start(Python, QStringList{serversDir() + QStringLiteral("/parse_message.py")} + arguments);
    if (!process.waitForStarted(10000)) {
        *whyNot = QStringLiteral("%1 did not start: %2").arg(Python, process.errorString());
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *whyNot = QStringLiteral("parse_message.py failed: %1").arg(QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        *whyNot = QStringLiteral("parse_message.py printed no JSON: %1").arg(error.errorString());
        return std::nullopt;
    }
    ParsedMail mail;
    mail.raw = input;
    const QJsonArray headers = json[QLatin1String("headers")].toArray();
    for (const QJsonValue &header : headers)
        mail.headers << std::pair{header[0].toString(), header[1].toString()};
    if (json[QLatin1String("subject")].isString())
        mail.subject = json[QLatin1String("subject")].toString();
    mail.from = addressesOf(json[QLatin1String("from")]);
    mail.to = addressesOf(json[QLatin1String("to")]);
    mail.cc = addressesOf(json[QLatin1String("cc")]);
    mail.replyTo = addressesOf(json[QLatin1String("reply_to")]);
    mail.date = json[QLatin1String("date")].toString();
    mail.dateRaw = json[QLatin1String("date_raw")].toString();
    mail.messageId = json[QLatin1String("message_id")].toString();
    mail.contentType = json[QLatin1String("content_type")].toString();
    mail.charset = json[QLatin1String("charset")].toString();
    mail.transferEncoding = json[QLatin1String("transfer_encoding")].toString();
    mail.body = json[QLatin1String("body")].toString();
    const QJsonArray defects = json[QLatin1String("defects")].toArray();
    for (const QJsonValue &defect : defects)
        mail.defects << defect.toString();
    const QJsonObject envelope = json[QLatin1String("envelope")].toObject();
    mail.envelopeFrom = envelope[QLatin1String("mail_from")].toString();
    const QJsonArray rcpt = envelope[QLatin1String("rcpt_tos")].toArray();
    for (const QJsonValue &to : rcpt)
        mail.envelopeTo << to.toString();
    return mail;
}

bool runScript(const QStringList &arguments, QString *whyNot,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(arguments.first(), arguments.mid(1));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *whyNot = QStringLiteral("%1 failed: %2").arg(arguments.join(QLatin1Char(' ')),
                                                      QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

bool portAccepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool accepted = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return accepted;
}

SmtpServer readEnvFile(const QString &path, QString *whyNot)
{
    SmtpServer server;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (whyNot)
            *whyNot = QStringLiteral("The SMTP test server did not start: %1 is missing. "
                                     "See the output of the smtp_start test.").arg(path);
        return server;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "SMTP_HOST")
            server.host = value;
        else if (key == "SMTP_STARTTLS_PORT")
            server.startTlsPort = value.toInt();
        else if (key == "SMTP_TLS_PORT")
            server.tlsPort = value.toInt();
        else if (key == "SMTP_UNTRUSTED_PORT")
            server.untrustedPort = value.toInt();
        else if (key == "SMTP_PLAIN_PORT")
            server.plainPort = value.toInt();
        else if (key == "SMTP_WRONG_NAME_PORT")
            server.wrongNamePort = value.toInt();
        else if (key == "SMTP_CA_FILE")
            server.caFile = value;
        else if (key == "SMTP_OTHER_CA_FILE")
            server.otherCaFile = value;
        else if (key == "SMTP_USER")
            server.user = value;
        else if (key == "SMTP_PASSWORD")
            server.password = value;
        else if (key == "SMTP_MAILBOX")
            server.mailbox = value;
        else if (key == "SMTP_PID_FILE")
            server.pidFile = value;
    }
    if (!server.isValid() && whyNot)
        *whyNot = QStringLiteral("%1 names no STARTTLS port.").arg(path);
    return server;
}

} // namespace

int ParsedMail::headerCount(const QString &name) const
{
    int count = 0;
    for (const auto &[key, value] : headers)
        count += key.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

std::optional<ParsedMail> parseMail(const QByteArray &raw, QString *whyNot)
{
    return runParser({QStringLiteral("-")}, raw, whyNot);
}

std::optional<ParsedMail> parseMailFile(const QString &file, QString *whyNot)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("%1 cannot be read").arg(file);
        return std::nullopt;
    }
    const QByteArray raw = in.readAll();
    std::optional<ParsedMail> mail = runParser({file}, {}, whyNot);
    if (mail) {
        mail->file = file;
        mail->raw = raw;
    }
    return mail;
}

SmtpServer::SmtpServer(SmtpServer &&other) noexcept
    : host(std::move(other.host))
    , startTlsPort(other.startTlsPort)
    , tlsPort(other.tlsPort)
    , untrustedPort(other.untrustedPort)
    , plainPort(other.plainPort)
    , wrongNamePort(other.wrongNamePort)
    , caFile(std::move(other.caFile))
    , otherCaFile(std::move(other.otherCaFile))
    , user(std::move(other.user))
    , password(std::move(other.password))
    , mailbox(std::move(other.mailbox))
    , pidFile(std::move(other.pidFile))
    , m_privateState(std::exchange(other.m_privateState, QString()))
{
}

SmtpServer &SmtpServer::operator=(SmtpServer &&other) noexcept
{
    if (this != &other) {
        stopPrivate();
        host = std::move(other.host);
        startTlsPort = other.startTlsPort;
        tlsPort = other.tlsPort;
        untrustedPort = other.untrustedPort;
        plainPort = other.plainPort;
        wrongNamePort = other.wrongNamePort;
        caFile = std::move(other.caFile);
        otherCaFile = std::move(other.otherCaFile);
        user = std::move(other.user);
        password = std::move(other.password);
        mailbox = std::move(other.mailbox);
        pidFile = std::move(other.pidFile);
        m_privateState = std::exchange(other.m_privateState, QString());
    }
    return *this;
}

SmtpServer::~SmtpServer()
{
    stopPrivate();
}

void SmtpServer::stopPrivate()
{
    if (m_privateState.isEmpty())
        return;
    QString ignored;
    runScript({serversDir() + QStringLiteral("/smtp-stop.sh"), m_privateState}, &ignored);
    QDir(m_privateState).removeRecursively();
    m_privateState.clear();
}

SmtpServer SmtpServer::fromEnvironment(QString *whyNot)
{
    const QString path = qEnvironmentVariable("FAIRWELL_TEST_SMTP_ENV");
    if (path.isEmpty()) {
        if (whyNot)
            *whyNot = QStringLiteral("FAIRWELL_TEST_SMTP_ENV is not set: run this suite through ctest, "
                                     "whose 'smtp' fixture starts the test server.");
        return {};
    }
    return readEnvFile(path, whyNot);
}

std::unique_ptr<SmtpServer> SmtpServer::startPrivate(QString *whyNot, int answerDelayMs)
{
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/fairwell-smtp-state.XXXXXX"));
    if (!folder.isValid()) {
        *whyNot = QStringLiteral("No temporary folder for a private SMTP server: %1").arg(folder.errorString());
        return nullptr;
    }
    folder.setAutoRemove(false);
    const QString state = folder.path();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMTP_ANSWER_DELAY_MS"), QString::number(answerDelayMs));
    if (!runScript({serversDir() + QStringLiteral("/smtp-start.sh"), state}, whyNot, environment)) {
        runScript({serversDir() + QStringLiteral("/smtp-stop.sh"), state}, whyNot);
        QDir(state).removeRecursively();
        return nullptr;
    }
    auto server = std::make_unique<SmtpServer>(readEnvFile(state + QStringLiteral("/smtp.env"), whyNot));
    server->m_privateState = state;
    if (!server->isValid())
        return nullptr;
    return server;
}

SmtpSettings SmtpServer::settings(SmtpSecurity security) const
{
    SmtpSettings settings;
    settings.host = host;
    settings.port = security == SmtpSecurity::StartTls ? startTlsPort : tlsPort;
    settings.security = security;
    settings.userName = user;
    settings.password = password;
    settings.fromAddress = QStringLiteral("notes@fairwell.example.org");
    settings.caFile = caFile;
    settings.timeoutSeconds = 10;
    return settings;
}

QStringList SmtpServer::messageFiles() const
{
    const QDir dir(mailbox);
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

QList<ParsedMail> SmtpServer::messagesWithId(const QString &messageId, QString *whyNot) const
{
    QList<ParsedMail> result;
    const QByteArray needle = messageId.toUtf8();
    const QStringList files = messageFiles();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains(needle))
            continue;
        std::optional<ParsedMail> mail = parseMailFile(path, whyNot);
        if (!mail)
            return {};
        if (mail->messageId == messageId)
            result << *mail;
    }
    return result;
}

bool SmtpServer::kill(QString *whyNot)
{
    if (m_privateState.isEmpty()) {
        *whyNot = QStringLiteral("Only a private SMTP test server may be killed.");
        return false;
    }
    QFile file(pidFile);
    const pid_t pid = file.open(QIODevice::ReadOnly) ? pid_t(file.readAll().trimmed().toInt()) : 0;
    if (pid <= 0 || ::kill(pid, SIGKILL) != 0) {
        *whyNot = QStringLiteral("The SMTP test server's process (%1) could not be killed.").arg(pidFile);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (portAccepts(startTlsPort) || portAccepts(tlsPort)) {
        if (timer.hasExpired(10000)) {
            *whyNot = QStringLiteral("The killed SMTP test server still accepts connections.");
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

bool SmtpServer::restart(QString *whyNot)
{
    if (m_privateState.isEmpty()) {
        *whyNot = QStringLiteral("Only a private SMTP test server may be restarted.");
        return false;
    }
    return runScript({serversDir() + QStringLiteral("/smtp-start.sh"), QStringLiteral("--restart"), m_privateState},
                     whyNot);
}

} // namespace fairwell::test
