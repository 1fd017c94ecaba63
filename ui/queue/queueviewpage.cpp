// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueviewpage.h"

#include "queuetablemodel.h"

#include "common/listtable.h"
#include "common/messageline.h"
#include "domain/money.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fairwell {

namespace {

// Typing pauses this long before the list asks the database again.
constexpr int SearchDelayMs = 200;

bool isOpenView(QueueView view)
{
    return view != QueueView::Closed;
}

// Views that are one owner's (or nobody's) have no owner to filter by.
bool hasOwnerFilter(QueueView view)
{
    return view != QueueView::MyQueue && view != QueueView::Unassigned;
}

} // namespace

QueueViewPage::QueueViewPage(QueueView view, QWidget *parent)
    : QWidget(parent)
    , m_queueView(view)
    , m_model(new QueueTableModel(this))
{
    QueueFilter filter;
    filter.view = view;
    m_model->setFilter(filter);
    // The most urgent first: what is due, what ends soonest, what closed last.
    if (view == QueueView::ClosingThisWeek)
        m_model->sort(QueueTableModel::EffectiveColumn, Qt::AscendingOrder);
    else if (view == QueueView::Closed)
        m_model->sort(QueueTableModel::ClosedColumn, Qt::DescendingOrder);

    buildUi();
    retranslateUi();

    connect(m_model, &QueueTableModel::countChanged, this, [this](qint64 total) {
        updateState();
        if (total >= 0)
            Q_EMIT countChanged(total);
    });
    connect(m_model, &QueueTableModel::loadingChanged, this, &QueueViewPage::updateState);
    connect(m_model, &QueueTableModel::pageLoaded, this, [this] {
        restoreSelection();
        updateState();
    });
    connect(m_model, &QueueTableModel::modelAboutToBeReset, this, &QueueViewPage::rememberSelection);
    connect(m_model, &QueueTableModel::modelReset, this, [this] {
        restoreSelection();
        updateState();
    });
    connect(m_model, &QueueTableModel::peopleLoaded, this, &QueueViewPage::fillOwners);
    connect(m_model, &QueueTableModel::facetsLoaded, this, &QueueViewPage::fillFacets);
    connect(m_model, &QueueTableModel::errorOccurred, this, &QueueViewPage::showError);
    updateState();
}

QueueViewPage::~QueueViewPage() = default;

void QueueViewPage::buildUi()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setEnabled(false); // the muted text colour
    m_description->setWordWrap(true);

    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startOffboardingButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));
    m_reassignButton = new QPushButton(this);
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    connect(m_startButton, &QPushButton::clicked, this, &QueueViewPage::startOffboardingRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] { activate(m_table->currentIndex()); });
    connect(m_reassignButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedCaseIds();
        if (!ids.isEmpty())
            Q_EMIT reassignRequested(ids);
    });

    auto *titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    titleText->addWidget(m_title);
    titleText->addWidget(m_description);
    auto *titleRow = new QHBoxLayout;
    titleRow->addLayout(titleText, 1);
    titleRow->addWidget(m_reassignButton, 0, Qt::AlignBottom);
    titleRow->addWidget(m_openButton, 0, Qt::AlignBottom);
    titleRow->addWidget(m_startButton, 0, Qt::AlignBottom);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    auto makeCombo = [this](QLabel *&label, QComboBox *&combo, const char *name) {
        label = new QLabel(this);
        combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        connect(combo, &QComboBox::activated, this, &QueueViewPage::applyFilter);
    };
    makeCombo(m_ownerLabel, m_owner, "ownerFilter");
    makeCombo(m_segmentLabel, m_segment, "segmentFilter");
    makeCombo(m_planLabel, m_plan, "planFilter");
    m_ownerLabel->setVisible(hasOwnerFilter(m_queueView));
    m_owner->setVisible(hasOwnerFilter(m_queueView));

    m_loading = new QLabel(this);
    m_loading->setVisible(false);
    m_countLabel = new QLabel(this);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_ownerLabel);
    filterRow->addWidget(m_owner);
    filterRow->addWidget(m_segmentLabel);
    filterRow->addWidget(m_segment);
    filterRow->addWidget(m_planLabel);
    filterRow->addWidget(m_plan);
    filterRow->addWidget(m_loading);
    filterRow->addWidget(m_countLabel);

    m_messageLine = new MessageLine(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    // Several rows at once for a manager's reassignment.
    ListTable::setUp(m_table, QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    const int charWidth = fontMetrics().averageCharWidth();
    const struct
    {
        int column;
        int chars;
    } widths[] = {
        {QueueTableModel::AccountColumn, 24},  {QueueTableModel::SegmentColumn, 10},
        {QueueTableModel::PlanColumn, 9},      {QueueTableModel::MrrColumn, 10},
        {QueueTableModel::OwnerColumn, 14},    {QueueTableModel::DaysOpenColumn, 8},
        {QueueTableModel::NextTaskColumn, 18}, {QueueTableModel::ProgressColumn, 7},
        {QueueTableModel::OutcomeColumn, 11},
    };
    for (const auto &w : widths)
        header->resizeSection(w.column, w.chars * charWidth + 16);
    // As wide as the longest segment's name in this language.
    int segmentWidth = 0;
    for (const char *key : {"smb", "mid_market", "enterprise"})
        segmentWidth = qMax(segmentWidth, m_table->fontMetrics().horizontalAdvance(
                                              QueueTableModel::segmentText(QLatin1String(key))));
    header->resizeSection(QueueTableModel::SegmentColumn, segmentWidth + 16);
    // Dates are as wide as the locale writes them, whatever the font.
    const QString longDate = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(longDate) + 16;
    for (const int column : {int(QueueTableModel::OpenedColumn), int(QueueTableModel::EffectiveColumn),
                             int(QueueTableModel::ClosedColumn)})
        header->resizeSection(column, qMax(header->sectionSize(column), dateWidth));
    QFont bold = m_table->font();
    bold.setBold(true);
    const int dueWidth =
        QFontMetrics(bold).horizontalAdvance(QueueTableModel::tr("Overdue: %1").arg(longDate)) + 36;
    header->resizeSection(QueueTableModel::NextDueColumn, dueWidth);
    // Room for an enterprise account's monthly revenue with its currency code.
    const int moneyWidth =
        m_table->fontMetrics().horizontalAdvance(Money(9999999, QStringLiteral("CHF")).format(QLocale())) + 16;
    header->resizeSection(QueueTableModel::MrrColumn, moneyWidth);
    showColumnsOfView();
    header->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &QueueViewPage::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueViewPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_model->caseId(current))
                    m_selectedCaseId = id;
            });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn in the muted text colour

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_stack, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &QueueViewPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &QueueViewPage::applyFilter);
    m_search->installEventFilter(this);
    setFocusProxy(m_table);
}

void QueueViewPage::showColumnsOfView()
{
    const bool open = isOpenView(m_queueView);
    m_table->setColumnHidden(QueueTableModel::OutcomeColumn, open);
    m_table->setColumnHidden(QueueTableModel::ClosedColumn, open);
    m_table->setColumnHidden(QueueTableModel::NextTaskColumn, !open);
    m_table->setColumnHidden(QueueTableModel::NextDueColumn, !open);
    m_table->setColumnHidden(QueueTableModel::OwnerColumn, !hasOwnerFilter(m_queueView));
}

void QueueViewPage::retranslateUi()
{
    switch (m_queueView) {
    case QueueView::MyQueue:
        m_title->setText(tr("My queue"));
        m_description->setText(tr("Your open cases, the most urgent task first."));
        break;
    case QueueView::DueOrOverdue:
        m_title->setText(tr("Due today or overdue"));
        m_description->setText(tr("Open cases with a task due today or earlier."));
        break;
    case QueueView::ClosingThisWeek:
        m_title->setText(tr("Closing this week"));
        m_description->setText(tr("Open cases whose contract ends this week (Monday to Sunday)."));
        break;
    case QueueView::Unassigned:
        m_title->setText(tr("Unassigned"));
        m_description->setText(tr("Open cases nobody owns yet. Open one to claim it."));
        break;
    case QueueView::AllOpen:
        m_title->setText(tr("All open cases"));
        m_description->setText(tr("Every departing account the team is working on."));
        break;
    case QueueView::Closed:
        m_title->setText(tr("Closed cases"));
        m_description->setText(tr("Every case the team has closed, the latest first."));
        break;
    }
    m_startButton->setText(tr("&Start Offboarding…"));
    m_startButton->setToolTip(tr("Open a case for a departing account (%1)")
                                  .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)
                                           .toString(QKeySequence::NativeText)));
    m_openButton->setText(tr("Op&en Case"));
    m_openButton->setToolTip(tr("Open the selected case (Enter)"));
    m_reassignButton->setText(tr("Re&assign…"));
    m_reassignButton->setToolTip(tr("Give the selected cases to another person"));
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Account, contact or external ID…"));
    m_search->setAccessibleName(tr("Search by account name, contact name or external ID"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_owner->setAccessibleName(tr("Owner"));
    m_segmentLabel->setText(tr("Se&gment:"));
    m_segment->setAccessibleName(tr("Segment"));
    m_planLabel->setText(tr("&Plan:"));
    m_plan->setAccessibleName(tr("Plan"));
    m_loading->setText(tr("Loading…"));
    m_loading->setAccessibleName(tr("Loading cases"));
    m_table->setAccessibleName(m_title->text());

    for (QComboBox *combo : {m_owner, m_segment, m_plan}) {
        if (combo->count() == 0)
            combo->addItem(QString(), QVariant());
    }
    m_owner->setItemText(0, tr("Anyone"));
    m_segment->setItemText(0, tr("Any segment"));
    m_plan->setItemText(0, tr("Any plan"));
    for (int i = 1; i < m_segment->count(); ++i)
        m_segment->setItemText(i, QueueTableModel::segmentText(m_segment->itemData(i).toString()));
    updateState();
}

void QueueViewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool QueueViewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Enter opens the case; QAbstractItemView's own "activated" also fires on
    // a single click on some platforms, which would open cases by accident.
    if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        activate(m_table->currentIndex());
        return true;
    }
    // From the search field, Down goes into the list it filters.
    if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueViewPage::activate(const QModelIndex &index)
{
    const qint64 id = m_model->caseId(index);
    if (id != 0) {
        m_selectedCaseId = id;
        Q_EMIT caseActivated(id);
    }
}

void QueueViewPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_hasDatabase = session != nullptr;
    m_selectedCaseId = 0;
    // Owners, segments and plans belong to the database: start again.
    for (QComboBox *combo : {m_owner, m_segment, m_plan}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
        combo->setCurrentIndex(0);
    }
    if (session)
        connect(session, &Session::actorChanged, this, &QueueViewPage::attachModel);
    attachModel();
}

void QueueViewPage::attachModel()
{
    m_messageLine->hide();
    // Reading is work too: it waits until somebody works in the session.
    Session *reader = m_session && m_session->actor().isValid() ? m_session.data() : nullptr;
    m_model->setFilter(effectiveFilter());
    m_model->setSession(reader);
    if (reader) {
        m_model->loadPeople();
        m_model->loadFacets();
    }
    updateActions();
    updateState();
}

QueueFilter QueueViewPage::effectiveFilter() const
{
    QueueFilter filter;
    filter.view = m_queueView;
    filter.text = m_search->text().trimmed();
    if (hasOwnerFilter(m_queueView))
        filter.ownerId = m_owner->currentData().toLongLong();
    filter.segment = m_segment->currentData().toString();
    filter.plan = m_plan->currentData().toString();
    return filter;
}

void QueueViewPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(effectiveFilter());
}

void QueueViewPage::reload()
{
    m_messageLine->hide();
    m_model->reload();
}

void QueueViewPage::refresh()
{
    m_stale = !isVisible();
    if (!m_stale)
        m_model->refresh();
}

void QueueViewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

qint64 QueueViewPage::totalCount() const
{
    return qMax<qint64>(0, m_model->totalCount());
}

QList<qint64> QueueViewPage::selectedCaseIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->caseId(index))
            ids.append(id);
    }
    return ids;
}

void QueueViewPage::rememberSelection()
{
    if (const qint64 id = m_model->caseId(m_table->currentIndex()))
        m_selectedCaseId = id;
}

void QueueViewPage::restoreSelection()
{
    if (m_selectedCaseId == 0 || m_table->currentIndex().isValid())
        return;
    const int row = m_model->rowOf(m_selectedCaseId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void QueueViewPage::fillOwners(const QList<Person> &people)
{
    const QVariant current = m_owner->currentData();
    while (m_owner->count() > 1)
        m_owner->removeItem(m_owner->count() - 1);
    for (const Person &person : people)
        m_owner->addItem(person.displayName, person.id);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

void QueueViewPage::fillFacets(const QueueFacets &facets)
{
    const QVariant segment = m_segment->currentData();
    const QVariant plan = m_plan->currentData();
    while (m_segment->count() > 1)
        m_segment->removeItem(m_segment->count() - 1);
    while (m_plan->count() > 1)
        m_plan->removeItem(m_plan->count() - 1);
    for (const QString &key : facets.segments)
        m_segment->addItem(QueueTableModel::segmentText(key), key);
    for (const QString &name : facets.plans)
        m_plan->addItem(name, name);
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(segment)));
    m_plan->setCurrentIndex(qMax(0, m_plan->findData(plan)));
}

QString QueueViewPage::emptyStateText() const
{
    if (!m_hasDatabase)
        return tr("No database is open.");
    if (!m_model->hasDatabase())
        return tr("Choose who is working at this desk (File ▸ Switch Profile…) to see the cases.");
    if (!m_model->hasLoaded() || m_model->isLoading() || m_model->rowCount() > 0)
        return {};
    if (m_model->hasFailed())
        return tr("The cases could not be loaded. The message above says why; try again with F5.");
    QueueFilter unfiltered;
    unfiltered.view = m_queueView;
    if (effectiveFilter() != unfiltered)
        return tr("No cases match these filters.");
    switch (m_queueView) {
    case QueueView::MyQueue:
        return tr("Your queue is empty. Start offboarding a departing account, or claim one from Unassigned.");
    case QueueView::DueOrOverdue:
        return tr("Nothing is due today. Well done.");
    case QueueView::ClosingThisWeek:
        return tr("No contract ends this week.");
    case QueueView::Unassigned:
        return tr("Every open case has an owner.");
    case QueueView::AllOpen:
        return tr("No account is leaving right now.");
    case QueueView::Closed:
        return tr("No case has been closed yet.");
    }
    return {};
}

void QueueViewPage::updateActions()
{
    const bool working = m_session && m_session->actor().isValid();
    const bool manager = working && m_session->actor().isManagerOrAdmin();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_startButton->setEnabled(working);
    m_openButton->setEnabled(selected == 1);
    m_reassignButton->setVisible(manager && isOpenView(m_queueView));
    m_reassignButton->setEnabled(selected > 0);
}

void QueueViewPage::updateState()
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
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);
    updateActions();
}

void QueueViewPage::showError(const Error &error)
{
    m_messageLine->showError(error);
    updateState();
    Q_EMIT errorOccurred(error);
}

} // namespace fairwell
