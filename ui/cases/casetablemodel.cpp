// SPDX-License-Identifier: GPL-3.0-or-later
#include "casetablemodel.h"

#include "domain/money.h"
#include "services/caselistservice.h"
#include "services/peopleservice.h"
#include "session/session.h"

#include <QLocale>

namespace fairwell {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

namespace {

// Kinds of request: a newer one of the same kind overtakes an older one
// still waiting in the session's queue.
const QString PageJob = QStringLiteral("case-list-page");
const QString CountJob = QStringLiteral("case-list-count");
const QString PeopleJob = QStringLiteral("people");

} // namespace

template<typename T>
quint64 CaseTableModel::ask(const QString &kind, std::function<Result<T>(ServiceContext &)> work,
                            void (CaseTableModel::*handler)(quint64, const Result<T> &))
{
    // The job's id travels with its answer: an answer to a request made
    // under an older filter or sort must not land under the new one.
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<T>(
        this, std::move(work), [this, asked, handler](const Result<T> &result) { (this->*handler)(*asked, result); },
        Session::JobOptions{kind, {}, false});
    return *asked;
}

CaseTableModel::CaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CaseTableModel::~CaseTableModel() = default;

void CaseTableModel::setLoadingState(const std::function<void()> &change)
{
    const bool before = isLoading();
    change();
    if (isLoading() != before)
        Q_EMIT loadingChanged(isLoading());
}

void CaseTableModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void CaseTableModel::setFilter(const CaseListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loaded = false;
    m_failed = false;
    endResetModel();

    const bool hadCount = m_total != -1;
    m_total = -1;
    setLoadingState([this] { m_pageRequest = 0; m_countRequest = 0; });
    if (!m_session) {
        m_total = 0;
        if (hadCount)
            Q_EMIT countChanged(0);
        return;
    }

    const CaseListFilter filter = m_filter;
    const quint64 countId = ask<qint64>(
        CountJob, [filter](ServiceContext &context) { return CaseListService(context).count(filter); },
        &CaseTableModel::onCountLoaded);
    setLoadingState([this, countId] { m_countRequest = countId; });
    requestPage();
}

void CaseTableModel::requestPage()
{
    if (!m_session)
        return;
    const int offset = int(m_rows.size());
    const int limit = m_pageSize;
    const CaseListFilter filter = m_filter;
    const CaseListColumn column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const quint64 id = ask<QList<CaseListRow>>(
        PageJob,
        [=](ServiceContext &context) { return CaseListService(context).page(filter, column, order, offset, limit); },
        &CaseTableModel::onPageLoaded);
    setLoadingState([this, id, limit] {
        m_pageRequest = id;
        m_pageRequestLimit = limit;
    });
}

void CaseTableModel::loadPeople()
{
    if (!m_session)
        return;
    m_peopleRequest = ask<QList<Person>>(
        PeopleJob, [](ServiceContext &context) { return PeopleService(context).people(); },
        &CaseTableModel::onPeopleLoaded);
}

void CaseTableModel::onCountLoaded(quint64 requestId, const Result<qint64> &count)
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

void CaseTableModel::onPageLoaded(quint64 requestId, const Result<QList<CaseListRow>> &rows)
{
    if (requestId != m_pageRequest)
        return; // stale: a newer filter or sort has been asked for
    if (!rows) {
        setLoadingState([this] {
            m_pageRequest = 0;
            m_hasMore = false; // no retry loop from the view's fetchMore
            m_loaded = true;
        });
        reportFailure(rows.error());
        return;
    }
    const bool more = rows->size() == m_pageRequestLimit;
    if (!rows->isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
        m_rows.append(*rows);
        endInsertRows();
    }
    setLoadingState([this, more] {
        m_pageRequest = 0;
        m_hasMore = more;
        m_loaded = true;
    });
    Q_EMIT pageLoaded();
}

void CaseTableModel::onPeopleLoaded(quint64 requestId, const Result<QList<Person>> &people)
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

void CaseTableModel::reportFailure(const Error &error)
{
    // Every failure is told: a list that could not load must never look
    // like an empty one.
    m_failed = true;
    Q_EMIT errorOccurred(error);
}

qint64 CaseTableModel::caseId(const QModelIndex &index) const
{
    const CaseListRow *r = row(index);
    return r ? r->id : 0;
}

const CaseListRow *CaseTableModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::displayText(const CaseListRow &row, int column) const
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case ExternalIdColumn:
        return row.externalId;
    case SegmentColumn:
        if (row.segment == QLatin1String("smb"))
            return tr("Small business");
        if (row.segment == QLatin1String("mid_market"))
            return tr("Mid-market");
        if (row.segment == QLatin1String("enterprise"))
            return tr("Enterprise");
        return row.segment;
    case PlanColumn:
        return row.plan;
    case MrrColumn:
        return Money(row.mrrMinor, row.currency).format(QLocale());
    case OwnerColumn:
        return row.ownerName.isEmpty() ? tr("Unassigned") : row.ownerName;
    case StatusColumn:
        if (row.status == QLatin1String("open"))
            return tr("Open");
        if (row.status == QLatin1String("closed"))
            return tr("Closed");
        return row.status;
    case OpenedColumn:
        return dateText(row.openedOn);
    case EffectiveColumn:
        return dateText(row.effectiveOn);
    case OutcomeColumn:
        if (row.outcome == QLatin1String("churned"))
            return tr("Churned");
        if (row.outcome == QLatin1String("saved"))
            return tr("Saved");
        if (row.outcome == QLatin1String("downgraded"))
            return tr("Downgraded");
        if (row.outcome == QLatin1String("paused"))
            return tr("Paused");
        return row.outcome;
    default:
        return {};
    }
}

QVariant CaseTableModel::rawValue(const CaseListRow &row, int column) const
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case ExternalIdColumn:
        return row.externalId;
    case SegmentColumn:
        return row.segment;
    case PlanColumn:
        return row.plan;
    case MrrColumn:
        return row.mrrMinor;
    case OwnerColumn:
        return row.ownerName;
    case StatusColumn:
        return row.status;
    case OpenedColumn:
        return row.openedOn;
    case EffectiveColumn:
        return row.effectiveOn;
    case OutcomeColumn:
        return row.outcome;
    default:
        return {};
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    const CaseListRow *r = row(index);
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AccountColumn)
            return tr("%1 (%2)").arg(r->accountName, r->externalId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MrrColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case CaseIdRole:
        return r->id;
    case RawValueRole:
        return rawValue(*r, index.column());
    case StatusKeyRole:
        return r->status;
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == MrrColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case ExternalIdColumn:
        return tr("External ID");
    case SegmentColumn:
        return tr("Segment");
    case PlanColumn:
        return tr("Plan");
    case MrrColumn:
        return tr("MRR");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case OpenedColumn:
        return tr("Opened");
    case EffectiveColumn:
        return tr("Effective");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_hasMore && m_pageRequest == 0;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage();
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<CaseListColumn>(column);
    if (sortColumn == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    reload();
}

} // namespace fairwell
