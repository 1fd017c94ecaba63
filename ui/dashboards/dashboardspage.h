// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboardcharts.h"
#include "error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace fairwell {

class ChartView;
class DashboardChartBox;
class DashboardFilterBar;
class DrillDownDialog;
class MessageLine;
class Session;
class VerbatimPanel;

// The exit dashboards: one filter bar for all of them, the charts in tabs,
// a click on a bar or slice opens its cases, and the whole as a PDF report.
// Every figure comes from DashboardService through the session, off the GUI
// thread; a newer filter overtakes a load still waiting.
class DashboardsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DrillLimit = 500;

    explicit DashboardsPage(QWidget *parent = nullptr);
    ~DashboardsPage() override;

    // Reads once somebody works in `session`; nullptr shows no database.
    void setSession(Session *session);
    void reload();
    // reload() now when shown, else once the page is shown again.
    void refresh();
    // "Today" for the presets, the open cases and overdue tasks; the clock's
    // date unless set (tests).
    void setToday(const QDate &today);

    // For tests and the shell.
    DashboardFilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *tabs() const { return m_tabs; }
    VerbatimPanel *verbatimPanel() const { return m_verbatims; }
    ChartView *chartView(const QString &id) const;
    DashboardChartBox *chartBox(const QString &id) const { return m_boxes.value(id); }
    QPushButton *allCategoriesButton() const { return m_allCategories; }
    DrillDownDialog *drillDownDialog() const;
    bool isLoading() const { return m_loading; }
    bool hasData() const { return m_hasData; }
    const DashboardData &data() const { return m_data; }
    const QList<DashboardChart> &charts() const { return m_charts; }
    std::optional<qint64> reasonCategory() const { return m_reasonCategory; }

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void loaded();
    void drillDownShown();
    void errorOccurred(const fairwell::Error &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    QWidget *addTab(const QString &name);
    void addChart(QGridLayout *grid, const QString &id, int row, int column, int columnSpan = 1);
    void sessionReady();
    void loadChoices();
    void showData(const DashboardData &data);
    void rebuildCharts();
    void chartClicked(const QString &id, int series, int category);
    void showAllCategories();
    void openDrillDown(const DrillDown &part, const QString &title);
    void showDefinitions();
    void writeReport();
    void showError(const Error &error);
    QDate today() const;

    QPointer<Session> m_session;
    QDate m_today;
    DashboardData m_data;
    QList<DashboardChart> m_charts;
    bool m_hasData = false;
    bool m_loading = false;
    quint64 m_loadRequest = 0; // the newest load asked for
    bool m_choicesLoaded = false;
    bool m_stale = false; // changed while hidden
    std::optional<qint64> m_reasonCategory;

    DashboardFilterBar *m_filterBar = nullptr;
    QTimer *m_filterPause = nullptr;
    QProgressBar *m_busy = nullptr;
    MessageLine *m_messageLine = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QWidget *> m_tabPages;
    QHash<QString, DashboardChartBox *> m_boxes;
    QPushButton *m_allCategories = nullptr;
    VerbatimPanel *m_verbatims = nullptr;
    QPointer<DrillDownDialog> m_drillDialog;
};

} // namespace fairwell
