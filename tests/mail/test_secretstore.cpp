// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore: the SMTP password in a real keyring (gnome-keyring-daemon on
// a private D-Bus session, tests/servers/with-keyring.sh) and, with no
// D-Bus at all, in memory for the session only. Either way it is never
// written to a file in plain text. ctest runs this binary twice: Keyring.*
// with a keyring, NoKeyring.* and AnyDesktop.* without.
#include "mail/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <gtest/gtest.h>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace fairwell;

namespace {

const QString service = QStringLiteral("Fairwell tests");

QString uniqueAccount()
{
    return QStringLiteral("notes@smtp.example.org:%1").arg(QRandomGenerator::global()->generate() % 100000);
}

QString uniquePassword()
{
    return QStringLiteral("Grüße-%1-geheim").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

template<typename Value, typename Start>
Value wait(Start start)
{
    std::optional<Value> result;
    QEventLoop loop;
    start([&](Value value) {
        result = std::move(value);
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return fail(ErrorCode::Cancelled, QStringLiteral("No answer within 20 s"));
    return *result;
}

Result<QString> readPassword(SecretStore &store, const QString &account)
{
    return wait<Result<QString>>([&](auto done) { store.readPassword(account, nullptr, done); });
}

Status writePassword(SecretStore &store, const QString &account, const QString &password)
{
    return wait<Status>([&](auto done) { store.writePassword(account, password, nullptr, done); });
}

Status forget(SecretStore &store, const QString &account)
{
    return wait<Status>([&](auto done) { store.forget(account, nullptr, done); });
}

// Files under the test's HOME that hold these bytes.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(qEnvironmentVariable("FAIRWELL_TEST_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

// The keyring as libsecret's own tool sees it (QtKeychain's schema:
// "server" is the service, "user" the account).
std::optional<QString> lookUpWithSecretTool(const QString &account)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), account});
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void requireMode(const char *mode)
{
    ASSERT_EQ(qEnvironmentVariable("FAIRWELL_TEST_KEYRING"), QLatin1String(mode))
        << "Run this suite through ctest: tests/servers/with-keyring.sh sets up its desktop.";
    ASSERT_FALSE(qEnvironmentVariable("FAIRWELL_TEST_HOME").isEmpty());
}

} // namespace

TEST(Keyring, IsFound)
{
    requireMode("present");
    SecretStore store(service);
    EXPECT_TRUE(store.keyringAvailable());
}

TEST(Keyring, PasswordGoesIntoTheKeyringAndNoFile)
{
    requireMode("present");
    SecretStore store(service);
    const QString account = uniqueAccount();
    const QString password = uniquePassword();
    const Status written = writePassword(store, account, password);
    ASSERT_TRUE(written) << written.error().text().toStdString();
    EXPECT_EQ(lookUpWithSecretTool(account), password);
    EXPECT_EQ(filesContaining(password.toUtf8()), QStringList());
}

TEST(Keyring, ReadsWhatTheKeyringHolds)
{
    requireMode("present");
    // Put there by libsecret's tool, so that only the keyring can answer.
    const QString account = uniqueAccount();
    const QString password = uniquePassword();
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("store"), QStringLiteral("--label=test"),
                                               QStringLiteral("server"), service, QStringLiteral("user"), account,
                                               QStringLiteral("type"), QStringLiteral("plaintext")});
    tool.write(password.toUtf8());
    tool.closeWriteChannel();
    ASSERT_TRUE(tool.waitForFinished(10000) && tool.exitCode() == 0) << tool.readAllStandardError().toStdString();

    SecretStore store(service);
    ASSERT_FALSE(store.sessionPassword(account));
    const Result<QString> read = readPassword(store, account);
    ASSERT_TRUE(read) << read.error().text().toStdString();
    EXPECT_EQ(*read, password);
    // Kept for the session: the sender thread reads it without the keyring.
    EXPECT_EQ(store.sessionPassword(account), password);
}

TEST(Keyring, NothingSavedIsNotFound)
{
    requireMode("present");
    SecretStore store(service);
    const Result<QString> read = readPassword(store, uniqueAccount());
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
}

TEST(Keyring, ForgetRemovesTheEntry)
{
    requireMode("present");
    SecretStore store(service);
    const QString account = uniqueAccount();
    ASSERT_TRUE(writePassword(store, account, uniquePassword()));
    ASSERT_TRUE(lookUpWithSecretTool(account));
    const Status forgotten = forget(store, account);
    ASSERT_TRUE(forgotten) << forgotten.error().text().toStdString();
    EXPECT_FALSE(lookUpWithSecretTool(account));
    EXPECT_FALSE(store.sessionPassword(account));
    const Result<QString> read = readPassword(store, account);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
    // Forgetting what is not there is fine.
    EXPECT_TRUE(forget(store, account));
}

TEST(NoKeyring, IsReportedQuickly)
{
    requireMode("absent");
    QElapsedTimer timer;
    timer.start();
    SecretStore store(service);
    EXPECT_FALSE(store.keyringAvailable());
    EXPECT_LT(timer.elapsed(), 3000);
}

TEST(NoKeyring, PasswordIsAskedOnceAndKeptInMemoryOnly)
{
    requireMode("absent");
    SecretStore store(service);
    const QString account = uniqueAccount();
    const QString password = uniquePassword();

    // Not given yet: the person is asked.
    Result<QString> read = readPassword(store, account);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("once per session"))) << read.error().message.toStdString();

    // Given once: kept for the session, by any store in the process.
    const Status written = writePassword(store, account, password);
    ASSERT_TRUE(written) << written.error().text().toStdString();
    SecretStore other(service);
    read = readPassword(other, account);
    ASSERT_TRUE(read) << read.error().text().toStdString();
    EXPECT_EQ(*read, password);
    EXPECT_EQ(other.sessionPassword(account), password);
    EXPECT_EQ(filesContaining(password.toUtf8()), QStringList());

    ASSERT_TRUE(forget(store, account));
    EXPECT_FALSE(readPassword(store, account));
    EXPECT_FALSE(store.sessionPassword(account));
}

TEST(AnyDesktop, AnswersNeverComeInsideTheCall)
{
    SecretStore store(service);
    const QString account = uniqueAccount();
    bool returned = false;
    bool answeredInside = false;
    QEventLoop loop;
    store.writePassword(account, uniquePassword(), nullptr, [&](Status) {
        answeredInside = !returned;
        loop.quit();
    });
    returned = true;
    loop.exec();
    EXPECT_FALSE(answeredInside);

    // The session copy answers at once, yet still later.
    returned = false;
    store.readPassword(account, nullptr, [&](Result<QString>) {
        answeredInside = !returned;
        loop.quit();
    });
    returned = true;
    loop.exec();
    EXPECT_FALSE(answeredInside);
}

TEST(AnyDesktop, NoAnswerToAReceiverThatIsGone)
{
    SecretStore store(service);
    const QString account = uniqueAccount();
    ASSERT_TRUE(writePassword(store, account, uniquePassword()));
    bool answered = false;
    auto *receiver = new QObject;
    store.readPassword(account, receiver, [&](Result<QString>) { answered = true; });
    delete receiver;
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_FALSE(answered);
}

TEST(AnyDesktop, AccountNamesTheServerAndUser)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("smtp.example.org");
    settings.port = 465;
    settings.userName = QStringLiteral("notes@example.org");
    EXPECT_EQ(SecretStore::smtpAccount(settings), QStringLiteral("notes@example.org@smtp.example.org:465"));
}
