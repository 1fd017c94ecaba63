// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fairwell {

class MessageLine;
class Session;
class WinbackTableModel;
struct WinbackLine;

// The Win-back view: planned check-ins (overdue first) and what came of the
// finished ones; records an outcome and opens the old case.
class WinbackPage : public QWidget
{
    Q_OBJECT

public:
    explicit WinbackPage(QWidget *parent = nullptr);
    ~WinbackPage() override;

    // Reads once somebody works in `session`; nullptr shows no database.
    void setSession(Session *session);
    void reload();
    // reload() now when shown, else once the page is shown again.
    void refresh();

    // For tests and the shell.
    WinbackTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The words of the empty state, or an empty string while rows are shown.
    QString emptyStateText() const;
    // Opens the outcome dialog for the current line, when it is planned.
    void recordOutcome();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void errorOccurred(const fairwell::Error &error);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void attachModel();
    void applyShow();
    void openCase();
    void activate(const QModelIndex &index);
    void updateState();
    void showError(const Error &error);
    const WinbackLine *currentLine() const;

    WinbackTableModel *m_model = nullptr;
    QPointer<Session> m_session;
    bool m_hasDatabase = false;
    bool m_stale = false; // changed while hidden

    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_loading = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_openButton = nullptr;
    MessageLine *m_messageLine = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace fairwell
