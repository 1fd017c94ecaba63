// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"
#include "error.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace fairwell {

class Session;

// The customers' own words at exit, for the dashboards' range and filters,
// narrowed to one reason and to words containing what is typed (asked of
// the database a moment after the typing stops).
class VerbatimPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Limit = 200;

    explicit VerbatimPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    // The filters, and the reasons to choose from (the range's exit reasons).
    void setFilter(const DashboardFilter &filter, const QList<ReasonSlice> &reasons);
    void reload();

    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *searchField() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    const QList<Verbatim> &verbatims() const { return m_verbatims; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void loaded();
    void errorOccurred(const fairwell::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showVerbatims(const QList<Verbatim> &verbatims);
    void activateRow(int row);

    QPointer<Session> m_session;
    DashboardFilter m_filter;
    QList<Verbatim> m_verbatims;
    bool m_loading = false;
    QTimer *m_debounce = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace fairwell
