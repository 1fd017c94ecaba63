// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuetablemodel.h"

#include "common/localetext.h"
#include "domain/money.h"
#include "services/peopleservice.h"
#include "services/queueservice.h"
#include "session/session.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace fairwell {

namespace {

// Kinds of request: a newer one of the same kind overtakes an older one
// still waiting in the session's queue.
const QString PageJob = QStringLiteral("queue-page");
const QString CountJob = QStringLiteral("queue-count");
const QString PeopleJob = QStringLiteral("people");
const QString FacetsJob = QStringLiteral("queue-facets");

// A refresh fetches what was shown, within reason.
constexpr int MaxRefreshRows = 2000;

} // namespace

template<typename T>
quint64 QueueTableModel::ask(const QString &kind, std::function<Result<T>(ServiceContext &)> work,
                             void (QueueTableModel::*handler)(quint64, const Result<T> &))
{
    // The job's id travels with its answer: an answer to a request made
    // under an older filter or sort must not land under the new one.
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<T>(
        this, std::move(work), [this, asked, handler](const Result<T> &result) { (this->*handler)(*asked, result); },
        Session::JobOptions{kind, {}, false});
    return *asked;
}

QueueTableModel::QueueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QueueTableModel::~QueueTableModel() = default;

void QueueTableModel::setLoadingState(const std::function<void()> &change)
{
    const bool before = isLoading();
    change();
    if (isLoading() != before)
        Q_EMIT loadingChanged(isLoading());
}

void QueueTableModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void QueueTableModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void QueueTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void QueueTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_hasMore = false;
    m_loaded = false;
    m_failed = false;
    endResetModel();
    start(m_pageSize);
}

void QueueTableModel::refresh()
{
    if (!m_loaded || m_rows.isEmpty()) {
        reload();
        return;
    }
    // The rows stay on screen until the fresh ones arrive, then are
    // replaced in one go: no flicker, and the view keeps its place.
    m_next = {};
    m_failed = false;
    start(int(qBound(qsizetype(m_pageSize), m_rows.size(), qsizetype(MaxRefreshRows))));
    m_pageReplaces = true;
}

void QueueTableModel::start(int firstPageSize)
{
    const bool hadCount = m_total != -1;
    m_total = -1;
    m_pageReplaces = false;
    setLoadingState([this] { m_pageRequest = 0; m_countRequest = 0; });
    if (!m_session) {
        m_total = 0;
        if (hadCount)
            Q_EMIT countChanged(0);
        return;
    }
    const QueueFilter filter = m_filter;
    const quint64 countId = ask<qint64>(
        CountJob, [filter](ServiceContext &context) { return QueueService(context).count(filter); },
        &QueueTableModel::onCountLoaded);
    setLoadingState([this, countId] { m_countRequest = countId; });
    requestPage(firstPageSize);
}

void QueueTableModel::requestPage(int limit)
{
    if (!m_session)
        return;
    const QueueFilter filter = m_filter;
    const QueueColumn column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const QueueCursor after = m_next;
    const quint64 id = ask<QueuePage>(
        PageJob,
        [=](ServiceContext &context) { return QueueService(context).page(filter, column, order, after, limit); },
        &QueueTableModel::onPageLoaded);
    setLoadingState([this, id] { m_pageRequest = id; });
}

void QueueTableModel::loadPeople()
{
    if (!m_session)
        return;
    m_peopleRequest = ask<QList<Person>>(
        PeopleJob, [](ServiceContext &context) { return PeopleService(context).people(); },
        &QueueTableModel::onPeopleLoaded);
}

void QueueTableModel::loadFacets()
{
    if (!m_session)
        return;
    m_facetsRequest = ask<QueueFacets>(
        FacetsJob, [](ServiceContext &context) { return QueueService(context).facets(); },
        &QueueTableModel::onFacetsLoaded);
}

void QueueTableModel::onCountLoaded(quint64 requestId, const Result<qint64> &count)
{
    if (requestId == 0 || requestId != m_countRequest)
        return; // stale: a newer filter has been asked for
    setLoadingState([this] { m_countRequest = 0; });
    if (!count) {
        reportFailure(count.error());
        return;
    }
    m_total = *count;
    Q_EMIT countChanged(*count);
}

void QueueTableModel::onPageLoaded(quint64 requestId, const Result<QueuePage> &page)
{
    if (requestId != m_pageRequest)
        return; // stale: a newer filter or sort has been asked for
    if (!page) {
        setLoadingState([this] {
            m_pageRequest = 0;
            m_pageReplaces = false;
            m_hasMore = false; // no retry loop from the view's fetchMore
            m_loaded = true;
        });
        reportFailure(page.error());
        return;
    }
    if (m_pageReplaces) {
        beginResetModel();
        m_rows = page->rows;
        endResetModel();
    } else if (!page->rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        m_rows.append(page->rows);
        endInsertRows();
    }
    m_next = page->next;
    const bool more = !page->atEnd;
    setLoadingState([this, more] {
        m_pageRequest = 0;
        m_pageReplaces = false;
        m_hasMore = more;
        m_loaded = true;
    });
    Q_EMIT pageLoaded();
}

void QueueTableModel::onPeopleLoaded(quint64 requestId, const Result<QList<Person>> &people)
{
    if (requestId != m_peopleRequest)
        return;
    m_peopleRequest = 0;
    if (!people) {
        reportFailure(people.error());
        return;
    }
    Q_EMIT peopleLoaded(*people);
}

void QueueTableModel::onFacetsLoaded(quint64 requestId, const Result<QueueFacets> &facets)
{
    if (requestId != m_facetsRequest)
        return;
    m_facetsRequest = 0;
    if (!facets) {
        reportFailure(facets.error());
        return;
    }
    Q_EMIT facetsLoaded(*facets);
}

void QueueTableModel::reportFailure(const Error &error)
{
    // Every failure is told: a list that could not load must never look
    // like an empty one.
    m_failed = true;
    Q_EMIT errorOccurred(error);
}

qint64 QueueTableModel::caseId(const QModelIndex &index) const
{
    const QueueRow *r = row(index);
    return r ? r->caseId : 0;
}

const QueueRow *QueueTableModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

int QueueTableModel::rowOf(qint64 caseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).caseId == caseId)
            return int(i);
    }
    return -1;
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::segmentText(const QString &key)
{
    if (key == QLatin1String("smb"))
        return tr("Small business");
    if (key == QLatin1String("mid_market"))
        return tr("Mid-market");
    if (key == QLatin1String("enterprise"))
        return tr("Enterprise");
    return key;
}

QString QueueTableModel::outcomeText(const QString &key)
{
    if (key == QLatin1String("churned"))
        return tr("Churned");
    if (key == QLatin1String("saved"))
        return tr("Saved");
    if (key == QLatin1String("downgraded"))
        return tr("Downgraded");
    if (key == QLatin1String("paused"))
        return tr("Paused");
    return key;
}

QVariant QueueTableModel::displayText(const QueueRow &row, int column) const
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case SegmentColumn:
        return segmentText(row.segment);
    case PlanColumn:
        return row.plan;
    case MrrColumn:
        return Money(row.mrrMinor, row.currency).format(QLocale());
    case OwnerColumn:
        return row.ownerName.isEmpty() ? tr("Unassigned") : row.ownerName;
    case OpenedColumn:
        return LocaleText::date(row.openedOn);
    case EffectiveColumn:
        return LocaleText::date(row.effectiveOn);
    case DaysOpenColumn:
        return QLocale().toString(row.daysOpen);
    case NextTaskColumn:
        return row.nextTaskTitle;
    case NextDueColumn:
        // The word, not only the mark: overdue must read without colour.
        return row.overdue ? tr("Overdue: %1").arg(LocaleText::date(row.nextTaskDueOn)) : LocaleText::date(row.nextTaskDueOn);
    case ProgressColumn:
        return row.tasksTotal == 0 ? QString() : tr("%1 of %2").arg(row.tasksDone).arg(row.tasksTotal);
    case OutcomeColumn:
        return outcomeText(row.outcome);
    case ClosedColumn:
        return LocaleText::date(row.closedOn);
    default:
        return {};
    }
}

QVariant QueueTableModel::rawValue(const QueueRow &row, int column) const
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case SegmentColumn:
        return row.segment;
    case PlanColumn:
        return row.plan;
    case MrrColumn:
        return row.mrrMinor;
    case OwnerColumn:
        return row.ownerName;
    case OpenedColumn:
        return row.openedOn;
    case EffectiveColumn:
        return row.effectiveOn;
    case DaysOpenColumn:
        return row.daysOpen;
    case NextTaskColumn:
        return row.nextTaskTitle;
    case NextDueColumn:
        return row.nextTaskDueOn;
    case ProgressColumn:
        return row.tasksTotal == 0 ? 0.0 : double(row.tasksDone) / row.tasksTotal;
    case OutcomeColumn:
        return row.outcome;
    case ClosedColumn:
        return row.closedOn;
    default:
        return {};
    }
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *r = row(index);
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, column);
    case Qt::ToolTipRole:
        if (column == AccountColumn)
            return tr("%1 (%2)").arg(r->accountName, r->externalId);
        if (column == NextDueColumn && r->overdue)
            return tr("An open task of this case is overdue.");
        return {};
    case Qt::AccessibleTextRole:
        if (column == AccountColumn && r->overdue)
            return tr("%1, overdue").arg(r->accountName);
        return {};
    case Qt::DecorationRole:
        if (column == NextDueColumn && r->overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (r->overdue && (column == NextDueColumn || column == AccountColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MrrColumn || column == DaysOpenColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case CaseIdRole:
        return r->caseId;
    case RawValueRole:
        return rawValue(*r, column);
    case OverdueRole:
        return r->overdue;
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == MrrColumn || section == DaysOpenColumn ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case SegmentColumn:
        return tr("Segment");
    case PlanColumn:
        return tr("Plan");
    case MrrColumn:
        return tr("MRR");
    case OwnerColumn:
        return tr("Owner");
    case OpenedColumn:
        return tr("Opened");
    case EffectiveColumn:
        return tr("Effective");
    case DaysOpenColumn:
        return tr("Days Open");
    case NextTaskColumn:
        return tr("Next Task");
    case NextDueColumn:
        return tr("Due");
    case ProgressColumn:
        return tr("Progress");
    case OutcomeColumn:
        return tr("Outcome");
    case ClosedColumn:
        return tr("Closed");
    default:
        return {};
    }
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_hasMore && m_pageRequest == 0;
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_pageSize);
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<QueueColumn>(column);
    if (sortColumn == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    reload();
}

} // namespace fairwell
