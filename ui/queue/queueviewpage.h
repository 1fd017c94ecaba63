// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/person.h"
#include "services/queuetypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace fairwell {

class MessageLine;
class QueueTableModel;
class Session;

// One view of the rep's queue (My queue, Due / overdue, …) with its filter
// row and its actions. Each view is its own page, so each keeps its place,
// sort and selection while the rep works a case and comes back.
class QueueViewPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueueViewPage(QueueView view, QWidget *parent = nullptr);
    ~QueueViewPage() override;

    QueueView queueView() const { return m_queueView; }
    // Reads through the window's session once someone is working in it;
    // nullptr clears the page.
    void setSession(Session *session);
    // Asks again from the first page (View ▸ Reload).
    void reload();
    // Asks again for what is shown, keeping the place and the selection:
    // after a change made here or by someone else. A hidden page asks once
    // it is shown again: six views need not all reload for every change.
    void refresh();
    qint64 totalCount() const;

    // For tests and the shell.
    QueueTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QueueFilter effectiveFilter() const;
    // The words of the empty state, or an empty string while rows are shown.
    QString emptyStateText() const;
    QList<qint64> selectedCaseIds() const;

Q_SIGNALS:
    void countChanged(qint64 total);
    void errorOccurred(const fairwell::Error &error);
    void caseActivated(qint64 caseId);
    void startOffboardingRequested();
    void reassignRequested(const QList<qint64> &caseIds);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyFilter();
    void fillOwners(const QList<Person> &people);
    void fillFacets(const QueueFacets &facets);
    void updateState();
    void updateActions();
    void showError(const Error &error);
    void activate(const QModelIndex &index);
    void attachModel();
    void rememberSelection();
    void restoreSelection();
    void showColumnsOfView();

    const QueueView m_queueView;
    QueueTableModel *m_model = nullptr;
    QPointer<Session> m_session;
    bool m_hasDatabase = false;
    bool m_stale = false; // changed while hidden
    qint64 m_selectedCaseId = 0; // kept across refreshes

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QComboBox *m_segment = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_countLabel = nullptr;
    MessageLine *m_messageLine = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace fairwell
