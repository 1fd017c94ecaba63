// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "notes/outboxtablemodel.h"
#include "services/notetypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QComboBox;
class QFrame;
class QLabel;
class QMessageBox;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fairwell {

class MessageLine;
class Session;

// The Outbox view: every thank-you note that left its draft, in honest
// states, with what a person decides for the ones the outbox could not
// settle (retry, cancel, confirm as sent) and a way to the note's case.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(QWidget *parent = nullptr);
    ~OutboxPage() override;

    // Reads once somebody works in `session`; nullptr shows no database.
    void setSession(Session *session);
    // Reads the list (from its first page) and the counts again.
    void reload();
    // For a change elsewhere: the counts at once, the list now when shown
    // (keeping the reader's place), else once the page is shown again.
    void refresh();
    // Asks for the counts alone (one job); countsChanged() follows.
    void refreshCounts();

    // The counts as last read (drafts included); empty until then.
    const OutboxCounts &counts() const { return m_counts; }
    // Failed notes and those that may have been sent: what the sidebar shows.
    int needsAttentionCount() const;

    // What the "Show" filter lists (not named show(): that is QWidget's).
    OutboxTableModel::Show showFilter() const;
    void setShowFilter(OutboxTableModel::Show show);

    // For tests and the shell.
    OutboxTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The note the actions apply to, or 0.
    qint64 currentNoteId() const;
    // The words of the empty state, or an empty string while rows are shown.
    QString emptyStateText() const;
    // The line about notes that may have been sent, or empty while none is.
    QString explanationText() const;
    // The message line's text, or empty while it is hidden.
    QString messageText() const;
    // True while an action on a note waits for its answer.
    bool isBusy() const { return m_busy; }

    // The actions on the current note, as the buttons run them. Retry and
    // Cancel ask first where the person might not mean it.
    void retry();
    void cancelNote();
    void confirmSent();
    void openCase();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void errorOccurred(const fairwell::Error &error);
    // After each count that was read; `needsAttention` as needsAttentionCount().
    void countsChanged(int needsAttention);
    // A person sent a note again: it is queued and due now (wake the sender).
    void noteRetried(qint64 noteId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Action { Retry, Cancel, ConfirmSent };

    void buildUi();
    void retranslateUi();
    void attachModel();
    void applyShow();
    void activate(const QModelIndex &index);
    void updateState();
    void updateExplanation();
    void rememberSelection();
    void restoreSelection();
    void showError(const Error &error);
    const OutboxEntry *currentEntry() const;
    // A question before an action; `accepted` runs if the person agrees.
    void ask(QMessageBox *box, QAbstractButton *yes, std::function<void()> accepted);
    void run(Action action, const Note &note);

    OutboxTableModel *m_model = nullptr;
    QPointer<Session> m_session;
    bool m_hasDatabase = false;
    bool m_stale = false; // changed while hidden
    bool m_busy = false;
    OutboxCounts m_counts;
    quint64 m_countsRequest = 0;
    // The note the selection stays on across reloads, and its row.
    qint64 m_selectedNoteId = 0;
    int m_selectedRow = -1;

    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_loading = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QFrame *m_explanationLine = nullptr;
    QLabel *m_explanationIcon = nullptr;
    QLabel *m_explanation = nullptr;
    MessageLine *m_messageLine = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace fairwell
