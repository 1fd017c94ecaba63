// SPDX-License-Identifier: GPL-3.0-or-later
// The Outbox page driven through its widgets on a SQLite file: notes put
// into each state through NoteService and OutboxService on a connection of
// the test's own, then shown in words, filtered, retried, cancelled and
// confirmed from the page, with what it changed read back with SQL.
#include "notes/outboxpage.h"
#include "notes/outboxtablemodel.h"
#include "casefixture.h"
#include "common/localetext.h"
#include "services/mailsettingsservice.h"
#include "services/noteservice.h"
#include "services/outboxservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <set>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

// Ada Park (user 1, a rep) owns the numbered cases n % 3 == 0; 6 and 12 are open.
constexpr qint64 Ada = 1;
constexpr qint64 Admin = 3;
constexpr qint64 CaseSix = 6;
constexpr qint64 CaseTwelve = 12;

const QString FailedWords = QStringLiteral("550 5.1.1 <maria@acme.example>: Recipient address rejected\n"
                                           "The mailbox does not exist on this server.");
const QString UncertainWords = QStringLiteral("The connection ended after the message was sent");
const QString LaterWords = QStringLiteral("421 4.7.0 Try again later");

class OutboxPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);
        auto cases = insertNumberedCases(*m_db, 12);
        ASSERT_TRUE(cases.has_value()) << cases.error().text().toStdString();
        ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO users (id, login, display_name, role) "
                                              "VALUES (3, 'rita', 'Rita Admin', 'admin')")).has_value());
        ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE users SET email = 'ada.park@fairwell-test.example' "
                                              "WHERE id = 1")).has_value());
        SmtpSettings smtp;
        smtp.host = QStringLiteral("smtp.fairwell-test.example");
        smtp.fromAddress = QStringLiteral("thanks@fairwell-test.example");
        const Actor admin = actorFor(Admin);
        ServiceContext context{*m_db, admin, m_control};
        const Status saved = MailSettingsService(context).saveSmtpSettings(smtp);
        ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
    }

    // Ada works at the desk; the page is shown and reading.
    void openPage(int pageSize = OutboxTableModel::DefaultPageSize)
    {
        OpenRequest request{m_scratch.spec()};
        request.localProfileId = Ada;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        m_page = std::make_unique<OutboxPage>();
        m_page->model()->setPageSize(pageSize);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->resize(1200, 600);
        m_page->show();
        m_countsSpy = std::make_unique<QSignalSpy>(m_page.get(), &OutboxPage::countsChanged);
        m_pagesSpy = std::make_unique<QSignalSpy>(m_page->model(), &OutboxTableModel::loaded);
        m_page->setSession(m_session.get());
        ASSERT_TRUE(settle());
        ASSERT_TRUE(waitUntil([this] { return !m_countsSpy->isEmpty(); }, WaitMs));
    }

    bool settle()
    {
        return waitUntil(
            [this] { return m_page->model()->hasLoaded() && !m_page->model()->isLoading() && !m_page->isBusy(); },
            WaitMs);
    }

    Actor actorFor(qint64 userId)
    {
        auto user = UserRepository(*m_db).find(userId);
        EXPECT_TRUE(user.has_value());
        return user ? PeopleService::actorOf(*user) : Actor{};
    }

    // Notes of Ada's, on the test's own connection. The sender claims the
    // note due first, so notes that go through the sender are made before
    // those left queued.
    qint64 draft(qint64 caseId, const QString &subject, const QString &toName = QStringLiteral("Maria Keller"))
    {
        const Actor ada = actorFor(Ada);
        ServiceContext context{*m_db, ada, m_control};
        NoteDraft draft;
        draft.caseId = caseId;
        draft.to = MailAddress{toName, QStringLiteral("maria@acme.example")};
        draft.subject = subject;
        draft.body = QStringLiteral("Dear Maria,\n\nthank you for four good years.\n\nAda");
        auto saved = NoteService(context).saveDraft(draft);
        EXPECT_TRUE(saved.has_value()) << saved.error().text().toStdString();
        return saved ? saved->id : 0;
    }

    qint64 queued(qint64 caseId, const QString &subject, const QString &toName = QStringLiteral("Maria Keller"))
    {
        const qint64 id = draft(caseId, subject, toName);
        const Actor ada = actorFor(Ada);
        ServiceContext context{*m_db, ada, m_control};
        auto sent = NoteService(context).queue(id, note(id).version);
        EXPECT_TRUE(sent.has_value()) << sent.error().text().toStdString();
        tick();
        return id;
    }

    // A note queued, claimed by the sender and, unless `result` is empty,
    // given that outcome.
    qint64 throughSender(qint64 caseId, const QString &subject, std::optional<DeliveryOutcome> outcome)
    {
        const qint64 id = queued(caseId, subject);
        const Actor ada = actorFor(Ada);
        ServiceContext context{*m_db, ada, m_control};
        OutboxService sender(context);
        // Now, not later: the Outbox sorts by the time of each change.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto claimed = sender.claimNextDue(now);
        EXPECT_TRUE(claimed.has_value() && claimed->has_value());
        if (!claimed || !claimed->has_value())
            return id;
        EXPECT_EQ((*claimed)->note.id, id) << "another note was due first";
        if (outcome) {
            auto recorded = sender.recordOutcome(id, (*claimed)->note.version, *outcome, now);
            EXPECT_TRUE(recorded.has_value()) << recorded.error().text().toStdString();
        }
        tick();
        return id;
    }

    qint64 failed(qint64 caseId, const QString &subject)
    {
        return throughSender(caseId, subject, DeliveryOutcome{DeliveryResult::PermanentFailure, FailedWords});
    }
    qint64 mayHaveBeenSent(qint64 caseId, const QString &subject)
    {
        return throughSender(caseId, subject, DeliveryOutcome{DeliveryResult::Uncertain, UncertainWords});
    }
    qint64 sent(qint64 caseId, const QString &subject)
    {
        return throughSender(caseId, subject, DeliveryOutcome{DeliveryResult::Delivered, {}});
    }
    qint64 queuedAgain(qint64 caseId, const QString &subject)
    {
        return throughSender(caseId, subject, DeliveryOutcome{DeliveryResult::TemporaryFailure, LaterWords});
    }
    qint64 sending(qint64 caseId, const QString &subject) { return throughSender(caseId, subject, std::nullopt); }
    qint64 cancelled(qint64 caseId, const QString &subject)
    {
        const qint64 id = queued(caseId, subject);
        const Actor ada = actorFor(Ada);
        ServiceContext context{*m_db, ada, m_control};
        auto done = NoteService(context).cancel(id, note(id).version);
        EXPECT_TRUE(done.has_value()) << done.error().text().toStdString();
        tick();
        return id;
    }

    // Steps one after the other never share a millisecond: the Outbox
    // sorts by the time of the last change.
    static void tick() { QThread::msleep(3); }

    Note note(qint64 id)
    {
        const Actor ada = actorFor(Ada);
        ServiceContext context{*m_db, ada, m_control};
        auto found = NoteService(context).find(id);
        EXPECT_TRUE(found.has_value());
        return found.value_or(Note{});
    }

    QString stateInDatabase(qint64 id)
    {
        auto query = m_db->exec(QStringLiteral("SELECT state FROM notes WHERE id = ?"), {id});
        EXPECT_TRUE(query.has_value());
        return query && query->next() ? query->value(0).toString() : QString();
    }

    QString cell(qint64 noteId, int column, int role = Qt::DisplayRole)
    {
        const int row = m_page->model()->rowOf(noteId);
        return row < 0 ? QStringLiteral("(not shown)") : m_page->model()->index(row, column).data(role).toString();
    }

    std::set<qint64> shownIds()
    {
        std::set<qint64> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids.insert(m_page->model()->entryAt(row)->note.id);
        return ids;
    }

    void select(qint64 noteId)
    {
        const int row = m_page->model()->rowOf(noteId);
        ASSERT_GE(row, 0);
        m_page->view()->setFocus();
        m_page->view()->setCurrentIndex(m_page->model()->index(row, OutboxTableModel::SubjectColumn));
        ASSERT_EQ(m_page->currentNoteId(), noteId);
    }

    QPushButton *button(const char *name) { return m_page->findChild<QPushButton *>(QLatin1String(name)); }

    // The question the page shows now, if any.
    QMessageBox *shownPrompt(const char *name)
    {
        for (QMessageBox *box : m_page->findChildren<QMessageBox *>(QLatin1String(name))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

    // The question the page asks, once it shows.
    QMessageBox *prompt(const char *name)
    {
        QMessageBox *box = nullptr;
        waitUntil([&] { return (box = shownPrompt(name)) != nullptr; }, WaitMs);
        return box;
    }

    void choose(OutboxTableModel::Show show)
    {
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("show"));
        ASSERT_NE(combo, nullptr);
        const int index = combo->findData(int(show));
        ASSERT_GE(index, 0);
        // From the keyboard, as a person would.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        ASSERT_EQ(m_page->showFilter(), show);
        ASSERT_TRUE(settle());
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    JobControl m_control;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<OutboxPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_countsSpy;
    std::unique_ptr<QSignalSpy> m_pagesSpy; // the model's answers, from the first
};

} // namespace

TEST_F(OutboxPageTest, EveryStateShowsInWordsWithAnIcon)
{
    const qint64 uncertain = mayHaveBeenSent(CaseSix, QStringLiteral("Thank you, Acme"));
    const qint64 rejected = failed(CaseSix, QStringLiteral("Danke, Müller & Söhne 🙏"));
    const qint64 delivered = sent(CaseTwelve, QStringLiteral("With thanks"));
    const qint64 later = queuedAgain(CaseSix, QStringLiteral("Later"));
    const qint64 handing = sending(CaseSix, QStringLiteral("Right now"));
    const qint64 dropped = cancelled(CaseSix, QStringLiteral("Not this one"));
    const qint64 waiting = queued(CaseSix, QStringLiteral("Soon"), QString());
    const qint64 unsent = draft(CaseSix, QStringLiteral("Still writing"));
    openPage();

    EXPECT_EQ(m_page->showFilter(), OutboxTableModel::Show::All);
    EXPECT_EQ(m_page->model()->rowCount(), 7) << "every note but the draft";
    EXPECT_EQ(m_page->model()->rowOf(unsent), -1);
    const std::map<qint64, QString> words{{uncertain, QStringLiteral("May have been sent")},
                                          {rejected, QStringLiteral("Failed")},
                                          {delivered, QStringLiteral("Sent")},
                                          {later, QStringLiteral("Queued")},
                                          {handing, QStringLiteral("Sending")},
                                          {dropped, QStringLiteral("Cancelled")},
                                          {waiting, QStringLiteral("Queued")}};
    for (const auto &[id, word] : words) {
        EXPECT_EQ(cell(id, OutboxTableModel::StateColumn), word);
        const int row = m_page->model()->rowOf(id);
        const QIcon icon = m_page->model()->index(row, OutboxTableModel::StateColumn).data(Qt::DecorationRole)
                               .value<QIcon>();
        EXPECT_FALSE(icon.isNull()) << word.toStdString();
        EXPECT_FALSE(cell(id, OutboxTableModel::StateColumn, Qt::ToolTipRole).isEmpty()) << word.toStdString();
    }
    // The newest change first.
    EXPECT_EQ(m_page->model()->entryAt(0)->note.id, waiting);

    EXPECT_EQ(cell(rejected, OutboxTableModel::AccountColumn), QStringLiteral("Account 0006"));
    EXPECT_EQ(cell(delivered, OutboxTableModel::AccountColumn), QStringLiteral("Account 0012"));
    EXPECT_EQ(cell(rejected, OutboxTableModel::ToColumn), QStringLiteral("Maria Keller <maria@acme.example>"));
    EXPECT_EQ(cell(waiting, OutboxTableModel::ToColumn), QStringLiteral("maria@acme.example"));
    EXPECT_EQ(cell(rejected, OutboxTableModel::SubjectColumn), QStringLiteral("Danke, Müller & Söhne 🙏"));
    EXPECT_EQ(cell(rejected, OutboxTableModel::AuthorColumn), QStringLiteral("Ada Park"));
    EXPECT_EQ(cell(rejected, OutboxTableModel::AttemptsColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(delivered, OutboxTableModel::WhenColumn), LocaleText::instant(note(delivered).sentAt));
    EXPECT_EQ(cell(waiting, OutboxTableModel::WhenColumn), LocaleText::instant(note(waiting).updatedAt));

    // The server's words: the first line in the cell, all of them in the tooltip.
    EXPECT_EQ(cell(rejected, OutboxTableModel::ServerAnswerColumn),
              QStringLiteral("550 5.1.1 <maria@acme.example>: Recipient address rejected …"));
    EXPECT_EQ(cell(rejected, OutboxTableModel::ServerAnswerColumn, Qt::ToolTipRole), FailedWords);
    EXPECT_EQ(cell(uncertain, OutboxTableModel::ServerAnswerColumn), UncertainWords);
    // When a note queued again is tried next, and why.
    EXPECT_EQ(cell(later, OutboxTableModel::NextAttemptColumn), LocaleText::instant(note(later).nextAttemptAt));
    EXPECT_FALSE(cell(later, OutboxTableModel::NextAttemptColumn).isEmpty());
    EXPECT_EQ(cell(later, OutboxTableModel::ServerAnswerColumn), LaterWords);
    EXPECT_TRUE(cell(waiting, OutboxTableModel::NextAttemptColumn).isEmpty());

    // The line that says what "may have been sent" means, and the count
    // the sidebar shows.
    // "1 note(s)" until the English plural forms are loaded.
    EXPECT_TRUE(m_page->explanationText().startsWith(QStringLiteral("1 note")))
        << m_page->explanationText().toStdString();
    EXPECT_TRUE(m_page->explanationText().contains(QStringLiteral("may have been sent.")));
    EXPECT_TRUE(m_page->explanationText().contains(QStringLiteral("mail server's log")));
    EXPECT_EQ(m_page->needsAttentionCount(), 2);
    EXPECT_EQ(m_countsSpy->constLast().at(0).toInt(), 2);
}

TEST_F(OutboxPageTest, TheShowFilterPicksEachGroup)
{
    const qint64 rejected = failed(CaseSix, QStringLiteral("Rejected"));
    const qint64 uncertain = mayHaveBeenSent(CaseSix, QStringLiteral("Uncertain"));
    const qint64 delivered = sent(CaseSix, QStringLiteral("Delivered"));
    const qint64 handing = sending(CaseTwelve, QStringLiteral("Handing over"));
    const qint64 dropped = cancelled(CaseSix, QStringLiteral("Dropped"));
    const qint64 waiting = queued(CaseSix, QStringLiteral("Waiting"));
    draft(CaseSix, QStringLiteral("A draft"));
    openPage();
    EXPECT_EQ(shownIds(), (std::set<qint64>{rejected, uncertain, delivered, handing, dropped, waiting}));

    choose(OutboxTableModel::Show::NeedsAttention);
    EXPECT_EQ(shownIds(), (std::set<qint64>{rejected, uncertain}));
    choose(OutboxTableModel::Show::Waiting);
    EXPECT_EQ(shownIds(), (std::set<qint64>{handing, waiting}));
    choose(OutboxTableModel::Show::Sent);
    EXPECT_EQ(shownIds(), (std::set<qint64>{delivered}));
    choose(OutboxTableModel::Show::Cancelled);
    EXPECT_EQ(shownIds(), (std::set<qint64>{dropped}));
    choose(OutboxTableModel::Show::All);
    EXPECT_EQ(shownIds().size(), 6u);
}

TEST_F(OutboxPageTest, AnEmptyOutboxSaysSo)
{
    draft(CaseSix, QStringLiteral("A draft is not in the Outbox"));
    openPage();
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    EXPECT_FALSE(m_page->view()->isVisible());
    EXPECT_EQ(m_page->emptyStateText(),
              QStringLiteral("The Outbox is empty. A thank-you note shows here once it is sent from its case."));
    EXPECT_TRUE(m_page->explanationText().isEmpty());
    EXPECT_EQ(m_page->needsAttentionCount(), 0);
    choose(OutboxTableModel::Show::NeedsAttention);
    EXPECT_EQ(m_page->emptyStateText(),
              QStringLiteral("No note needs your attention. Notes that failed or may have been sent show here."));
}

TEST_F(OutboxPageTest, RetryPutsAFailedNoteBackInTheQueue)
{
    const qint64 rejected = failed(CaseSix, QStringLiteral("Rejected"));
    const qint64 delivered = sent(CaseSix, QStringLiteral("Delivered"));
    openPage();
    select(delivered);
    EXPECT_FALSE(button("retry")->isEnabled());
    EXPECT_FALSE(button("cancelNote")->isEnabled());
    EXPECT_FALSE(button("confirmSent")->isEnabled());
    EXPECT_TRUE(button("openCase")->isEnabled());

    select(rejected);
    EXPECT_TRUE(button("retry")->isEnabled());
    EXPECT_TRUE(button("cancelNote")->isEnabled());
    EXPECT_FALSE(button("confirmSent")->isEnabled());
    QSignalSpy woken(m_page.get(), &OutboxPage::noteRetried);
    QTest::mouseClick(button("retry"), Qt::LeftButton);
    EXPECT_EQ(shownPrompt("retryPrompt"), nullptr) << "a failed note was never sent: no question";
    ASSERT_TRUE(waitUntil([&] { return stateInDatabase(rejected) == QLatin1String("queued"); }, WaitMs));
    ASSERT_TRUE(settle());
    const Note retried = note(rejected);
    EXPECT_EQ(retried.attempts, 0);
    EXPECT_TRUE(retried.lastError.isEmpty());
    EXPECT_EQ(cell(rejected, OutboxTableModel::StateColumn), QStringLiteral("Queued"));
    EXPECT_EQ(m_page->currentNoteId(), rejected) << "the selection stays on the note";
    ASSERT_EQ(woken.size(), 1) << "the sender is told";
    EXPECT_EQ(woken.at(0).at(0).toLongLong(), rejected);
    EXPECT_TRUE(m_page->messageText().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return m_page->needsAttentionCount() == 0; }, WaitMs));
}

TEST_F(OutboxPageTest, RetryingANoteThatMayHaveBeenSentAsksFirst)
{
    const qint64 uncertain = mayHaveBeenSent(CaseSix, QStringLiteral("Uncertain"));
    openPage();
    select(uncertain);
    ASSERT_TRUE(button("retry")->isEnabled());

    QTest::mouseClick(button("retry"), Qt::LeftButton);
    QMessageBox *box = prompt("retryPrompt");
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("Did the note to Maria Keller <maria@acme.example> really not arrive?"));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("gets it twice"))) << box->informativeText().toStdString();
    // Escape, or the default button, sends nothing.
    EXPECT_EQ(box->defaultButton()->objectName(), QStringLiteral("dontSendButton"));
    box->findChild<QPushButton *>(QStringLiteral("dontSendButton"))->click();
    EXPECT_FALSE(m_page->isBusy());
    ASSERT_TRUE(settle());
    EXPECT_EQ(stateInDatabase(uncertain), QStringLiteral("may_have_been_sent"));

    QTest::mouseClick(button("retry"), Qt::LeftButton);
    box = prompt("retryPrompt");
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("sendAgainButton"))->click();
    ASSERT_TRUE(waitUntil([&] { return stateInDatabase(uncertain) == QLatin1String("queued"); }, WaitMs));
    ASSERT_TRUE(settle());
    EXPECT_EQ(m_page->currentNoteId(), uncertain);
    ASSERT_TRUE(waitUntil([&] { return m_page->explanationText().isEmpty(); }, WaitMs));
}

TEST_F(OutboxPageTest, ConfirmSentSettlesANoteThatMayHaveBeenSent)
{
    const qint64 uncertain = mayHaveBeenSent(CaseSix, QStringLiteral("Uncertain"));
    const qint64 rejected = failed(CaseSix, QStringLiteral("Rejected"));
    openPage();
    EXPECT_FALSE(m_page->explanationText().isEmpty());
    select(rejected);
    EXPECT_FALSE(button("confirmSent")->isEnabled()) << "only a note that may have been sent is confirmed";
    select(uncertain);
    ASSERT_TRUE(button("confirmSent")->isEnabled());
    QTest::mouseClick(button("confirmSent"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return stateInDatabase(uncertain) == QLatin1String("sent"); }, WaitMs));
    ASSERT_TRUE(settle());
    EXPECT_EQ(cell(uncertain, OutboxTableModel::StateColumn), QStringLiteral("Sent"));
    EXPECT_EQ(m_page->currentNoteId(), uncertain);
    ASSERT_TRUE(waitUntil([&] { return m_page->explanationText().isEmpty(); }, WaitMs))
        << "no note may have been sent any more";
    EXPECT_EQ(m_page->needsAttentionCount(), 1);
}

TEST_F(OutboxPageTest, CancelAsksThenCancels)
{
    const qint64 waiting = queued(CaseSix, QStringLiteral("Waiting"));
    openPage();
    select(waiting);
    ASSERT_TRUE(button("cancelNote")->isEnabled());

    // Delete asks too.
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QMessageBox *box = prompt("cancelPrompt");
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("Cancel the note to Maria Keller <maria@acme.example>, \"Waiting\"?"));
    EXPECT_EQ(box->defaultButton()->objectName(), QStringLiteral("keepButton"));
    box->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();
    EXPECT_FALSE(m_page->isBusy());
    ASSERT_TRUE(settle());
    EXPECT_EQ(stateInDatabase(waiting), QStringLiteral("queued"));

    QTest::mouseClick(button("cancelNote"), Qt::LeftButton);
    box = prompt("cancelPrompt");
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("cancelNoteButton"))->click();
    ASSERT_TRUE(waitUntil([&] { return stateInDatabase(waiting) == QLatin1String("cancelled"); }, WaitMs));
    ASSERT_TRUE(settle());
    EXPECT_EQ(cell(waiting, OutboxTableModel::StateColumn), QStringLiteral("Cancelled"));
    EXPECT_EQ(m_page->currentNoteId(), waiting);
    EXPECT_FALSE(button("cancelNote")->isEnabled());
}

TEST_F(OutboxPageTest, EnterAndDoubleClickOpenTheCase)
{
    const qint64 onSix = queued(CaseSix, QStringLiteral("For six"));
    const qint64 onTwelve = queued(CaseTwelve, QStringLiteral("For twelve"));
    openPage();
    QSignalSpy activated(m_page.get(), &OutboxPage::caseActivated);
    select(onTwelve);
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), CaseTwelve);

    const QRect cell = m_page->view()->visualRect(
        m_page->model()->index(m_page->model()->rowOf(onSix), OutboxTableModel::SubjectColumn));
    // A double click is a press, a release and a second press: the view
    // only opens what the first press landed on.
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toLongLong(), CaseSix);

    QTest::mouseClick(button("openCase"), Qt::LeftButton);
    ASSERT_EQ(activated.size(), 3);
    EXPECT_EQ(activated.at(2).at(0).toLongLong(), CaseSix);
}

TEST_F(OutboxPageTest, AChangeFromElsewhereReloadsAndSaysSo)
{
    const qint64 uncertain = mayHaveBeenSent(CaseSix, QStringLiteral("Uncertain"));
    openPage();
    select(uncertain);
    const int seen = m_page->model()->entryAt(m_page->model()->rowOf(uncertain))->note.version;
    // Another desk changed the note behind the page's back.
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE notes SET version = version + 1 WHERE id = ?"), {uncertain}));
    QSignalSpy errors(m_page.get(), &OutboxPage::errorOccurred);
    QTest::mouseClick(button("confirmSent"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !m_page->messageText().isEmpty(); }, WaitMs));
    ASSERT_TRUE(settle());
    EXPECT_TRUE(m_page->messageText().contains(QStringLiteral("changed since you opened it")))
        << m_page->messageText().toStdString();
    EXPECT_TRUE(m_page->messageText().endsWith(QStringLiteral("The Outbox now shows the note as it is.")));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).value<Error>().code, ErrorCode::Conflict);
    EXPECT_EQ(stateInDatabase(uncertain), QStringLiteral("may_have_been_sent")) << "nothing was changed";
    ASSERT_TRUE(waitUntil([&] {
        const int row = m_page->model()->rowOf(uncertain);
        return row >= 0 && m_page->model()->entryAt(row)->note.version == seen + 1;
    }, WaitMs)) << "the list was read again";
    EXPECT_EQ(m_page->currentNoteId(), uncertain);

    // With the fresh version the same click goes through.
    QTest::mouseClick(button("confirmSent"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return stateInDatabase(uncertain) == QLatin1String("sent"); }, WaitMs));
}

TEST_F(OutboxPageTest, PagesLoadAsTheListScrolls)
{
    QList<qint64> newestFirst;
    for (int i = 1; i <= 8; ++i)
        newestFirst.prepend(sent(i % 2 ? CaseSix : CaseTwelve, QStringLiteral("Note %1").arg(i)));
    openPage(3);
    // The view asks for more as it reaches the end of what it has.
    ASSERT_TRUE(waitUntil([&] {
        m_page->view()->scrollToBottom();
        return m_page->model()->rowCount() == 8 && !m_page->model()->isLoading();
    }, WaitMs)) << m_page->model()->rowCount();
    EXPECT_EQ(m_pagesSpy->size(), 3) << "pages of three";
    QList<qint64> shown;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        shown.append(m_page->model()->entryAt(row)->note.id);
    EXPECT_EQ(shown, newestFirst) << "each note once, the newest first";
    EXPECT_FALSE(m_page->model()->canFetchMore({}));
}

TEST_F(OutboxPageTest, ARefreshWaitsWhileThePageIsHidden)
{
    sent(CaseSix, QStringLiteral("First"));
    openPage();
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    m_page->hide();
    const qint64 second = failed(CaseSix, QStringLiteral("Second"));
    const qsizetype countsBefore = m_countsSpy->size();
    m_page->refresh();
    EXPECT_FALSE(m_page->model()->isLoading()) << "nothing is read for a hidden list";
    // The count is read all the same: the sidebar shows it.
    ASSERT_TRUE(waitUntil([&] { return m_countsSpy->size() > countsBefore; }, WaitMs));
    EXPECT_EQ(m_countsSpy->constLast().at(0).toInt(), 1);
    EXPECT_EQ(m_page->model()->rowCount(), 1);

    m_page->show();
    ASSERT_TRUE(waitUntil([&] { return m_page->model()->rowOf(second) >= 0; }, WaitMs));
    EXPECT_EQ(m_page->model()->rowCount(), 2);
}

TEST_F(OutboxPageTest, ARefreshKeepsTheSelectionOnItsNote)
{
    const qint64 oldest = sent(CaseSix, QStringLiteral("Oldest"));
    sent(CaseSix, QStringLiteral("Middle"));
    sent(CaseTwelve, QStringLiteral("Newest"));
    openPage();
    select(oldest);
    ASSERT_EQ(m_page->view()->currentIndex().row(), 2);
    // Notes change elsewhere: the selected one moves down the list.
    sent(CaseSix, QStringLiteral("Newer still"));
    sent(CaseTwelve, QStringLiteral("The newest"));
    m_page->refresh();
    ASSERT_TRUE(waitUntil([&] { return m_page->model()->rowCount() == 5 && !m_page->model()->isLoading(); },
                          WaitMs));
    EXPECT_EQ(m_page->currentNoteId(), oldest);
    EXPECT_EQ(m_page->view()->currentIndex().row(), 4);
    EXPECT_EQ(m_page->view()->selectionModel()->selectedRows().size(), 1);
}

TEST_F(OutboxPageTest, EveryControlHasANameAndAMnemonicClearOfTheMenus)
{
    openPage();
    std::set<int> mnemonics;
    const QList<QKeySequence> menus{QKeySequence(Qt::ALT | Qt::Key_F), QKeySequence(Qt::ALT | Qt::Key_C),
                                    QKeySequence(Qt::ALT | Qt::Key_V), QKeySequence(Qt::ALT | Qt::Key_H)};
    auto check = [&](const QString &text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        ASSERT_FALSE(mnemonic.isEmpty()) << text.toStdString();
        EXPECT_FALSE(menus.contains(mnemonic)) << text.toStdString();
        EXPECT_TRUE(mnemonics.insert(mnemonic[0].toCombined()).second) << "taken twice: " << text.toStdString();
    };
    for (const char *name : {"retry", "cancelNote", "confirmSent", "openCase"}) {
        QPushButton *b = button(name);
        ASSERT_NE(b, nullptr) << name;
        EXPECT_FALSE(b->accessibleName().isEmpty()) << name;
        check(b->text());
    }
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("show"));
    EXPECT_FALSE(combo->accessibleName().isEmpty());
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    const auto buddy = std::find_if(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == combo; });
    ASSERT_NE(buddy, labels.end());
    check((*buddy)->text());
    EXPECT_FALSE(m_page->view()->accessibleName().isEmpty());
}
