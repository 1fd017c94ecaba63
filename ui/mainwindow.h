// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/databaseopener.h"
#include "error.h"
#include "services/queuetypes.h"
#include "storage/databasespec.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace fairwell {

class CaseView;
class DashboardsPage;
class EmptyStatePage;
class OutboxController;
class OutboxPage;
class WorkDialogs;
class PageSidebar;
class RecentMenu;
class QueueViewPage;
class WinbackPage;
class Session;
struct Actor;

// The shell: a sidebar of pages, the pages, menus and the status bar. It
// wires pages to the open database and keeps no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The sidebar's entries, in order: the queue views first.
    enum class Page {
        MyQueue,
        DueOrOverdue,
        ClosingThisWeek,
        Unassigned,
        AllOpen,
        Closed,
        Winback,
        Outbox,
        Dashboards,
        Admin
    };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `request` in the background; the current database stays open
    // until the new one is ready, and stays when it fails.
    void openDatabase(const OpenRequest &request);
    // Like openDatabase(), but asks for a missing PostgreSQL password first.
    void openDatabaseAskingPassword(const OpenRequest &request);

    // The open database, or an empty optional while none is.
    std::optional<DatabaseSpec> currentDatabase() const;
    Page currentPage() const;
    void showPage(Page page);
    // The queue view of `page`, or nullptr for other pages.
    QueueViewPage *queueViewPage(Page page) const;
    WinbackPage *winbackPage() const { return m_winback; }
    DashboardsPage *dashboardsPage() const { return m_dashboards; }
    OutboxPage *outboxPage() const { return m_outbox; }
    OutboxController *outboxController() const { return m_outboxController; }
    CaseView *caseView() const { return m_caseView; }
    bool isShowingCase() const;
    // Shows the case, remembering the page to come back to.
    void openCase(qint64 caseId);
    void startOffboarding();
    QAction *pageAction(Page page) const;
    QString databaseStatusText() const;
    // The person working, as the status bar shows them.
    QString workingAsText() const;
    // The window's session, or nullptr while no database is open.
    Session *session() const { return m_session; }
    QAction *switchProfileAction() const { return m_switchProfileAction; }

signals:
    // After a database was opened and every page was given it.
    void databaseOpened(const fairwell::DatabaseSpec &spec);
    // Someone started working (a profile was chosen, or the login known).
    void workingAsChanged(const QString &text);
    void databaseOpenFailed(const fairwell::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void retranslateUi();
    void restoreSettings();

    void about();

    void databaseReady(const OpenRequest &request, Session *session, const OpenOutcome &outcome);
    void databaseFailed(const OpenRequest &request, const Error &error);
    void switchProfile();
    void actorChanged(const Actor &actor);
    void updateStatus();
    // Someone changed data (here or elsewhere): every view asks again and
    // keeps its place.
    void refreshAll();
    void backFromCase();

    Session *m_session = nullptr;
    std::optional<DatabaseSpec> m_spec;
    DatabaseOpener *m_opener = nullptr;

    PageSidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<QueueViewPage *> m_queueViewPages; // in the order of Page
    WinbackPage *m_winback = nullptr;
    OutboxPage *m_outbox = nullptr;
    OutboxController *m_outboxController = nullptr;
    WorkDialogs *m_dialogs = nullptr;
    CaseView *m_caseView = nullptr;
    Page m_returnPage = Page::MyQueue; // where Back from a case goes
    DashboardsPage *m_dashboards = nullptr;
    EmptyStatePage *m_admin = nullptr;

    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_workingAsLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_switchProfileAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_mailSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace fairwell
