// SPDX-License-Identifier: GPL-3.0-or-later
#include "winback/winbackpage.h"

#include "common/listtable.h"
#include "common/messageline.h"
#include "domain/money.h"
#include "session/session.h"
#include "winback/winbackoutcomedialog.h"
#include "winback/winbacktablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fairwell {

WinbackPage::WinbackPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new WinbackTableModel(this))
{
    buildUi();
    retranslateUi();
    connect(m_model, &WinbackTableModel::loadingChanged, this, &WinbackPage::updateState);
    connect(m_model, &WinbackTableModel::loaded, this, [this] {
        // A line to act on from the keyboard straight away.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, WinbackTableModel::AccountColumn));
        updateState();
    });
    connect(m_model, &WinbackTableModel::modelReset, this, &WinbackPage::updateState);
    connect(m_model, &WinbackTableModel::errorOccurred, this, &WinbackPage::showError);
    updateState();
}

WinbackPage::~WinbackPage() = default;

void WinbackPage::buildUi()
{
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showLabel->setBuddy(m_show);
    m_loading = new QLabel(this);
    m_loading->setVisible(false);
    m_recordButton = new QPushButton(this);
    m_recordButton->setObjectName(QStringLiteral("recordOutcome"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openCase"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_showLabel);
    topRow->addWidget(m_show);
    topRow->addStretch(1);
    topRow->addWidget(m_loading);
    topRow->addWidget(m_recordButton);
    topRow->addWidget(m_openButton);

    // A message line rather than a dialog: a failed query should not stop
    // the user from doing anything else.
    m_messageLine = new MessageLine(this);
    m_messageLine->setObjectName(QStringLiteral("messageLine"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("checkins"));
    m_view->setModel(m_model);
    ListTable::setUp(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(WinbackTableModel::AccountColumn, 26 * charWidth + 16);
    header->resizeSection(WinbackTableModel::AssigneeColumn, 16 * charWidth + 16);
    header->resizeSection(WinbackTableModel::OutcomeColumn, 20 * charWidth + 16);
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const int dateWidth = m_view->fontMetrics().horizontalAdvance(date) + 24;
    for (const int column : {int(WinbackTableModel::ClosedColumn), int(WinbackTableModel::ReturnedColumn)})
        header->resizeSection(column, dateWidth);
    // The due date may carry the word and the icon of an overdue one.
    const int iconWidth = style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    header->resizeSection(WinbackTableModel::DueColumn,
                          m_view->fontMetrics().horizontalAdvance(tr("Overdue: %1").arg(date)) + iconWidth + 32);
    const int moneyWidth =
        m_view->fontMetrics().horizontalAdvance(Money(9999999, QStringLiteral("CHF")).format(QLocale())) + 24;
    for (const int column : {int(WinbackTableModel::MrrLostColumn), int(WinbackTableModel::NewMrrColumn)})
        header->resizeSection(column, moneyWidth);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &WinbackPage::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WinbackPage::updateState);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn in the muted text colour

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_stack, 1);

    connect(m_show, &QComboBox::activated, this, &WinbackPage::applyShow);
    connect(m_recordButton, &QPushButton::clicked, this, &WinbackPage::recordOutcome);
    connect(m_openButton, &QPushButton::clicked, this, &WinbackPage::openCase);
    setFocusProxy(m_view);
}

void WinbackPage::retranslateUi()
{
    m_showLabel->setText(tr("Sho&w:")); // Alt+H is the Help menu
    m_show->setAccessibleName(tr("Which check-ins to show"));
    const int show = m_show->currentIndex();
    m_show->clear();
    m_show->addItem(tr("Due and upcoming (30 days)"), int(WinbackTableModel::Show::DueSoon));
    m_show->addItem(tr("All planned"), int(WinbackTableModel::Show::AllPlanned));
    m_show->addItem(tr("Finished"), int(WinbackTableModel::Show::Finished));
    m_show->setCurrentIndex(qMax(0, show));
    m_loading->setText(tr("Loading…"));
    m_loading->setAccessibleName(tr("Loading check-ins"));
    m_recordButton->setText(tr("&Record Outcome…"));
    m_recordButton->setAccessibleName(tr("Record the outcome of the selected check-in"));
    m_openButton->setText(tr("&Open Case"));
    m_openButton->setAccessibleName(tr("Open the case of the selected check-in"));
    m_view->setAccessibleName(tr("Win-back check-ins"));
    updateState();
}

void WinbackPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool WinbackPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the case, as in the case lists.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WinbackPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_hasDatabase = session != nullptr;
    if (session)
        connect(session, &Session::actorChanged, this, &WinbackPage::attachModel);
    attachModel();
}

void WinbackPage::attachModel()
{
    m_messageLine->hide();
    // Reading is work too: it waits until somebody works in the session.
    Session *reader = m_session && m_session->actor().isValid() ? m_session.data() : nullptr;
    m_model->setSession(reader);
    updateState();
}

void WinbackPage::applyShow()
{
    m_messageLine->hide();
    m_model->setShow(static_cast<WinbackTableModel::Show>(m_show->currentData().toInt()));
    updateState();
}

void WinbackPage::reload()
{
    m_messageLine->hide();
    m_model->reload();
    updateState();
}

const WinbackLine *WinbackPage::currentLine() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->lineAt(current.row()) : nullptr;
}

void WinbackPage::activate(const QModelIndex &index)
{
    const WinbackLine *line = index.isValid() ? m_model->lineAt(index.row()) : nullptr;
    if (line && line->checkin.caseId != 0)
        Q_EMIT caseActivated(line->checkin.caseId);
}

void WinbackPage::openCase()
{
    activate(m_view->currentIndex());
}

void WinbackPage::refresh()
{
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void WinbackPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void WinbackPage::recordOutcome()
{
    const WinbackLine *line = currentLine();
    if (!m_session || !line || line->checkin.status != CheckinStatus::Planned)
        return;
    // Window-modal but not exec(): answers from the database keep arriving.
    auto *dialog = new WinbackOutcomeDialog(m_session, *line, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted || dialog->reloadRequested())
            reload();
        window()->activateWindow();
        m_view->setFocus();
    });
    dialog->open();
}

QString WinbackPage::emptyStateText() const
{
    if (!m_hasDatabase)
        return tr("No database is open.");
    if (!m_model->hasDatabase())
        return tr("Choose who is working at this desk (File ▸ Switch Profile…) to see the win-back check-ins.");
    if (!m_model->hasLoaded() || m_model->isLoading() || m_model->rowCount() > 0)
        return {};
    if (m_model->hasFailed())
        return tr("The check-ins could not be loaded. The message above says why; try again with F5.");
    switch (m_model->show()) {
    case WinbackTableModel::Show::DueSoon:
        return tr("No win-back check-ins are due. They are planned when a customer who agreed to be contacted "
                  "leaves.");
    case WinbackTableModel::Show::AllPlanned:
        return tr("No win-back check-ins are planned. They are planned when a customer who agreed to be "
                  "contacted leaves.");
    case WinbackTableModel::Show::Finished:
        break;
    }
    return tr("No win-back check-in has an outcome yet.");
}

void WinbackPage::updateState()
{
    if (!m_model || !m_view)
        return;
    m_loading->setVisible(m_model->isLoading());
    const WinbackLine *line = currentLine();
    m_recordButton->setEnabled(line && line->checkin.status == CheckinStatus::Planned);
    m_openButton->setEnabled(line && line->checkin.caseId != 0);
    const QString empty = emptyStateText();
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

void WinbackPage::showError(const Error &error)
{
    m_messageLine->showError(error);
    updateState();
    Q_EMIT errorOccurred(error);
}

} // namespace fairwell
