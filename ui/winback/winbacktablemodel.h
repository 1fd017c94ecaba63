// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/winbackservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace fairwell {

class Session;

// The Win-back view's check-ins as a table. A few hundred lines at most, so
// the whole answer is held; each load is one session job, and a newer load
// overtakes an older one.
class WinbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        AccountColumn,
        DueColumn,
        AssigneeColumn,
        ClosedColumn,
        MrrLostColumn,
        OutcomeColumn,
        ReturnedColumn,
        NewMrrColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        CheckinIdRole = Qt::UserRole,
        CaseIdRole,
        // The stored value behind a cell: a QDate, minor units, a key.
        RawValueRole,
        // True for a planned check-in due before today.
        OverdueRole,
        // True while the check-in waits for its outcome.
        PlannedRole,
    };
    Q_ENUM(Roles)

    enum class Show {
        DueSoon,    // planned, due within DueSoonDays (overdue included)
        AllPlanned, // every planned check-in
        Finished,   // done or cancelled, the latest first
    };

    static constexpr int DueSoonDays = 30;
    static constexpr int RowLimit = 500;

    explicit WinbackTableModel(QObject *parent = nullptr);
    ~WinbackTableModel() override;

    // nullptr empties the model.
    void setSession(Session *session);
    bool hasDatabase() const { return !m_session.isNull(); }
    void setShow(Show show);
    Show show() const { return m_show; }
    // Asks again; the rows shown stay until the answer comes.
    void reload();

    const WinbackLine *line(const QModelIndex &index) const;
    const WinbackLine *lineAt(int row) const;
    bool isLoading() const { return m_request != 0; }
    bool hasLoaded() const { return m_loaded; }
    bool hasFailed() const { return m_failed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Returned", "Not now", … for a stored outcome; "Planned" while none.
    static QString outcomeText(const WinbackLine &line);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // After each answer that was kept, rows or none.
    void loaded();
    void errorOccurred(const fairwell::Error &error);

private:
    void onLoaded(quint64 requestId, const Result<QList<WinbackLine>> &lines);
    void setRequest(quint64 id);
    QVariant displayText(const WinbackLine &line, int column) const;
    QVariant rawValue(const WinbackLine &line, int column) const;

    QPointer<Session> m_session;
    Show m_show = Show::DueSoon;
    QList<WinbackLine> m_lines;
    quint64 m_request = 0; // the job whose answer is wanted; 0: none
    bool m_loaded = false;
    bool m_failed = false;
};

} // namespace fairwell
