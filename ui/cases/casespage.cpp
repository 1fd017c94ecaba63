// SPDX-License-Identifier: GPL-3.0-or-later
#include "casespage.h"

#include "casetablemodel.h"

#include "domain/money.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fairwell {

namespace {

// Typing pauses this long before the list asks the database again.
constexpr int SearchDelayMs = 250;

} // namespace

CasesPage::CasesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseTableModel(this))
{
    buildUi();
    retranslateUi();

    connect(m_model, &CaseTableModel::countChanged, this, [this](qint64 total) {
        updateState();
        if (total >= 0)
            Q_EMIT countChanged(total);
    });
    connect(m_model, &CaseTableModel::loadingChanged, this, &CasesPage::updateState);
    connect(m_model, &CaseTableModel::pageLoaded, this, &CasesPage::updateState);
    connect(m_model, &CaseTableModel::modelReset, this, &CasesPage::updateState);
    connect(m_model, &CaseTableModel::peopleLoaded, this, &CasesPage::fillOwners);
    connect(m_model, &CaseTableModel::errorOccurred, this, &CasesPage::showError);
    updateState();
}

CasesPage::~CasesPage() = default;

void CasesPage::buildUi()
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_ownerLabel = new QLabel(this);
    m_owner = new QComboBox(this);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_owner);

    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_statusLabel->setBuddy(m_status);

    m_loading = new QLabel(this);
    m_loading->setVisible(false);
    m_countLabel = new QLabel(this);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_ownerLabel);
    filterRow->addWidget(m_owner);
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addStretch(0);
    filterRow->addWidget(m_loading);
    filterRow->addWidget(m_countLabel);

    // A message line rather than a dialog: a failed query should not stop
    // the user from doing anything else.
    m_messageLine = new QFrame(this);
    m_messageLine->setFrameShape(QFrame::StyledPanel);
    m_messageLine->setAutoFillBackground(true);
    QPalette palette = m_messageLine->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_messageLine->setPalette(palette);
    m_messageText = new QLabel(m_messageLine);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageClose = new QToolButton(m_messageLine);
    m_messageClose->setAutoRaise(true);
    auto *messageLayout = new QHBoxLayout(m_messageLine);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(m_messageClose);
    m_messageLine->setVisible(false);
    connect(m_messageClose, &QToolButton::clicked, m_messageLine, &QWidget::hide);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and section widths: the view's cost must not grow
    // with the number of rows (no ResizeToContents here).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int charWidth = fontMetrics().averageCharWidth();
    const struct
    {
        int column;
        int chars;
    } widths[] = {
        {CaseTableModel::AccountColumn, 26}, {CaseTableModel::ExternalIdColumn, 12},
        {CaseTableModel::SegmentColumn, 14}, {CaseTableModel::PlanColumn, 12},
        {CaseTableModel::MrrColumn, 13},     {CaseTableModel::OwnerColumn, 16},
        {CaseTableModel::StatusColumn, 9},   {CaseTableModel::OpenedColumn, 11},
        {CaseTableModel::EffectiveColumn, 11},
    };
    for (const auto &w : widths)
        header->resizeSection(w.column, w.chars * charWidth + 16);
    // Dates are as wide as the locale writes them, whatever the font.
    const int dateWidth =
        m_view->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 24;
    for (const int column : {int(CaseTableModel::OpenedColumn), int(CaseTableModel::EffectiveColumn)})
        header->resizeSection(column, qMax(header->sectionSize(column), dateWidth));
    // Room for an enterprise account's monthly revenue with its currency code.
    const int moneyWidth =
        m_view->fontMetrics().horizontalAdvance(Money(9999999, QStringLiteral("CHF")).format(QLocale())) + 24;
    header->resizeSection(CaseTableModel::MrrColumn, qMax(header->sectionSize(CaseTableModel::MrrColumn), moneyWidth));
    header->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &CasesPage::activate);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn in the muted text colour

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_stack, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::applyFilter);
    connect(m_owner, &QComboBox::activated, this, &CasesPage::applyFilter);
    connect(m_status, &QComboBox::activated, this, &CasesPage::applyFilter);
    setFocusProxy(m_search);
}

void CasesPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Search accounts…"));
    m_search->setAccessibleName(tr("Search accounts by name or external ID"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setAccessibleName(tr("Owner"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setAccessibleName(tr("Status"));
    m_loading->setText(tr("Loading…"));
    m_loading->setAccessibleName(tr("Loading cases"));
    m_messageClose->setText(tr("Dismiss"));
    m_messageClose->setAccessibleName(tr("Dismiss the message"));
    m_view->setAccessibleName(tr("Cases"));

    if (m_owner->count() == 0)
        m_owner->addItem(QString(), qint64(0));
    m_owner->setItemText(0, tr("Any owner"));

    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Any status"), int(CaseListFilter::Status::Any));
    m_status->addItem(tr("Open"), int(CaseListFilter::Status::Open));
    m_status->addItem(tr("Closed"), int(CaseListFilter::Status::Closed));
    m_status->setCurrentIndex(qMax(0, status));
    updateState();
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CasesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the case; QAbstractItemView's own "activated" also fires on
    // a single click on some platforms, which would open cases by accident.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CasesPage::activate(const QModelIndex &index)
{
    const qint64 id = m_model->caseId(index);
    if (id != 0)
        Q_EMIT caseActivated(id);
}

void CasesPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_hasDatabase = session != nullptr;
    // Owners belong to the database: start again from "Any owner".
    while (m_owner->count() > 1)
        m_owner->removeItem(m_owner->count() - 1);
    m_owner->setCurrentIndex(0);
    if (session)
        connect(session, &Session::actorChanged, this, &CasesPage::attachModel);
    attachModel();
}

void CasesPage::attachModel()
{
    m_messageLine->hide();
    // Reading is work too: it waits until somebody works in the session.
    Session *reader = m_session && m_session->actor().isValid() ? m_session.data() : nullptr;
    m_model->setFilter(effectiveFilter());
    m_model->setSession(reader);
    if (reader)
        m_model->loadPeople();
    updateState();
}

void CasesPage::setFixedFilter(const CaseListFilter &filter, bool showOwnerFilter)
{
    m_fixedFilter = filter;
    m_showOwnerFilter = showOwnerFilter;
    applyFixedFilterToControls();
    applyFilter();
}

void CasesPage::applyFixedFilterToControls()
{
    const bool ownerVisible = m_showOwnerFilter && m_fixedFilter.ownerId == 0;
    m_ownerLabel->setVisible(ownerVisible);
    m_owner->setVisible(ownerVisible);
    const bool statusVisible = m_fixedFilter.status == CaseListFilter::Status::Any;
    m_statusLabel->setVisible(statusVisible);
    m_status->setVisible(statusVisible);
}

CaseListFilter CasesPage::effectiveFilter() const
{
    CaseListFilter filter = m_fixedFilter;
    if (filter.text.isEmpty())
        filter.text = m_search->text().trimmed();
    if (filter.ownerId == 0 && m_showOwnerFilter)
        filter.ownerId = m_owner->currentData().toLongLong();
    if (filter.status == CaseListFilter::Status::Any)
        filter.status = static_cast<CaseListFilter::Status>(m_status->currentData().toInt());
    return filter;
}

void CasesPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(effectiveFilter());
}

void CasesPage::reload()
{
    m_messageLine->hide();
    m_model->reload();
}

qint64 CasesPage::totalCount() const
{
    return qMax<qint64>(0, m_model->totalCount());
}

void CasesPage::fillOwners(const QList<Person> &people)
{
    const qint64 current = m_owner->currentData().toLongLong();
    while (m_owner->count() > 1)
        m_owner->removeItem(m_owner->count() - 1);
    for (const Person &person : people)
        m_owner->addItem(person.displayName, person.id);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

QString CasesPage::emptyStateText() const
{
    if (!m_hasDatabase)
        return tr("No database is open.");
    if (!m_model->hasDatabase())
        return tr("Choose who is working at this desk (File ▸ Switch Profile…) to see the cases.");
    if (!m_model->hasLoaded() || m_model->isLoading() || m_model->rowCount() > 0)
        return {};
    if (m_model->hasFailed())
        return tr("The cases could not be loaded. The message above says why; try again with F5.");
    return effectiveFilter() == CaseListFilter{} ? tr("This database has no cases yet.")
                                                 : tr("No cases match these filters.");
}

void CasesPage::updateState()
{
    if (!m_model)
        return;
    m_loading->setVisible(m_model->isLoading());
    const qint64 total = m_model->totalCount();
    // No count while nobody may read the list: "0 cases" would be a guess.
    const bool counted = total >= 0 && m_hasDatabase && m_model->hasDatabase();
    m_countLabel->setText(counted ? tr("%Ln case(s)", nullptr, int(total)) : QString());
    const QString empty = emptyStateText();
    m_emptyLabel->setText(empty);
    // Keep focus where it was: switching to the empty page only when it has
    // something to say.
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

void CasesPage::showError(const Error &error)
{
    m_messageText->setText(error.text());
    m_messageLine->show();
    updateState();
    Q_EMIT errorOccurred(error);
}

} // namespace fairwell
