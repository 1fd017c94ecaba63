// SPDX-License-Identifier: GPL-3.0-or-later
// The case view and its action dialogs, driven through their widgets on a
// SQLite file of small demo data, with what they saved read back with SQL
// of our own.
#include "casework/caseview.h"
#include "casework/closecasedialog.h"
#include "casework/logcalldialog.h"
#include "common/messageline.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 30000; // a safety net for a stuck worker, not a timing assertion

class CaseViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);
        DemoOptions options;
        options.seed = 11;
        options.referenceDate = QDate::currentDate();
        auto generated = DemoGenerator::generate(*m_db, options);
        ASSERT_TRUE(generated.has_value()) << generated.error().text().toStdString();
        // An open case with open tasks and no exit reason yet, and its owner.
        auto found = m_db->exec(QStringLiteral(
            "SELECT cases.id, cases.owner_id FROM cases "
            "WHERE cases.status = 'open' AND cases.owner_id IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM tasks WHERE tasks.case_id = cases.id AND tasks.status = 'open') "
            "AND NOT EXISTS (SELECT 1 FROM exit_feedback WHERE exit_feedback.case_id = cases.id "
            "                AND exit_feedback.primary_reason_id IS NOT NULL) "
            "ORDER BY cases.id LIMIT 1"));
        ASSERT_TRUE(found.has_value()) << found.error().text().toStdString();
        ASSERT_TRUE(found->next()) << "no open case without a reason in the demo data";
        m_caseId = found->value(0).toLongLong();
        m_ownerId = found->value(1).toLongLong();

        OpenRequest request{m_scratch.spec()};
        request.localProfileId = m_ownerId;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
        ASSERT_TRUE(m_session->actor().isValid());

        m_view = std::make_unique<CaseView>();
        m_view->resize(1100, 700);
        m_view->show();
        m_view->setSession(m_session.get());
        ASSERT_TRUE(load());
    }

    bool load()
    {
        int before = m_loads;
        auto connection = QObject::connect(m_view.get(), &CaseView::detailLoaded, [this] { ++m_loads; });
        m_view->showCase(m_caseId);
        const bool loaded = waitUntil([&] { return m_loads > before; }, WaitMs);
        QObject::disconnect(connection);
        return loaded;
    }

    // Waits for the view to read the case again after a change.
    bool reloaded(int version)
    {
        return waitUntil([&] { return m_view->detail() && m_view->detail()->header.offboardingCase.version > version; },
                         WaitMs);
    }

    template<typename Dialog>
    Dialog *openDialog()
    {
        Dialog *dialog = nullptr;
        waitUntil([&] {
            dialog = m_view->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        }, WaitMs);
        return dialog;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        auto query = m_db->exec(sql, values);
        EXPECT_TRUE(query.has_value()) << query.error().text().toStdString();
        if (!query || !query->next())
            return -1;
        return query->value(0).toLongLong();
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CaseView> m_view;
    qint64 m_caseId = 0;
    qint64 m_ownerId = 0;
    int m_loads = 0;
};

} // namespace

TEST_F(CaseViewTest, ShowsTheCaseTasksAsTheDatabaseHasThem)
{
    const CaseDetail &detail = *m_view->detail();
    EXPECT_EQ(detail.header.offboardingCase.id, m_caseId);
    const qint64 tasks = scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE case_id = ?"), {m_caseId});
    ASSERT_GT(tasks, 0);
    EXPECT_EQ(m_view->checklist()->topLevelItemCount(), tasks);
    // Each line shows its task's own due date.
    for (int row = 0; row < m_view->checklist()->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_view->checklist()->topLevelItem(row);
        const qint64 taskId = item->data(0, Qt::UserRole).toLongLong();
        auto due = m_db->exec(QStringLiteral("SELECT due_on FROM tasks WHERE id = ?"), {taskId});
        ASSERT_TRUE(due && due->next());
        EXPECT_EQ(item->text(1), QLocale().toString(due->value(0).toDate(), QLocale::ShortFormat)) << row;
    }
}

TEST_F(CaseViewTest, ALoggedCallIsInTheTimelineAndInTheDatabase)
{
    const int version = m_view->detail()->header.offboardingCase.version;
    const qint64 callsBefore = scalar(QStringLiteral("SELECT count(*) FROM calls WHERE case_id = ?"), {m_caseId});
    m_view->checklist()->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_L, Qt::AltModifier);
    auto *dialog = openDialog<LogCallDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("callSummary"));
    ASSERT_NE(summary, nullptr);
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Talked about the export; they are grateful for the help."));
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier); // &Log Call
    ASSERT_TRUE(reloaded(version));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE case_id = ?"), {m_caseId}), callsBefore + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE case_id = ? AND summary = ?"),
                     {m_caseId, QStringLiteral("Talked about the export; they are grateful for the help.")}),
              1);
    EXPECT_TRUE(m_view->timeline()->toPlainText().contains(QStringLiteral("grateful for the help")))
        << m_view->timeline()->toPlainText().toStdString();
}

TEST_F(CaseViewTest, ChurnedWithoutAReasonIsRefusedAndTheDialogKeepsWhatWasTyped)
{
    const int version = m_view->detail()->header.offboardingCase.version;
    QTest::keyClick(m_view.get(), Qt::Key_S, Qt::AltModifier); // Clo&se Case…
    auto *dialog = openDialog<CloseCaseDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("closeOutcome"));
    auto *mrr = dialog->findChild<QLineEdit *>(QStringLiteral("mrrLost"));
    ASSERT_TRUE(outcome && mrr);
    EXPECT_EQ(outcome->currentIndex(), 0); // churned
    mrr->selectAll();
    QTest::keyClicks(mrr, QStringLiteral("123"));
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // &Close Case
    ASSERT_TRUE(waitUntil([&] { return !dialog->messageLine()->text().isEmpty(); }, WaitMs));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(mrr->text(), QStringLiteral("123"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = ? AND status = 'open' AND version = ?"),
                     {m_caseId, version}),
              1);
    dialog->reject();
}

TEST_F(CaseViewTest, SpaceMarksTheCurrentTaskDone)
{
    const int version = m_view->detail()->header.offboardingCase.version;
    QTreeWidget *checklist = m_view->checklist();
    ASSERT_NE(checklist->currentItem(), nullptr);
    const qint64 taskId = checklist->currentItem()->data(0, Qt::UserRole).toLongLong();
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ? AND status = 'open'"), {taskId}), 1);
    checklist->setFocus();
    QTest::keyClick(checklist, Qt::Key_Space);
    ASSERT_TRUE(reloaded(version));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ? AND status = 'done'"), {taskId}), 1);
}

// Answers the conflict prompt, whenever it shows, with the button `name`.
class ConflictAnswer
{
public:
    explicit ConflictAnswer(const QString &name)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this, name] {
            QWidget *box = QApplication::activeModalWidget();
            if (!box || box->objectName() != QLatin1String("conflictPrompt"))
                return;
            if (auto *button = box->findChild<QPushButton *>(name)) {
                ++asked;
                button->click();
            }
        });
        m_timer.start();
    }
    int asked = 0;

private:
    QTimer m_timer;
};

TEST_F(CaseViewTest, AChangeBySomeoneElseIsShownAndReloadedNotOverwritten)
{
    // Another desk changes the case behind the view's back.
    const int version = m_view->detail()->header.offboardingCase.version;
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE cases SET version = version + 1 WHERE id = ?"), {m_caseId}));
    QTreeWidget *checklist = m_view->checklist();
    const qint64 taskId = checklist->currentItem()->data(0, Qt::UserRole).toLongLong();
    ConflictAnswer answer(QStringLiteral("reloadButton"));
    checklist->setFocus();
    QTest::keyClick(checklist, Qt::Key_Space);
    ASSERT_TRUE(reloaded(version));
    EXPECT_EQ(answer.asked, 1);
    EXPECT_EQ(m_view->detail()->header.offboardingCase.version, version + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ? AND status = 'open'"), {taskId}), 1);
}

TEST_F(CaseViewTest, AChangeBySomeoneElseCanBeAppliedOnTop)
{
    const int version = m_view->detail()->header.offboardingCase.version;
    ASSERT_TRUE(m_db->exec(QStringLiteral("UPDATE cases SET version = version + 1 WHERE id = ?"), {m_caseId}));
    QTreeWidget *checklist = m_view->checklist();
    const qint64 taskId = checklist->currentItem()->data(0, Qt::UserRole).toLongLong();
    ConflictAnswer answer(QStringLiteral("applyAgainButton"));
    checklist->setFocus();
    QTest::keyClick(checklist, Qt::Key_Space);
    ASSERT_TRUE(reloaded(version + 1));
    EXPECT_EQ(answer.asked, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ? AND status = 'done'"), {taskId}), 1);
}
