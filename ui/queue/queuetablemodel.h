// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/person.h"
#include "services/queuetypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <functional>

namespace fairwell {

class Session;
struct ServiceContext;

// A queue view as a table that holds only the pages it has fetched. Pages
// follow each other by their keys (QueueCursor), so scrolling deep costs
// what the first page does. The SQL runs as jobs of the session; a request
// overtaken by a newer filter or sort is dropped before it runs, and an
// answer that still arrives for an old one is ignored.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Same order as QueueColumn.
    enum Columns {
        AccountColumn,
        SegmentColumn,
        PlanColumn,
        MrrColumn,
        OwnerColumn,
        OpenedColumn,
        EffectiveColumn,
        DaysOpenColumn,
        NextTaskColumn,
        NextDueColumn,
        ProgressColumn,
        OutcomeColumn,
        ClosedColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        CaseIdRole = Qt::UserRole,
        // The stored value behind a cell: a key ('churned'), minor units, a QDate.
        RawValueRole,
        OverdueRole,
    };
    Q_ENUM(Roles)

    static constexpr int DefaultPageSize = 100;

    explicit QueueTableModel(QObject *parent = nullptr);
    ~QueueTableModel() override;

    // Reads from `session` (shared with the rest of the window); nullptr
    // empties the model.
    void setSession(Session *session);
    bool hasDatabase() const { return !m_session.isNull(); }

    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    QueueColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Forgets the fetched rows and asks again from the first page.
    void reload();
    // Like reload(), but fetches as many rows as were shown, so a refresh
    // after someone's change keeps the reader's place.
    void refresh();
    // Asks for the active users; the answer comes with peopleLoaded().
    void loadPeople();
    // Asks for the segments and plans; the answer comes with facetsLoaded().
    void loadFacets();

    qint64 caseId(const QModelIndex &index) const;
    const QueueRow *row(const QModelIndex &index) const;
    // The row showing `caseId`, or -1.
    int rowOf(qint64 caseId) const;
    // -1 until the count has come back.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pageRequest != 0 || m_countRequest != 0; }
    // True once the first page for the current filter and sort has come back.
    bool hasLoaded() const { return m_loaded; }
    // The last load failed (the list shows what it had, and says so).
    bool hasFailed() const { return m_failed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The words for stored keys, shared with the case view.
    static QString segmentText(const QString &key);
    static QString outcomeText(const QString &key);

Q_SIGNALS:
    void countChanged(qint64 total);
    void loadingChanged(bool loading);
    // After each page that was kept (the first one too, even when empty).
    void pageLoaded();
    void peopleLoaded(const QList<fairwell::Person> &people);
    void facetsLoaded(const fairwell::QueueFacets &facets);
    void errorOccurred(const fairwell::Error &error);

private:
    // Runs `work` on the session as a request of `kind`; `handler` gets the
    // answer with the request's id. Returns that id.
    template<typename T>
    quint64 ask(const QString &kind, std::function<Result<T>(ServiceContext &)> work,
                void (QueueTableModel::*handler)(quint64, const Result<T> &));
    void start(int firstPageSize);
    void requestPage(int limit);
    void onCountLoaded(quint64 requestId, const Result<qint64> &count);
    void onPageLoaded(quint64 requestId, const Result<QueuePage> &page);
    void onPeopleLoaded(quint64 requestId, const Result<QList<Person>> &people);
    void onFacetsLoaded(quint64 requestId, const Result<QueueFacets> &facets);
    void reportFailure(const Error &error);
    void setLoadingState(const std::function<void()> &change);
    QVariant displayText(const QueueRow &row, int column) const;
    QVariant rawValue(const QueueRow &row, int column) const;

    QPointer<Session> m_session;

    QueueFilter m_filter;
    QueueColumn m_sortColumn = QueueColumn::NextDue;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = DefaultPageSize;

    QList<QueueRow> m_rows;
    QueueCursor m_next;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_failed = false;

    // Jobs whose answers are still wanted; 0 for none. A new filter or sort
    // asks again, which is what makes older answers stale.
    quint64 m_pageRequest = 0;
    bool m_pageReplaces = false; // a refresh: the answer replaces the rows
    quint64 m_countRequest = 0;
    quint64 m_peopleRequest = 0;
    quint64 m_facetsRequest = 0;
};

} // namespace fairwell
