// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI smoke test: the main window on a demo database, its case list
// checked row by row against the database with SQL of our own. Built twice,
// for SQLite and (with FAIRWELL_TEST_MAINWINDOW_POSTGRES) for PostgreSQL.
#include "casework/caseview.h"
#include "dashboards/dashboardspage.h"
#include "queue/queuetablemodel.h"
#include "queue/queueviewpage.h"
#include "winback/winbackpage.h"
#include "common/recentdatabases.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pages/emptystatepage.h"
#include "dialogs/profiledialog.h"
#include "session/session.h"
#include "storage/database.h"
#include "isolatedsettings.h"
#include "testdatabases.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

#ifdef FAIRWELL_TEST_MAINWINDOW_POSTGRES
constexpr auto backend = ScratchDatabase::Backend::Postgres;
#else
constexpr auto backend = ScratchDatabase::Backend::Sqlite;
#endif

// Generous: the first page and the count come from a worker thread, and a
// loaded CI machine is slow. The wait ends as soon as the condition holds.
constexpr int waitMs = 60000;

[[maybe_unused]] ::testing::Environment *const isolatedSettings =
    ::testing::AddGlobalTestEnvironment(new IsolatedSettings(QStringLiteral("FairwellTest")));

class MainWindowSmoke : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_scratch = new ScratchDatabase(backend);
        if (!s_scratch->error().isEmpty())
            return;
        auto db = s_scratch->open();
        if (!db) {
            s_setupError = db.error().text();
            return;
        }
        DemoOptions options;
        options.size = DemoSize::Small;
        options.seed = 7;
        options.referenceDate = QDate(2026, 6, 30);
        auto counts = DemoGenerator::generate(**db, options);
        if (!counts) {
            s_setupError = counts.error().text();
            return;
        }
        // Who works at the desk: a rep with open cases. On PostgreSQL the
        // login is the person, so the test's login becomes that rep.
        auto rep = (*db)->exec(QStringLiteral("SELECT owner_id FROM cases WHERE status = 'open' AND owner_id IS NOT "
                                              "NULL ORDER BY owner_id LIMIT 1"));
        if (!rep || !rep->next()) {
            s_setupError = QStringLiteral("no rep with open cases in the demo data");
            return;
        }
        s_personId = rep->value(0).toLongLong();
        if (s_scratch->spec().isPostgres()) {
            auto renamed = (*db)->exec(QStringLiteral("UPDATE users SET login = ? WHERE id = ?"),
                                       {s_scratch->spec().user, s_personId});
            if (!renamed)
                s_setupError = renamed.error().text();
        }
    }

    static void TearDownTestSuite()
    {
        delete s_scratch;
        s_scratch = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_scratch->error().isEmpty()) << s_scratch->error().toStdString();
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString();
        auto db = s_scratch->open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        QSignalSpy failed(m_window.get(), &MainWindow::databaseOpenFailed);
        OpenRequest request{s_scratch->spec()};
        request.localProfileId = s_personId;
        m_window->openDatabase(request);
        ASSERT_TRUE(QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, waitMs));
        ASSERT_EQ(failed.size(), 0) << failed.first().first().value<Error>().text().toStdString();
    }

    void TearDown() override
    {
        m_window.reset();
        m_db.reset();
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        auto query = m_db->exec(sql, values);
        EXPECT_TRUE(query.has_value()) << query.error().text().toStdString();
        if (!query || !query->next())
            return -1;
        return query->value(0).toLongLong();
    }

    QList<qint64> ids(const QString &sql, const QVariantList &values = {})
    {
        QList<qint64> result;
        auto query = m_db->exec(sql, values);
        EXPECT_TRUE(query.has_value()) << query.error().text().toStdString();
        while (query && query->next())
            result << query->value(0).toLongLong();
        return result;
    }

    static bool hasLoaded(QueueViewPage *page)
    {
        return page->model()->hasLoaded() && page->model()->totalCount() >= 0 && !page->model()->isLoading();
    }

    static QList<qint64> shownIds(QueueViewPage *page, int rows)
    {
        QList<qint64> result;
        QueueTableModel *model = page->model();
        for (int row = 0; row < rows && row < model->rowCount(); ++row)
            result << model->index(row, 0).data(QueueTableModel::CaseIdRole).toLongLong();
        return result;
    }

    static inline ScratchDatabase *s_scratch = nullptr;
    static inline qint64 s_personId = 0;
    static inline QString s_setupError;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowSmoke, AllOpenShowsTheDatabaseRows)
{
    m_window->pageAction(MainWindow::Page::AllOpen)->trigger();
    QueueViewPage *page = m_window->queueViewPage(MainWindow::Page::AllOpen);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page); }, waitMs));

    const qint64 total = scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open'"));
    ASSERT_GT(total, 20);
    EXPECT_EQ(page->totalCount(), total);

    // Newest opened first, the id breaking ties.
    page->model()->sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page); }, waitMs));
    const QList<qint64> expected = ids(QStringLiteral(
        "SELECT id FROM cases WHERE status = 'open' ORDER BY opened_on DESC, id DESC LIMIT 20"));
    EXPECT_EQ(shownIds(page, 20), expected);

    // The first row's account, as the user reads it.
    const QModelIndex first = page->model()->index(0, QueueTableModel::AccountColumn);
    auto name = m_db->exec(QStringLiteral("SELECT accounts.name FROM cases JOIN accounts ON accounts.id = cases.account_id "
                                          "WHERE cases.id = ?"),
                           {expected.first()});
    ASSERT_TRUE(name && name->next());
    EXPECT_EQ(first.data().toString(), name->value(0).toString());

    // Sortable: by account name, as the database sorts it.
    page->model()->sort(QueueTableModel::AccountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page); }, waitMs));
    const QList<qint64> byName = ids(QStringLiteral("SELECT cases.id FROM cases JOIN accounts ON accounts.id = "
                                                    "cases.account_id WHERE cases.status = 'open' "
                                                    "ORDER BY accounts.name ASC, cases.id ASC LIMIT 20"));
    EXPECT_EQ(shownIds(page, 20), byName);
}

TEST_F(MainWindowSmoke, MyQueueShowsTheOpenCasesOfThePersonAtTheDesk)
{
    m_window->pageAction(MainWindow::Page::MyQueue)->trigger();
    ASSERT_NE(m_window->session(), nullptr);
    const qint64 person = m_window->session()->actor().userId;
    EXPECT_EQ(person, s_personId);
    EXPECT_TRUE(m_window->workingAsText().contains(m_window->session()->actor().displayName));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND role = 'rep'"), {person}), 1);

    QueueViewPage *page = m_window->queueViewPage(MainWindow::Page::MyQueue);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page); }, waitMs));
    EXPECT_EQ(page->totalCount(),
              scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE owner_id = ? AND status = 'open'"), {person}));
}

TEST_F(MainWindowSmoke, TheSidebarCountsEachQueueView)
{
    ASSERT_NE(m_window->session(), nullptr);
    const qint64 person = m_window->session()->actor().userId;
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    const struct
    {
        MainWindow::Page page;
        QString sql;
    } expected[] = {
        {MainWindow::Page::MyQueue, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open' AND owner_id = %1")
                                        .arg(person)},
        {MainWindow::Page::Unassigned, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open' "
                                                      "AND owner_id IS NULL")},
        {MainWindow::Page::AllOpen, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open'")},
        {MainWindow::Page::Closed, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'closed'")},
    };
    for (const auto &view : expected) {
        const qint64 count = scalar(view.sql);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return sidebar->item(int(view.page))->data(Qt::UserRole + 1).toLongLong() == count; }, waitMs))
            << int(view.page) << " shows " << sidebar->item(int(view.page))->data(Qt::UserRole + 1).toLongLong()
            << ", the database has " << count;
    }
}

TEST_F(MainWindowSmoke, EnterOpensTheCaseAndEscapeGoesBackToTheSameRow)
{
    m_window->pageAction(MainWindow::Page::AllOpen)->trigger();
    QueueViewPage *page = m_window->queueViewPage(MainWindow::Page::AllOpen);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page) && page->model()->rowCount() > 5; }, waitMs));
    QTableView *table = page->table();
    table->setFocus();
    table->setCurrentIndex(page->model()->index(4, 0));
    const qint64 chosen = page->model()->caseId(table->currentIndex());
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_TRUE(m_window->isShowingCase());
    CaseView *view = m_window->caseView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->detail() && view->detail()->header.offboardingCase.id == chosen; },
                                waitMs));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(m_window->isShowingCase());
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::AllOpen);
    EXPECT_EQ(page->model()->caseId(table->currentIndex()), chosen);
}

TEST_F(MainWindowSmoke, ViewActionsSwitchPages)
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);
    const QList<MainWindow::Page> pages{MainWindow::Page::Dashboards, MainWindow::Page::Admin,
                                        MainWindow::Page::MyQueue,    MainWindow::Page::Winback,
                                        MainWindow::Page::Closed,     MainWindow::Page::AllOpen};
    for (MainWindow::Page target : pages) {
        QAction *action = m_window->pageAction(target);
        EXPECT_FALSE(action->shortcut().isEmpty());
        action->trigger();
        EXPECT_EQ(m_window->currentPage(), target);
        EXPECT_TRUE(action->isChecked());
        const bool listPage = m_window->queueViewPage(target) != nullptr;
        EXPECT_EQ(stack->currentWidget() == m_window->queueViewPage(target), listPage);
        if (target == MainWindow::Page::Winback) {
            EXPECT_EQ(stack->currentWidget(), m_window->winbackPage());
        } else if (target == MainWindow::Page::Dashboards) {
            EXPECT_EQ(stack->currentWidget(), m_window->dashboardsPage());
        } else if (!listPage) {
            auto *empty = qobject_cast<EmptyStatePage *>(stack->currentWidget());
            ASSERT_NE(empty, nullptr);
            EXPECT_FALSE(empty->title().isEmpty());
            EXPECT_TRUE(empty->text().contains(QStringLiteral("coming release")));
        }
    }
}

TEST_F(MainWindowSmoke, StatusBarAndTitleNameTheDatabase)
{
    const DatabaseSpec spec = s_scratch->spec();
    if (spec.isPostgres()) {
        EXPECT_EQ(m_window->databaseStatusText(), QStringLiteral("Shared database: %1").arg(spec.displayName()));
        EXPECT_TRUE(m_window->windowTitle().contains(spec.databaseName));
    } else {
        EXPECT_EQ(m_window->databaseStatusText(), QStringLiteral("Local database: %1").arg(spec.path));
        EXPECT_TRUE(m_window->windowTitle().contains(QFileInfo(spec.path).fileName()));
    }
    ASSERT_TRUE(m_window->currentDatabase().has_value());
    EXPECT_EQ(*m_window->currentDatabase(), spec);

    // Remembered (by place, not by connect timeout), and never with a password.
    const auto place = [](const DatabaseSpec &remembered) {
        return remembered.isPostgres() ? remembered.toConninfo(true).toStdString() : remembered.path.toStdString();
    };
    const QList<DatabaseSpec> recent = RecentDatabases::load();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_TRUE(recent.first().password.isEmpty());
    EXPECT_EQ(place(recent.first()), place(spec).substr(0, place(spec).find(" password=")));
    ASSERT_TRUE(RecentDatabases::last().has_value());
    EXPECT_EQ(place(*RecentDatabases::last()), place(recent.first()));
}

TEST_F(MainWindowSmoke, AFailedOpenKeepsTheCurrentDatabase)
{
    const DatabaseSpec before = *m_window->currentDatabase();
    QTemporaryDir folder;
    QSignalSpy failed(m_window.get(), &MainWindow::databaseOpenFailed);
    // The error box is modal: answer it as soon as it shows.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(50);
    m_window->openDatabase(OpenRequest{DatabaseSpec::sqlite(folder.filePath(QStringLiteral("missing.sqlite")))});
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(failed.first().first().value<Error>().code, ErrorCode::FileMissing);
    EXPECT_EQ(*m_window->currentDatabase(), before);
}

#ifndef FAIRWELL_TEST_MAINWINDOW_POSTGRES
// The first run: a new local database with default content and demo data.
// Cancelling keeps the database, with its default content and no demo data.
namespace {

// What the first run asks for: a new local file, with demo data.
OpenRequest firstRunRequest(const QString &path)
{
    OpenRequest request{DatabaseSpec::sqlite(path)};
    request.create = true;
    request.addDemoData = true;
    return request;
}

} // namespace

TEST(FirstRun, CancelKeepsAnEmptyDatabaseWithDefaultContent)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("first.sqlite"));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(firstRunRequest(path));
    auto *progress = window.findChild<QProgressDialog *>();
    ASSERT_NE(progress, nullptr);
    // As the user does it: the dialog's Cancel button.
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(opened.wait(waitMs));
    ASSERT_TRUE(window.currentDatabase().has_value());
    EXPECT_EQ(window.currentDatabase()->path, path);

    auto db = Database::open(DatabaseSpec::sqlite(path));
    ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
    const auto count = [&db](const char *table) {
        auto query = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return query && query->next() ? query->value(0).toLongLong() : -1;
    };
    EXPECT_EQ(count("cases"), 0);
    EXPECT_EQ(count("accounts"), 0);
    EXPECT_GT(count("reason_categories"), 0);
    EXPECT_GT(count("playbooks"), 0);
    EXPECT_GT(count("note_templates"), 0);
}

TEST(FirstRun, FillsANewDatabaseWithDemoData)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("first.sqlite"));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(firstRunRequest(path));
    ASSERT_TRUE(opened.wait(waitMs));
    // A new file: nobody is working yet, so the window asks who it is.
    ASSERT_NE(window.session(), nullptr);
    EXPECT_FALSE(window.session()->actor().isValid());
    auto *dialog = window.findChild<ProfileDialog *>(QStringLiteral("profileDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *profiles = dialog->findChild<QListWidget *>();
    ASSERT_NE(profiles, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return profiles->count() > 0; }, waitMs));
    profiles->setCurrentRow(0);
    const qint64 chosen = profiles->item(0)->data(Qt::UserRole).toLongLong();
    QPushButton *workAs = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Work as")))
            workAs = button;
    }
    ASSERT_NE(workAs, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workAs->isEnabled(); }, waitMs));
    workAs->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->actor().isValid(); }, waitMs));
    EXPECT_EQ(window.session()->actor().userId, chosen);

    QueueViewPage *page = window.queueViewPage(MainWindow::Page::AllOpen);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->hasLoaded() && page->totalCount() > 0; }, waitMs));
}

TEST(FirstRun, APersonCreatesTheirProfileAndIsRememberedForTheFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mine.sqlite"));
    OpenRequest request{DatabaseSpec::sqlite(path)};
    request.create = true;
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(request);
        ASSERT_TRUE(opened.wait(waitMs));
        auto *dialog = window.findChild<ProfileDialog *>(QStringLiteral("profileDialog"));
        ASSERT_NE(dialog, nullptr);
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        ASSERT_GE(edits.size(), 2);
        edits.at(0)->setText(QStringLiteral("Zoë Åberg"));
        edits.at(1)->setText(QStringLiteral("zoe@example.org"));
        QPushButton *create = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Create")))
                create = button;
        }
        ASSERT_NE(create, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return create->isEnabled(); }, waitMs));
        create->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->actor().isValid(); }, waitMs));
        EXPECT_EQ(window.session()->actor().displayName, QStringLiteral("Zoë Åberg"));
        EXPECT_TRUE(window.workingAsText().contains(QStringLiteral("Zoë Åberg")));
    }
    // The next time this desk opens the file, the same person works.
    MainWindow again;
    again.show();
    QSignalSpy opened(&again, &MainWindow::databaseOpened);
    again.openDatabase(OpenRequest{DatabaseSpec::sqlite(path)});
    ASSERT_TRUE(opened.wait(waitMs));
    EXPECT_EQ(again.session()->actor().displayName, QStringLiteral("Zoë Åberg"));
    EXPECT_EQ(again.findChild<ProfileDialog *>(QStringLiteral("profileDialog")), nullptr);
}
#endif

#ifdef FAIRWELL_TEST_MAINWINDOW_POSTGRES
// A team of 100 shares one server: a desktop with every case page open
// holds at most two connections (one, in fact: the session's).
TEST_F(MainWindowSmoke, ADesktopHoldsAtMostTwoConnections)
{
    for (const MainWindow::Page target :
         {MainWindow::Page::MyQueue, MainWindow::Page::AllOpen, MainWindow::Page::Closed}) {
        m_window->pageAction(target)->trigger();
        QueueViewPage *page = m_window->queueViewPage(target);
        ASSERT_TRUE(QTest::qWaitFor([&] { return hasLoaded(page); }, waitMs));
    }
    const qint64 connections = scalar(
        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid()"));
    EXPECT_GE(connections, 1) << "the window's session is connected";
    EXPECT_LE(connections, 2);
}
#endif
