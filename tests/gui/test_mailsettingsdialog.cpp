// SPDX-License-Identifier: GPL-3.0-or-later
// The mail settings dialog on a SQLite file and the real SMTP test server:
// an admin types the server in, sends a test message that arrives, and
// saves; the password never reaches the database. A rep may only change
// their own signature.
#include "casefixture.h"
#include "common/messageline.h"
#include "dialogs/mailsettingsdialog.h"
#include "mail/secretstore.h"
#include "storage/database.h"
#include "smtpserver.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 30000; // a safety net for a stuck worker, not a timing assertion
constexpr qint64 Ada = 1;    // a rep (casefixture)
constexpr qint64 Admin = 3;

class MailSettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString whyNot;
        m_smtp = SmtpServer::fromEnvironment(&whyNot);
        ASSERT_TRUE(m_smtp.isValid()) << whyNot.toStdString();
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);
        auto cases = insertNumberedCases(*m_db, 3);
        ASSERT_TRUE(cases.has_value()) << cases.error().text().toStdString();
        ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO users (id, login, display_name, role) "
                                              "VALUES (3, 'rita', 'Rita Admin', 'admin')")).has_value());
    }

    std::unique_ptr<MailSettingsDialog> open(qint64 userId, bool isAdmin)
    {
        OpenRequest request{m_scratch.spec()};
        request.localProfileId = userId;
        Error error;
        m_session = openSession(request, &error);
        EXPECT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        auto dialog = std::make_unique<MailSettingsDialog>(m_session.get(), &m_secrets, isAdmin);
        dialog->show();
        // Loaded once Save is enabled again.
        EXPECT_TRUE(waitUntil([&] { return saveButton(*dialog)->isEnabled(); }, WaitMs));
        return dialog;
    }

    static QPushButton *saveButton(MailSettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    template<typename T>
    static T *field(MailSettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QString setting(const QString &key)
    {
        auto query = m_db->exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        return query && query->next() ? query->value(0).toString() : QString();
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    SmtpServer m_smtp;
    SecretStore m_secrets{QStringLiteral("FairwellMailSettingsTest")};
    std::unique_ptr<Session> m_session;
};

TEST_F(MailSettingsDialogTest, AnAdminSendsATestMessageAndSavesWithoutThePassword)
{
    auto dialog = open(Admin, true);
    const SmtpSettings server = m_smtp.settings(SmtpSecurity::StartTls);
    auto type = [&](const char *name, const QString &text) {
        QLineEdit *edit = field<QLineEdit>(*dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("host", server.host);
    field<QSpinBox>(*dialog, "port")->setValue(server.port);
    type("user", server.userName);
    type("password", server.password);
    type("fromAddress", QStringLiteral("thanks@fairwell-test.example"));
    type("caFile", server.caFile);
    const qsizetype before = m_smtp.messageFiles().size();

    QTest::mouseClick(field<QPushButton>(*dialog, "sendTest"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->messageLine()->text().contains(QStringLiteral("took the test")); },
                          WaitMs))
        << dialog->messageLine()->text().toStdString();
    const QStringList files = m_smtp.messageFiles();
    ASSERT_EQ(files.size(), before + 1);
    QString whyNot;
    auto arrived = parseMailFile(files.last(), &whyNot);
    ASSERT_TRUE(arrived.has_value()) << whyNot.toStdString();
    EXPECT_EQ(arrived->subject.value_or(QString()), QStringLiteral("Fairwell test message"));
    ASSERT_EQ(arrived->to.size(), 1);
    EXPECT_EQ(arrived->to.first().address, QStringLiteral("thanks@fairwell-test.example"));

    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }, WaitMs)) << dialog->messageLine()->text().toStdString();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(setting(QStringLiteral("mail_host")), server.host);
    EXPECT_EQ(setting(QStringLiteral("mail_user")), server.userName);
    auto leaked = m_db->exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE ?"),
                             {QVariant(QLatin1Char('%') + server.password + QLatin1Char('%'))});
    ASSERT_TRUE(leaked && leaked->next());
    EXPECT_EQ(leaked->value(0).toInt(), 0) << "the password is never stored in the database";
    EXPECT_EQ(m_secrets.sessionPassword(SecretStore::smtpAccount(server)).value_or(QString()), server.password);
}

TEST_F(MailSettingsDialogTest, AnUntrustedServerIsSaidSoAndNothingIsSaved)
{
    auto dialog = open(Admin, true);
    const SmtpSettings server = m_smtp.settings(SmtpSecurity::StartTls);
    field<QLineEdit>(*dialog, "host")->setText(server.host);
    field<QSpinBox>(*dialog, "port")->setValue(server.port);
    field<QLineEdit>(*dialog, "user")->setText(server.userName);
    field<QLineEdit>(*dialog, "password")->setText(server.password);
    field<QLineEdit>(*dialog, "fromAddress")->setText(QStringLiteral("thanks@fairwell-test.example"));
    // No CA file: the test server's authority is unknown to the system.
    QTest::mouseClick(field<QPushButton>(*dialog, "sendTest"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->messageLine()->text().contains(QStringLiteral("not sent")); }, WaitMs))
        << dialog->messageLine()->text().toStdString();
    EXPECT_TRUE(dialog->messageLine()->text().contains(QStringLiteral("certificate")))
        << dialog->messageLine()->text().toStdString();
    EXPECT_TRUE(setting(QStringLiteral("mail_host")).isEmpty());
}

TEST_F(MailSettingsDialogTest, ARepChangesOnlyTheirSignature)
{
    auto dialog = open(Ada, false);
    EXPECT_FALSE(field<QLineEdit>(*dialog, "host")->isEnabled());
    EXPECT_FALSE(field<QLineEdit>(*dialog, "exportLink")->isEnabled());
    EXPECT_FALSE(field<QPushButton>(*dialog, "sendTest")->isEnabled());
    QPlainTextEdit *signature = field<QPlainTextEdit>(*dialog, "signature");
    signature->setPlainText(QStringLiteral("Ada Park\nCustomer Success"));
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }, WaitMs)) << dialog->messageLine()->text().toStdString();
    EXPECT_EQ(setting(QStringLiteral("signature.%1").arg(Ada)), QStringLiteral("Ada Park\nCustomer Success"));
    EXPECT_TRUE(setting(QStringLiteral("mail_host")).isEmpty());
}

} // namespace
