// SPDX-License-Identifier: GPL-3.0-or-later
// The thank-you note composer, driven through its widgets on a SQLite file:
// a template filled in for the case, a personal line typed, Send pressed;
// the outbox's sender (the real one, with the real SMTP transport) hands it
// to the test SMTP server, the note moves to "sent", and what arrived, read
// by Python's email parser, holds the line that was typed.
#include "casefixture.h"
#include "mail/secretstore.h"
#include "notes/notecomposerdialog.h"
#include "common/messageline.h"
#include "mail/smtptransport.h"
#include "services/mailsettingsservice.h"
#include "services/peopleservice.h"
#include "session/outboxsender.h"
#include "storage/database.h"
#include "storage/notetemplaterepository.h"
#include "storage/userrepository.h"
#include "smtpserver.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 30000; // a safety net for a stuck worker, not a timing assertion
constexpr qint64 Ada = 1;    // a rep, owner of case 6 (casefixture)
constexpr qint64 Admin = 3;
constexpr qint64 CaseSix = 6;

class NoteComposerTest : public ::testing::Test
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
        auto cases = insertNumberedCases(*m_db, 12);
        ASSERT_TRUE(cases.has_value()) << cases.error().text().toStdString();
        for (const char *sql : {
                 "INSERT INTO users (id, login, display_name, role) VALUES (3, 'rita', 'Rita Admin', 'admin')",
                 "INSERT INTO contacts (account_id, name, email, is_primary) "
                 "SELECT account_id, 'Maria Keller', 'maria.keller@acme.example', 1 FROM cases WHERE id = 6",
                 "UPDATE accounts SET name = 'Müller & Söhne GmbH', language = 'de' "
                 "WHERE id = (SELECT account_id FROM cases WHERE id = 6)",
             })
            ASSERT_TRUE(m_db->exec(QString::fromUtf8(sql)).has_value()) << sql;

        // Two templates: the customer's language comes first.
        NoteTemplateRepository templates(*m_db);
        NoteTemplate english;
        english.name = QStringLiteral("Thanks (English)");
        english.language = QStringLiteral("en");
        english.subject = QStringLiteral("Thank you, {{contact.first_name}}");
        english.body = QStringLiteral("Hi {{contact.first_name}},\n\nthank you.\n\n{{rep.name}}");
        ASSERT_TRUE(templates.add(english).has_value());
        NoteTemplate german;
        german.name = QStringLiteral("Danke (Deutsch)");
        german.language = QStringLiteral("de");
        german.subject = QStringLiteral("Danke, {{account.name}} 🙏");
        german.body = QStringLiteral("Hallo {{contact.first_name | zusammen}},\n\nvielen Dank für die Zeit mit "
                                     "{{account.name}}.\n\nHerzliche Grüße\n{{rep.signature | rep.name}}");
        ASSERT_TRUE(templates.add(german).has_value());
        m_germanId = german.id;

        const Actor admin = actorFor(Admin);
        ServiceContext context{*m_db, admin, m_control};
        m_settings = m_smtp.settings(SmtpSecurity::StartTls);
        m_settings.fromAddress = QStringLiteral("thanks@fairwell-test.example");
        m_settings.timeoutSeconds = 10;
        const Status saved = MailSettingsService(context).saveSmtpSettings(m_settings);
        ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();

        OpenRequest request{m_scratch.spec()};
        request.localProfileId = Ada;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
    }

    Actor actorFor(qint64 userId)
    {
        auto user = UserRepository(*m_db).find(userId);
        EXPECT_TRUE(user.has_value());
        return user ? PeopleService::actorOf(*user) : Actor{};
    }

    QString scalar(const QString &sql)
    {
        auto query = m_db->exec(sql);
        return query && query->next() ? query->value(0).toString() : QString();
    }

    std::unique_ptr<NoteComposerDialog> openComposer()
    {
        auto dialog = std::make_unique<NoteComposerDialog>(m_session.get(), CaseSix);
        dialog->show();
        auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        EXPECT_TRUE(waitUntil([&] { return !body->toPlainText().isEmpty(); }, WaitMs))
            << dialog->messageLine()->text().toStdString();
        return dialog;
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    JobControl m_control;
    SmtpServer m_smtp;
    SmtpSettings m_settings;
    qint64 m_germanId = 0;
    std::unique_ptr<Session> m_session;
};

TEST_F(NoteComposerTest, ATemplateInTheCustomersLanguageIsFilledInForTheCase)
{
    auto dialog = openComposer();
    auto *templates = dialog->findChild<QComboBox *>(QStringLiteral("template"));
    EXPECT_EQ(templates->currentData().toLongLong(), m_germanId) << "the account speaks German";
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("to"))->text(),
              QStringLiteral("Maria Keller <maria.keller@acme.example>"));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("subject"))->text(),
              QStringLiteral("Danke, Müller & Söhne GmbH 🙏"));
    const QString body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"))->toPlainText();
    EXPECT_TRUE(body.startsWith(QStringLiteral("Hallo Maria,"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("{{"))) << body.toStdString();
    EXPECT_TRUE(body.endsWith(QStringLiteral("Ada Park"))) << body.toStdString();
}

TEST_F(NoteComposerTest, TheDraftIsSavedAsYouTypeAndComesBack)
{
    {
        auto dialog = openComposer();
        auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("PS: The workshop in Bremen was my favourite day."));
        ASSERT_TRUE(waitUntil([&] { return !dialog->hasUnsavedChanges() && !dialog->isSaving(); }, WaitMs));
        // As if the window had crashed: no close, no last save.
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM notes WHERE case_id = 6")), QStringLiteral("draft"));
    EXPECT_TRUE(scalar(QStringLiteral("SELECT body FROM notes WHERE case_id = 6"))
                    .endsWith(QStringLiteral("PS: The workshop in Bremen was my favourite day.")));

    auto again = openComposer();
    EXPECT_TRUE(again->findChild<QPlainTextEdit *>(QStringLiteral("body"))
                    ->toPlainText()
                    .endsWith(QStringLiteral("PS: The workshop in Bremen was my favourite day.")));
    EXPECT_EQ(again->noteId(), scalar(QStringLiteral("SELECT id FROM notes WHERE case_id = 6")).toLongLong());
}

TEST_F(NoteComposerTest, AnEditedNoteIsSentAndArrivesOnce)
{
    OutboxSender sender(*m_session, [](const SmtpSettings &settings) -> std::unique_ptr<MailTransport> {
        return std::make_unique<SmtpTransport>(settings);
    });
    sender.start(m_settings);

    auto dialog = openComposer();
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
    QTextCursor cursor = body->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
    body->setTextCursor(cursor);
    QTest::keyClicks(body, QStringLiteral("Unser Workshop in Bremen bleibt mir in Erinnerung."));
    QTest::keyClick(body, Qt::Key_Return);
    QSignalSpy queued(dialog.get(), &NoteComposerDialog::noteQueued);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !queued.isEmpty(); }, WaitMs)) << dialog->messageLine()->text().toStdString();
    const qint64 noteId = queued.first().first().toLongLong();
    sender.wake();

    const QString state = QStringLiteral("SELECT state FROM notes WHERE id = %1").arg(noteId);
    ASSERT_TRUE(waitUntil([&] { return scalar(state) == QLatin1String("sent"); }, WaitMs))
        << scalar(state).toStdString() << " "
        << scalar(QStringLiteral("SELECT last_error FROM notes WHERE id = %1").arg(noteId)).toStdString();

    const QString messageId = scalar(QStringLiteral("SELECT message_id FROM notes WHERE id = %1").arg(noteId));
    QString whyNot;
    const QList<ParsedMail> arrived = m_smtp.messagesWithId(messageId, &whyNot);
    ASSERT_EQ(arrived.size(), 1) << whyNot.toStdString();
    const ParsedMail &mail = arrived.first();
    EXPECT_EQ(mail.subject.value_or(QString()), QStringLiteral("Danke, Müller & Söhne GmbH 🙏"));
    ASSERT_EQ(mail.to.size(), 1);
    EXPECT_EQ(mail.to.first().address, QStringLiteral("maria.keller@acme.example"));
    EXPECT_TRUE(mail.body.contains(QStringLiteral("Hallo Maria,\n\nUnser Workshop in Bremen bleibt mir in Erinnerung.\n")))
        << mail.body.toStdString();
    EXPECT_TRUE(mail.defects.isEmpty()) << mail.defects.join(u',').toStdString();
}

TEST_F(NoteComposerTest, SendRefusesAMissingAddressAndKeepsTheText)
{
    auto dialog = openComposer();
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("to"));
    to->clear();
    QTest::keyClicks(to, QStringLiteral("maria at acme"));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("body"));
    const QString typed = body->toPlainText();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->messageLine()->text().isEmpty(); }, WaitMs));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(body->toPlainText(), typed);
    EXPECT_NE(scalar(QStringLiteral("SELECT state FROM notes WHERE case_id = 6")), QStringLiteral("queued"));
}

} // namespace
