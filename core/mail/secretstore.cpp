// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/secretstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace fairwell {

namespace {

// This run's copies, shared by every store in the process: "asked once per
// session" holds however many dialogs and senders come and go.
QMutex sessionMutex;
QHash<QString, QString> &sessionCopies()
{
    static QHash<QString, QString> copies;
    return copies;
}

QString sessionKey(const QString &service, const QString &account)
{
    return service + QLatin1Char('\n') + account;
}

// QtKeychain 0.13 has no isAvailable(), and with no Secret Service its
// libsecret backend fails with an OtherError like any other: ask the bus.
bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const auto ask = [&bus](const char *method, const QString &name = {}) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QLatin1String(method));
        if (!name.isEmpty())
            call << name;
        const QDBusMessage reply = bus.call(call, QDBus::Block, 2000);
        return reply.type() == QDBusMessage::ReplyMessage ? reply.arguments().value(0) : QVariant();
    };
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5")};
    const QStringList activatable = ask("ListActivatableNames").toStringList();
    for (const QString &service : services) {
        if (activatable.contains(service) || ask("NameHasOwner", service).toBool())
            return true;
    }
    return false;
}

QMutex probeMutex;
std::optional<bool> keyringProbe;

void setKeyringMissing()
{
    const QMutexLocker lock(&probeMutex);
    keyringProbe = false;
}

void remember(const QString &key, const QString &password)
{
    const QMutexLocker lock(&sessionMutex);
    sessionCopies().insert(key, password);
}

// Runs `done` from the event loop, never inside the caller's call.
template<typename Value>
void answerLater(QObject *receiver, std::function<void(Value)> done, Value value)
{
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done), value = std::move(value)] { done(value); }, Qt::QueuedConnection);
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore() = default;

bool SecretStore::keyringAvailable() const
{
    const QMutexLocker lock(&probeMutex);
    if (!keyringProbe)
        keyringProbe = secretServiceReachable();
    return *keyringProbe;
}

std::optional<QString> SecretStore::sessionPassword(const QString &account) const
{
    const QMutexLocker lock(&sessionMutex);
    const auto it = sessionCopies().constFind(sessionKey(m_service, account));
    if (it == sessionCopies().constEnd())
        return std::nullopt;
    return *it;
}

QString SecretStore::smtpAccount(const SmtpSettings &settings)
{
    return QStringLiteral("%1@%2:%3").arg(settings.userName, settings.host).arg(settings.port);
}

void SecretStore::readPassword(const QString &account, QObject *context, PasswordCallback done)
{
    QObject *receiver = context ? context : this;
    if (const std::optional<QString> copy = sessionPassword(account)) {
        answerLater<Result<QString>>(receiver, std::move(done), *copy);
        return;
    }
    if (!keyringAvailable()) {
        answerLater<Result<QString>>(
            receiver, std::move(done),
            fail(ErrorCode::NotFound,
                 tr("There is no keyring on this desktop, so the mail password is asked once per session."),
                 account));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setAutoDelete(true);
    job->setKey(account);
    const QString key = sessionKey(m_service, account);
    connect(job, &QKeychain::Job::finished, receiver, [key, account, done = std::move(done)](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (finished->error()) {
        case QKeychain::NoError:
            remember(key, read->textData());
            done(read->textData());
            return;
        case QKeychain::EntryNotFound:
            done(fail(ErrorCode::NotFound, tr("No mail password is saved in the keyring for %1.").arg(account),
                      account));
            return;
        case QKeychain::NoBackendAvailable:
            setKeyringMissing();
            done(fail(ErrorCode::NotFound,
                      tr("There is no keyring on this desktop, so the mail password is asked once per session."),
                      account, finished->errorString()));
            return;
        default:
            done(fail(ErrorCode::PermissionDenied,
                      tr("The keyring did not give out the mail password for %1.").arg(account), account,
                      finished->errorString()));
            return;
        }
    });
    job->start();
}

void SecretStore::writePassword(const QString &account, const QString &password, QObject *context,
                                StatusCallback done)
{
    QObject *receiver = context ? context : this;
    const QString key = sessionKey(m_service, account);
    remember(key, password);
    if (!keyringAvailable()) {
        answerLater<Status>(receiver, std::move(done), Status());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, receiver, [account, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            done({});
        } else if (finished->error() == QKeychain::NoBackendAvailable) {
            setKeyringMissing();
            done({});
        } else {
            done(fail(ErrorCode::PermissionDenied,
                      tr("The mail password could not be saved in the keyring; it is kept for this "
                         "session only."),
                      account, finished->errorString()));
        }
    });
    job->start();
}

void SecretStore::forget(const QString &account, QObject *context, StatusCallback done)
{
    QObject *receiver = context ? context : this;
    {
        const QMutexLocker lock(&sessionMutex);
        sessionCopies().remove(sessionKey(m_service, account));
    }
    if (!keyringAvailable()) {
        answerLater<Status>(receiver, std::move(done), Status());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, receiver, [account, done = std::move(done)](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
        case QKeychain::NoBackendAvailable:
            done({});
            return;
        default:
            done(fail(ErrorCode::PermissionDenied,
                      tr("The mail password for %1 could not be removed from the keyring.").arg(account), account,
                      finished->errorString()));
            return;
        }
    });
    job->start();
}

} // namespace fairwell
