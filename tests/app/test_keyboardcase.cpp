// SPDX-License-Identifier: GPL-3.0-or-later
// A rep works a case from notice to close and win-back with the keyboard
// alone: every step below is a key press sent where the focus is, as a
// person at the desk would type it. What each step saved is read back with
// SQL of our own.
#include "casework/caseview.h"
#include "casework/closecasedialog.h"
#include "casework/feedbackdialog.h"
#include "casework/logcalldialog.h"
#include "casework/startoffboardingdialog.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "session/session.h"
#include "storage/database.h"
#include "isolatedsettings.h"
#include "testdatabases.h"
#include "testsession.h"
#include "winback/winbackoutcomedialog.h"
#include "winback/winbackpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 60000; // a safety net for a stuck worker, not a timing assertion

[[maybe_unused]] ::testing::Environment *const isolatedSettings =
    ::testing::AddGlobalTestEnvironment(new IsolatedSettings(QStringLiteral("FairwellKeyboardTest")));

// A key press where the keyboard's focus is.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr) << "nothing has the keyboard's focus";
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr) << "nothing has the keyboard's focus";
    QTest::keyClicks(target, text);
}

template<typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    waitUntil([&] {
        dialog = parent->findChild<Dialog *>();
        return dialog && dialog->isVisible() && QApplication::focusWidget()
               && dialog->isAncestorOf(QApplication::focusWidget());
    }, WaitMs);
    return dialog;
}

} // namespace

TEST(KeyboardOnly, ACaseFromNoticeToCloseAndWinBack)
{
    ScratchDatabase scratch(ScratchDatabase::Backend::Sqlite);
    ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
    auto opened = scratch.open();
    ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
    Database &db = **opened;
    DemoOptions options;
    options.seed = 5;
    ASSERT_TRUE(DemoGenerator::generate(db, options).has_value());
    auto scalar = [&db](const QString &sql, const QVariantList &values = {}) -> QVariant {
        auto query = db.exec(sql, values);
        if (!query || !query->next())
            return {};
        return query->value(0);
    };
    const qint64 rep = scalar(QStringLiteral("SELECT id FROM users WHERE role = 'rep' AND active ORDER BY id LIMIT 1"))
                           .toLongLong();
    ASSERT_GT(rep, 0);
    // An account that is not leaving yet, found by its external id.
    auto account = db.exec(QStringLiteral(
        "SELECT id, external_id, name FROM accounts WHERE NOT EXISTS "
        "(SELECT 1 FROM cases WHERE cases.account_id = accounts.id) ORDER BY id LIMIT 1"));
    ASSERT_TRUE(account && account->next());
    const qint64 accountId = account->value(0).toLongLong();
    const QString externalId = account->value(1).toString();
    const QString accountName = account->value(2).toString();
    account->finish(); // an unfinished read would keep this connection on an old snapshot

    MainWindow window;
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    OpenRequest request{scratch.spec()};
    request.localProfileId = rep;
    window.openDatabase(request);
    ASSERT_TRUE(waitUntil([&] { return window.session() && window.session()->actor().isValid(); }, WaitMs));

    // Notice: Ctrl+Shift+N, the external id, Down to the match, Enter to
    // pick it, Enter to start.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *start = waitForDialog<StartOffboardingDialog>(&window);
    ASSERT_NE(start, nullptr);
    type(externalId);
    ASSERT_TRUE(waitUntil([&] { return start->findChild<QAbstractItemView *>(QStringLiteral("accountMatches"))
                                           ->model()->rowCount() > 0; }, WaitMs));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return start->chosenAccount() && start->chosenAccount()->accountId == accountId; },
                          WaitMs));
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return window.isShowingCase() && window.caseView()->detail(); }, WaitMs));
    const qint64 caseId = window.caseView()->detail()->header.offboardingCase.id;
    EXPECT_EQ(window.caseView()->detail()->header.offboardingCase.accountId, accountId);
    EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE case_id = ?"), {caseId}).toInt(), 0)
        << "the playbook's steps became tasks";
    auto version = [&] { return scalar(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {caseId}).toInt(); };
    auto shownVersion = [&] {
        return window.caseView()->detail() ? window.caseView()->detail()->header.offboardingCase.version : 0;
    };

    // Feedback: Alt+R; category (Alt+C, Down), reason (Alt+P, Down),
    // consent (Alt+L), save (Alt+S).
    int before = version();
    press(Qt::Key_R, Qt::AltModifier);
    auto *feedback = waitForDialog<FeedbackDialog>(&window);
    ASSERT_NE(feedback, nullptr);
    ASSERT_TRUE(waitUntil([&] { return feedback->hasReasons(); }, WaitMs));
    press(Qt::Key_C, Qt::AltModifier);
    press(Qt::Key_Down);
    press(Qt::Key_P, Qt::AltModifier);
    press(Qt::Key_Down);
    press(Qt::Key_L, Qt::AltModifier);
    auto *consent = feedback->findChild<QAbstractButton *>(QStringLiteral("mayContactLater"));
    ASSERT_TRUE(waitUntil([&] { return consent->isChecked(); }, WaitMs));
    press(Qt::Key_S, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return version() > before && shownVersion() == version(); }, WaitMs));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM exit_feedback WHERE case_id = ? "
                                    "AND primary_reason_id IS NOT NULL AND may_contact_later = ?"),
                     {caseId, true}).toInt(), 1);

    // A call: Alt+L, the summary (Alt+S), log it (Alt+L).
    before = version();
    press(Qt::Key_L, Qt::AltModifier);
    auto *call = waitForDialog<LogCallDialog>(&window);
    ASSERT_NE(call, nullptr);
    press(Qt::Key_S, Qt::AltModifier);
    type(QStringLiteral("Thanked them; the export is on its way."));
    press(Qt::Key_L, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return version() > before && shownVersion() == version(); }, WaitMs));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE case_id = ?"), {caseId}).toInt(), 1);

    // Close as churned with a win-back check-in: Alt+S, then Alt+C.
    before = version();
    press(Qt::Key_S, Qt::AltModifier);
    auto *close = waitForDialog<CloseCaseDialog>(&window);
    ASSERT_NE(close, nullptr);
    press(Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return version() > before && shownVersion() == version(); }, WaitMs));
    EXPECT_EQ(scalar(QStringLiteral("SELECT outcome FROM cases WHERE id = ?"), {caseId}).toString(),
              QStringLiteral("churned"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM winback_checkins WHERE case_id = ? AND status = 'planned'"),
                     {caseId}).toInt(), 1);

    // Back to the list (Esc), to Win-back (Ctrl+7), all planned check-ins
    // (Alt+W, Down), into the list (Tab) and to the account (type its name).
    press(Qt::Key_Escape);
    EXPECT_FALSE(window.isShowingCase());
    press(Qt::Key_7, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::Page::Winback);
    WinbackPage *winback = window.winbackPage();
    press(Qt::Key_W, Qt::AltModifier);
    press(Qt::Key_Down);
    QAbstractItemView *checkins = winback->findChild<QAbstractItemView *>(QStringLiteral("checkins"));
    ASSERT_NE(checkins, nullptr);
    ASSERT_TRUE(waitUntil([&] {
        for (int row = 0; row < checkins->model()->rowCount(); ++row) {
            if (checkins->model()->index(row, 0).data().toString() == accountName)
                return true;
        }
        return false;
    }, WaitMs));
    for (int tabs = 0; tabs < 8 && QApplication::focusWidget() != checkins; ++tabs)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), checkins);
    type(accountName);
    ASSERT_EQ(checkins->currentIndex().data().toString(), accountName);

    // Returned: Alt+R opens the dialog, Alt+R picks "Returned", Alt+M the
    // new MRR, Alt+S saves.
    press(Qt::Key_R, Qt::AltModifier);
    auto *outcome = waitForDialog<WinbackOutcomeDialog>(&window);
    ASSERT_NE(outcome, nullptr);
    press(Qt::Key_R, Qt::AltModifier);
    // A mnemonic clicks its button a moment later, as a person sees it press.
    auto *returned = outcome->findChild<QAbstractButton *>(QStringLiteral("returned"));
    ASSERT_TRUE(waitUntil([&] { return returned->isChecked(); }, WaitMs));
    press(Qt::Key_M, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier); // over whatever the field holds
    type(QStringLiteral("99"));
    press(Qt::Key_S, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT count(*) FROM winback_checkins WHERE case_id = ? AND outcome = 'returned' "
                                     "AND returned_on IS NOT NULL AND new_mrr_minor = ?"),
                      {caseId, 9900}).toInt() == 1;
    }, WaitMs)) << outcome->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString();
}
