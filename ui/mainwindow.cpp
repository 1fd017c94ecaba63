// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "casework/caseview.h"
#include "common/errormessage.h"
#include "common/recentdatabases.h"
#include "common/recentmenu.h"
#include "common/pagesidebar.h"
#include "common/rolenames.h"
#include "common/workdialogs.h"
#include "dashboards/dashboardspage.h"
#include "dialogs/databasechooser.h"
#include "dialogs/profiledialog.h"
#include "pages/emptystatepage.h"
#include "queue/queueviewpage.h"
#include "session/session.h"
#include "winback/winbackpage.h"
#include "notes/outboxcontroller.h"
#include "notes/outboxpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace fairwell {

namespace {

const QLatin1String settingsGroup("MainWindow");

// The profile this desk works as in a local file, remembered per file.
QString workingAsKey(const DatabaseSpec &spec)
{
    return QLatin1String("Databases/") + RecentDatabases::settingsKey(spec) + QLatin1String("/workingAs");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_opener(new DatabaseOpener(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.fairwell.Fairwell.svg")));
    createActions();
    createMenus();
    createPages();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    // Who is working stays in sight: every change is made in their name.
    m_workingAsLabel = new QLabel(this);
    m_workingAsLabel->setObjectName(QStringLiteral("workingAs"));
    statusBar()->addPermanentWidget(m_workingAsLabel);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_connectAction);

    connect(m_opener, &DatabaseOpener::opened, this, &MainWindow::databaseReady);
    connect(m_opener, &DatabaseOpener::failed, this, &MainWindow::databaseFailed);

    m_startAction->setEnabled(false);
    retranslateUi();
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    delete m_session;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (auto request = DatabaseChooser(this, m_spec).newFile())
            openDatabase(*request);
    });

    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (auto request = DatabaseChooser(this, m_spec).existingFile())
            openDatabase(*request);
    });

    m_connectAction = new QAction(style()->standardIcon(QStyle::SP_DriveNetIcon), QString(), this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, [this] {
        if (auto request = DatabaseChooser(this, m_spec).sharedDatabase())
            openDatabase(*request);
    });

    m_switchProfileAction = new QAction(this);
    connect(m_switchProfileAction, &QAction::triggered, this, &MainWindow::switchProfile);

    m_reloadAction = new QAction(this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (isShowingCase())
            m_caseView->refresh();
        else if (QueueViewPage *page = queueViewPage(currentPage()))
            page->reload();
        else if (currentPage() == Page::Winback)
            m_winback->reload();
        else if (currentPage() == Page::Outbox)
            m_outbox->reload();
        else if (currentPage() == Page::Dashboards)
            m_dashboards->reload();
        m_sidebar->refreshCounts(m_session);
    });

    m_startAction = new QAction(this);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startOffboarding);

    m_mailSettingsAction = new QAction(this);
    connect(m_mailSettingsAction, &QAction::triggered, this, [this] { m_dialogs->editMailSettings(); });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_pageGroup = new QActionGroup(this);
    const QStringList icons{QStringLiteral("myqueue"),  QStringLiteral("due"),     QStringLiteral("closing"),
                            QStringLiteral("unassigned"), QStringLiteral("allcases"), QStringLiteral("closed"),
                            QStringLiteral("winback"),  QStringLiteral("outbox"),  QStringLiteral("dashboards"),
                            QStringLiteral("admin")};
    for (int i = 0; i < icons.size(); ++i) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icons.at(i))), QString(), this);
        action->setCheckable(true);
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        action->setData(i);
        m_pageGroup->addAction(action);
        m_pageActions.append(action);
        connect(action, &QAction::triggered, this, [this, i] {
            showPage(Page(i));
            m_stack->currentWidget()->setFocus(); // the keyboard goes where the eye goes
        });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = new RecentMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentMenu::chosen, this,
            [this](const DatabaseSpec &spec) { openDatabaseAskingPassword(OpenRequest{spec}); });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_switchProfileAction);
    m_fileMenu->addAction(m_mailSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addAction(m_startAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reloadAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createPages()
{
    const QList<QueueView> queueViews{QueueView::MyQueue,    QueueView::DueOrOverdue, QueueView::ClosingThisWeek,
                                      QueueView::Unassigned, QueueView::AllOpen,      QueueView::Closed};
    m_sidebar = new PageSidebar(m_pageActions, queueViews, this);
    connect(m_sidebar, &PageSidebar::countsFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("The queue counts could not be loaded: %1").arg(error.message), 10000);
    });

    m_stack = new QStackedWidget(this);
    for (const QueueView view : queueViews) {
        auto *page = new QueueViewPage(view, m_stack);
        m_queueViewPages.append(page);
        m_stack->addWidget(page);
        connect(page, &QueueViewPage::countChanged, this, &MainWindow::updateStatus);
        connect(page, &QueueViewPage::errorOccurred, this, [this](const Error &error) {
            statusBar()->showMessage(tr("The case list could not be loaded: %1").arg(error.message), 10000);
        });
        connect(page, &QueueViewPage::caseActivated, this, &MainWindow::openCase);
        connect(page, &QueueViewPage::startOffboardingRequested, this, &MainWindow::startOffboarding);
        connect(page, &QueueViewPage::reassignRequested, this,
                [this](const QList<qint64> &caseIds) { m_dialogs->reassign(caseIds); });
    }
    m_winback = new WinbackPage(m_stack);
    m_outbox = new OutboxPage(m_stack);
    m_dashboards = new DashboardsPage(m_stack);
    m_admin = new EmptyStatePage(m_stack);
    m_admin->setIcon(m_pageActions.at(int(Page::Admin))->icon());
    for (QWidget *page : {static_cast<QWidget *>(m_winback), static_cast<QWidget *>(m_outbox),
                          static_cast<QWidget *>(m_dashboards), static_cast<QWidget *>(m_admin)})
        m_stack->addWidget(page);
    connect(m_winback, &WinbackPage::caseActivated, this, &MainWindow::openCase);
    connect(m_outbox, &OutboxPage::caseActivated, this, &MainWindow::openCase);
    connect(m_dashboards, &DashboardsPage::caseActivated, this, &MainWindow::openCase);
    connect(m_outbox, &OutboxPage::countsChanged, this, [this](int needsAttention) {
        m_sidebar->setCount(int(Page::Outbox), needsAttention,
                            tr("%n note(s) need attention", nullptr, needsAttention));
    });
    m_outboxController = new OutboxController(this, this);
    // A retried note is due at once.
    connect(m_outbox, &OutboxPage::noteRetried, m_outboxController, &OutboxController::wake);
    connect(m_outboxController, &OutboxController::noteChanged, this, &MainWindow::refreshAll);
    connect(m_outboxController, &OutboxController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_dialogs = new WorkDialogs(this, m_outboxController);
    connect(m_dialogs, &WorkDialogs::dataChanged, this, &MainWindow::refreshAll);
    connect(m_dialogs, &WorkDialogs::caseToOpen, this, &MainWindow::openCase);
    connect(m_dialogs, &WorkDialogs::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // The case view is no sidebar entry: it opens from a list and goes back to it.
    m_caseView = new CaseView(m_stack);
    m_stack->addWidget(m_caseView);
    connect(m_caseView, &CaseView::backRequested, this, &MainWindow::backFromCase);
    connect(m_caseView, &CaseView::caseChanged, this, &MainWindow::refreshAll);
    connect(m_caseView, &CaseView::noteRequested, this, [this](qint64 caseId) { m_dialogs->writeNote(caseId); });
    for (const QKeySequence &back : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *shortcut = new QShortcut(back, m_caseView);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::backFromCase);
    }

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_pageActions.at(row)->setChecked(true);
        updateStatus();
    });
    // A click on the entry that is current still leaves an open case.
    connect(m_sidebar, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (isShowingCase())
            m_stack->setCurrentIndex(m_sidebar->row(item));
        updateStatus();
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setSizes({175, 1100});
    setCentralWidget(splitter);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Database…"));
    m_newAction->setStatusTip(tr("Create a new local database file"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open a local database file"));
    m_connectAction->setText(tr("&Connect to Shared Database…"));
    m_connectAction->setStatusTip(tr("Connect to the team's PostgreSQL database"));
    m_quitAction->setText(tr("&Quit"));
    m_switchProfileAction->setText(tr("&Switch Profile…"));
    m_switchProfileAction->setStatusTip(tr("Work as another person in this local database"));
    m_reloadAction->setText(tr("&Reload"));
    m_reloadAction->setStatusTip(tr("Ask the database again for what this page shows"));
    m_mailSettingsAction->setText(tr("&Mail Settings…"));
    m_mailSettingsAction->setStatusTip(tr("The mail server for thank-you notes, the export directions, your signature"));
    m_startAction->setText(tr("&Start Offboarding…"));
    m_startAction->setStatusTip(tr("Open a case for a departing account"));
    m_caseMenu->setTitle(tr("&Case"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Fairwell"));
    m_aboutQtAction->setText(tr("About &Qt"));

    const QStringList pageNames{tr("My queue"),     tr("Due or overdue"), tr("Closing this week"),
                                tr("Unassigned"),   tr("All open"),       tr("Closed"),
                                tr("Win-back"),     tr("Outbox"),         tr("Dashboards"),
                                tr("Admin")};
    for (int i = 0; i < pageNames.size(); ++i)
        m_pageActions.at(i)->setText(pageNames.at(i)); // the sidebar follows its actions
    m_sidebar->setAccessibleName(tr("Pages"));
    const int sidebarWidth = m_sidebar->fittingWidth();
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->setSizes({sidebarWidth, qMax(600, width() - sidebarWidth)});
    for (int i = 0; i < m_queueViewPages.size(); ++i)
        m_queueViewPages.at(i)->setAccessibleName(pageNames.at(i));
    m_winback->setAccessibleName(tr("Win-back"));
    m_outbox->setAccessibleName(tr("Outbox"));
    m_dashboards->setAccessibleName(tr("Dashboards"));

    m_admin->setTitle(tr("Admin"));
    m_admin->setText(
        tr("Here administrators will shape the process: playbooks, the exit-reason taxonomy, note templates, "
           "users and roles, and the database and mail settings. Administration arrives in a coming release."));

    m_workingAsLabel->setAccessibleName(tr("Working as"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // Back at the desk: what did the others change meanwhile?
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_session)
        m_session->checkForChanges();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // The queue has many columns: as wide as the screen allows, within reason.
        const QRect screen = this->screen()->availableGeometry();
        resize(qMin(1440, screen.width()), qMin(860, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), int(Page::MyQueue)).toInt();
    showPage(page >= 0 && page < m_pageActions.size() ? Page(page) : Page::MyQueue);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("page"), int(isShowingCase() ? m_returnPage : currentPage()));
    event->accept();
}

void MainWindow::showPage(Page page)
{
    if (m_sidebar->currentRow() == int(page))
        m_stack->setCurrentIndex(int(page)); // also leaves an open case
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return isShowingCase() ? m_returnPage : Page(m_stack->currentIndex());
}

bool MainWindow::isShowingCase() const
{
    return m_stack->currentWidget() == m_caseView;
}

QueueViewPage *MainWindow::queueViewPage(Page page) const
{
    const int index = int(page);
    return index < m_queueViewPages.size() ? m_queueViewPages.at(index) : nullptr;
}

void MainWindow::openCase(qint64 caseId)
{
    if (!m_session || caseId == 0)
        return;
    if (!isShowingCase())
        m_returnPage = Page(m_stack->currentIndex());
    m_caseView->showCase(caseId);
    m_stack->setCurrentWidget(m_caseView);
    // Coming from a dialog, the window may not have the keyboard back yet.
    activateWindow();
    m_caseView->setFocus();
    updateStatus();
}

void MainWindow::backFromCase()
{
    if (!isShowingCase())
        return;
    m_stack->setCurrentIndex(int(m_returnPage));
    m_sidebar->setCurrentRow(int(m_returnPage));
    // Back where the rep left: the list's own focus keeps its selection.
    if (QueueViewPage *page = queueViewPage(m_returnPage))
        page->table()->setFocus();
    else
        m_stack->currentWidget()->setFocus();
    updateStatus();
}

void MainWindow::startOffboarding()
{
    m_dialogs->startOffboarding();
}

void MainWindow::refreshAll()
{
    for (QueueViewPage *page : std::as_const(m_queueViewPages))
        page->refresh();
    m_winback->refresh();
    m_outbox->refresh();
    m_dashboards->refresh();
    if (isShowingCase())
        m_caseView->refresh();
    m_sidebar->refreshCounts(m_session);
}

QAction *MainWindow::pageAction(Page page) const
{
    return m_pageActions.at(int(page));
}

std::optional<DatabaseSpec> MainWindow::currentDatabase() const
{
    return m_spec;
}

QString MainWindow::databaseStatusText() const
{
    return m_databaseLabel->text();
}

// --- Opening ------------------------------------------------------------------

void MainWindow::openDatabase(const OpenRequest &request)
{
    OpenRequest withProfile = request;
    if (!request.spec.isPostgres() && withProfile.localProfileId == 0)
        withProfile.localProfileId = QSettings().value(workingAsKey(request.spec)).toLongLong();
    m_opener->open(withProfile);
}

void MainWindow::openDatabaseAskingPassword(const OpenRequest &request)
{
    if (auto withPassword = DatabaseChooser(this, m_spec).withPassword(request))
        openDatabase(*withPassword);
}

void MainWindow::databaseReady(const OpenRequest &request, Session *session, const OpenOutcome &outcome)
{
    // The old session goes only now: a failed open leaves it working. Its
    // sender stops first, since it sends through it.
    m_outboxController->setSession(nullptr);
    delete m_session;
    m_session = session;
    session->setParent(this);
    connect(session, &Session::actorChanged, this, &MainWindow::actorChanged);
    m_spec = request.spec;
    RecentDatabases::add(request.spec);
    m_recentMenu->refresh();

    connect(session, &Session::dataChanged, this, &MainWindow::refreshAll);
    for (QueueViewPage *page : std::as_const(m_queueViewPages))
        page->setSession(session);
    m_winback->setSession(session);
    m_outbox->setSession(session);
    m_dashboards->setSession(session);
    m_caseView->setSession(session);
    m_outboxController->setSession(session);
    m_dialogs->setSession(session);
    if (isShowingCase())
        showPage(m_returnPage);
    m_stack->currentWidget()->setFocus();
    actorChanged(outcome.actor);
    updateStatus();
    if (outcome.demoCancelled)
        statusBar()->showMessage(tr("Demo data stopped: the database holds the default content only."), 10000);
    emit databaseOpened(request.spec);
    if (!outcome.actor.isValid())
        switchProfile();
}

void MainWindow::switchProfile()
{
    if (!m_session || m_session->spec().isPostgres())
        return;
    auto *dialog = new ProfileDialog(m_session, this);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DatabaseSpec spec = m_session->spec();
    connect(dialog, &QDialog::accepted, this, [this, dialog, spec] {
        if (!m_session || m_session->spec() != spec)
            return;
        QSettings().setValue(workingAsKey(spec), dialog->actor().userId);
        m_session->setActor(dialog->actor());
    });
    // Window-modal but not exec(): the event loop, and with it every
    // answer from the database, keeps running.
    dialog->open();
}

void MainWindow::actorChanged(const Actor &actor)
{
    Q_UNUSED(actor)
    m_startAction->setEnabled(m_session && m_session->actor().isValid());
    m_mailSettingsAction->setEnabled(m_session && m_session->actor().isValid());
    m_sidebar->refreshCounts(m_session);
    updateStatus();
    emit workingAsChanged(workingAsText());
}

void MainWindow::databaseFailed(const OpenRequest &request, const Error &error)
{
    if (error.code == ErrorCode::NetworkFileSystem && !request.allowNetworkFileSystem) {
        if (ErrorMessage::confirmNetworkFileSystem(this, error)) {
            OpenRequest anyway = request;
            anyway.allowNetworkFileSystem = true;
            openDatabase(anyway);
        }
        return;
    }
    emit databaseOpenFailed(error);
    ErrorMessage::show(this, request.spec.isPostgres() ? tr("Could Not Connect") : tr("Could Not Open Database"),
                       error);
}

QString MainWindow::workingAsText() const
{
    if (!m_session)
        return {};
    const Actor &actor = m_session->actor();
    if (!actor.isValid())
        return tr("Nobody is working yet");
    return tr("Working as %1 (%2)").arg(actor.displayName, RoleNames::text(actor.role));
}

void MainWindow::updateStatus()
{
    if (!m_spec) {
        m_databaseLabel->setText(tr("No database open"));
        setWindowTitle(tr("Fairwell"));
    } else if (m_spec->isPostgres()) {
        m_databaseLabel->setText(tr("Shared database: %1").arg(m_spec->displayName()));
        setWindowTitle(tr("%1 — Fairwell").arg(m_spec->databaseName));
    } else {
        m_databaseLabel->setText(tr("Local database: %1").arg(QDir::toNativeSeparators(m_spec->path)));
        setWindowTitle(tr("%1 — Fairwell").arg(QFileInfo(m_spec->path).fileName()));
    }
    m_workingAsLabel->setText(workingAsText());
    m_workingAsLabel->setVisible(m_session != nullptr);
    const bool local = m_session && !m_session->spec().isPostgres();
    m_switchProfileAction->setEnabled(local);
    m_switchProfileAction->setToolTip(local ? QString()
                                            : tr("On a shared database you work as your PostgreSQL login"));
    const QueueViewPage *page = isShowingCase() ? nullptr : queueViewPage(currentPage());
    m_countLabel->setVisible(page && m_spec && m_session && m_session->actor().isValid());
    if (page) {
        const qint64 total = page->totalCount();
        m_countLabel->setText(total == 1 ? tr("1 case") : tr("%L1 cases").arg(total));
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Fairwell"),
        tr("<h3>Fairwell %1</h3>"
           "<p>A desktop console for customer offboarding.</p>"
           "<p>Leaving is easy: every departing customer is heard, thanked and handed their data, with the "
           "door left open.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>")
            .arg(QLatin1String(FAIRWELL_VERSION)));
}

} // namespace fairwell
