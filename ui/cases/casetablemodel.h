// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caselistquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <functional>

namespace fairwell {

class Session;
struct ServiceContext;

// The case list as a table that holds only the pages it has fetched. The
// SQL (filter, sort, paging, count) runs as jobs of the session; a request
// overtaken by a newer filter or sort is dropped before it runs, and an
// answer that still arrives for an old one is ignored.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Same order as CaseListColumn.
    enum Columns {
        AccountColumn,
        ExternalIdColumn,
        SegmentColumn,
        PlanColumn,
        MrrColumn,
        OwnerColumn,
        StatusColumn,
        OpenedColumn,
        EffectiveColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        CaseIdRole = Qt::UserRole,
        // The stored value behind a cell: a key ('churned'), minor units, a QDate.
        RawValueRole,
        StatusKeyRole,
    };
    Q_ENUM(Roles)

    static constexpr int DefaultPageSize = 200;

    explicit CaseTableModel(QObject *parent = nullptr);
    ~CaseTableModel() override;

    // Reads from `session` (shared with the rest of the window); nullptr
    // empties the model.
    void setSession(Session *session);
    bool hasDatabase() const { return !m_session.isNull(); }

    void setFilter(const CaseListFilter &filter);
    CaseListFilter filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    CaseListColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Forgets the fetched rows and asks again from the first page.
    void reload();
    // Asks for the active users; the answer comes with peopleLoaded().
    void loadPeople();

    qint64 caseId(const QModelIndex &index) const;
    const CaseListRow *row(const QModelIndex &index) const;
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

Q_SIGNALS:
    void countChanged(qint64 total);
    void loadingChanged(bool loading);
    // After each page that was kept (the first one too, even when empty).
    void pageLoaded();
    void peopleLoaded(const QList<fairwell::Person> &people);
    void errorOccurred(const fairwell::Error &error);

private:
    // Runs `work` on the session as a request of `kind`; `handler` gets the
    // answer with the request's id. Returns that id.
    template<typename T>
    quint64 ask(const QString &kind, std::function<Result<T>(ServiceContext &)> work,
                void (CaseTableModel::*handler)(quint64, const Result<T> &));
    void requestPage();
    void onCountLoaded(quint64 requestId, const Result<qint64> &count);
    void onPageLoaded(quint64 requestId, const Result<QList<CaseListRow>> &rows);
    void onPeopleLoaded(quint64 requestId, const Result<QList<Person>> &people);
    void reportFailure(const Error &error);
    void setLoadingState(const std::function<void()> &change);
    QVariant displayText(const CaseListRow &row, int column) const;
    QVariant rawValue(const CaseListRow &row, int column) const;

    QPointer<Session> m_session;

    CaseListFilter m_filter;
    CaseListColumn m_sortColumn = CaseListColumn::Opened;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = DefaultPageSize;

    QList<CaseListRow> m_rows;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_failed = false;

    // Jobs whose answers are still wanted; 0 for none. A new filter or sort
    // asks again, which is what makes older answers stale.
    quint64 m_pageRequest = 0;
    int m_pageRequestLimit = 0;
    quint64 m_countRequest = 0;
    quint64 m_peopleRequest = 0;
};

} // namespace fairwell
