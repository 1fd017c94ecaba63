// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/notetypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QIcon;

namespace fairwell {

class Session;

// The Outbox view's notes as a table, the last changed first. Holds only the
// pages it has fetched: pages follow each other by their keys (OutboxFilter's
// afterUpdatedAt and afterId), so scrolling deep costs what the first page
// does. Each page is one session job; an answer to a request made for
// another "Show" or before a reload is dropped.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        StateColumn,
        AccountColumn,
        ToColumn,
        SubjectColumn,
        AuthorColumn,
        WhenColumn,        // sent: when it went out; otherwise the last change
        AttemptsColumn,
        NextAttemptColumn, // a note queued again after a temporary failure
        ServerAnswerColumn, // the last error, in the server's words
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        NoteIdRole = Qt::UserRole,
        CaseIdRole,
        // The stored key of the state ("may_have_been_sent").
        StateKeyRole,
        // The stored value behind a cell: a UTC QDateTime, a count, a key.
        RawValueRole,
        // True for a failed note or one that may have been sent.
        NeedsAttentionRole,
    };
    Q_ENUM(Roles)

    // What the "Show" filter offers.
    enum class Show {
        NeedsAttention, // failed, may have been sent
        Waiting,        // queued, sending
        Sent,
        All,            // every state but draft
        Cancelled,
    };

    static constexpr int DefaultPageSize = 100;

    explicit OutboxTableModel(QObject *parent = nullptr);
    ~OutboxTableModel() override;

    // Reads from `session` (shared with the rest of the window); nullptr
    // empties the model.
    void setSession(Session *session);
    bool hasDatabase() const { return !m_session.isNull(); }
    void setShow(Show show);
    Show show() const { return m_show; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Forgets the fetched rows and asks again from the first page.
    void reload();
    // Asks again for as many rows as are shown; they stay on screen until
    // the answer replaces them, so the reader keeps their place.
    void refresh();

    const OutboxEntry *entry(const QModelIndex &index) const;
    const OutboxEntry *entryAt(int row) const;
    // The row showing `noteId`, or -1.
    int rowOf(qint64 noteId) const;
    bool isLoading() const { return m_request != 0; }
    // True once the first page for the current "Show" has come back.
    bool hasLoaded() const { return m_loaded; }
    // The last load failed (the list shows what it had, and says so).
    bool hasFailed() const { return m_failed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The states a "Show" choice lists; empty: every state but draft.
    static QList<NoteState> statesOf(Show show);
    static bool needsAttention(NoteState state);
    // The state as the State column writes it: NoteService's word, with a
    // capital letter.
    static QString stateText(NoteState state);
    // Beside the word, never instead of it.
    static QIcon stateIcon(NoteState state);
    // What the state means for this note, in a sentence.
    static QString stateExplanation(const Note &note);
    // "Maria Keller <maria@acme.example>", or the address alone.
    static QString recipientText(const Note &note);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // After each answer that was kept (the first page too, even when empty).
    void loaded();
    void errorOccurred(const fairwell::Error &error);

private:
    void requestPage(int limit, bool replace);
    void onPageLoaded(quint64 requestId, int limit, const Result<QList<OutboxEntry>> &entries);
    void setRequest(quint64 id);
    QVariant displayText(const OutboxEntry &entry, int column) const;
    QVariant rawValue(const OutboxEntry &entry, int column) const;
    QVariant toolTip(const OutboxEntry &entry, int column) const;

    QPointer<Session> m_session;
    Show m_show = Show::All;
    int m_pageSize = DefaultPageSize;

    QList<OutboxEntry> m_rows;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_failed = false;
    // The job whose answer is wanted; 0: none. Asking again is what makes
    // older answers stale.
    quint64 m_request = 0;
    bool m_replaces = false; // a refresh: the answer replaces the rows
};

} // namespace fairwell
