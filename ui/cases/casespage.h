// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caselistquery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace fairwell {

class CaseTableModel;
class Session;

// A list of cases with its filter row: the "All cases", "My queue" and
// "Win-back" pages are this page with different fixed filters.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(QWidget *parent = nullptr);
    ~CasesPage() override;

    // Reads through the window's session once someone is working in it;
    // nullptr clears the page.
    void setSession(Session *session);
    // A filter the user cannot change on this page (My queue: owner + open; Win-back: winbackPlannedOnly + closed).
    void setFixedFilter(const CaseListFilter &filter, bool showOwnerFilter);
    void reload();
    qint64 totalCount() const;

    // For tests and the shell: the model and view behind the page.
    CaseTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The filter the list shows now: the user's choices plus the fixed ones.
    CaseListFilter effectiveFilter() const;
    // The words of the empty state, or an empty string while rows are shown.
    QString emptyStateText() const;

Q_SIGNALS:
    void countChanged(qint64 total);
    void errorOccurred(const fairwell::Error &error);
    void caseActivated(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyFilter();
    void applyFixedFilterToControls();
    void fillOwners(const QList<Person> &people);
    void updateState();
    void showError(const Error &error);
    void activate(const QModelIndex &index);

    void attachModel();

    CaseTableModel *m_model = nullptr;
    QPointer<Session> m_session;
    CaseListFilter m_fixedFilter;
    bool m_showOwnerFilter = true;
    bool m_hasDatabase = false;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_countLabel = nullptr;
    QFrame *m_messageLine = nullptr;
    QLabel *m_messageText = nullptr;
    QToolButton *m_messageClose = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace fairwell
