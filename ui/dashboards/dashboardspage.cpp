// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardspage.h"

#include "charts/chartview.h"
#include "common/errormessage.h"
#include "common/messageline.h"
#include "dashboards/dashboardchartbox.h"
#include "dashboards/dashboarddefinitions.h"
#include "dashboards/dashboardfilterbar.h"
#include "dashboards/dashboardreport.h"
#include "dashboards/dashboardservice.h"
#include "dashboards/drilldowndialog.h"
#include "dashboards/verbatimpanel.h"
#include "session/session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fairwell {

namespace {

// A pause after a filter changes, so that stepping through a combo box
// with the arrow keys asks once, for where it stops.
constexpr int kFilterPauseMs = 150;
constexpr int kChartMinimumHeight = 300;
const QString kLoadJob = QStringLiteral("dashboards-load");
const QString kChoicesJob = QStringLiteral("dashboards-choices");
const QString kDrillJob = QStringLiteral("dashboards-drill");

enum Tab { ReasonsTab, TrendTab, OutcomesTab, GroupsTab, TeamTab, WinbackTab, VoiceTab, TabCount };

} // namespace

DashboardsPage::DashboardsPage(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    retranslateUi();
}

DashboardsPage::~DashboardsPage() = default;

void DashboardsPage::buildUi()
{
    m_filterBar = new DashboardFilterBar(this);
    m_filterPause = new QTimer(this);
    m_filterPause->setSingleShot(true);
    m_filterPause->setInterval(kFilterPauseMs);
    connect(m_filterBar, &DashboardFilterBar::filterChanged, m_filterPause, qOverload<>(&QTimer::start));
    connect(m_filterPause, &QTimer::timeout, this, &DashboardsPage::reload);
    connect(m_filterBar, &DashboardFilterBar::currencyChanged, this, &DashboardsPage::rebuildCharts);
    connect(m_filterBar, &DashboardFilterBar::helpRequested, this, &DashboardsPage::showDefinitions);
    connect(m_filterBar, &DashboardFilterBar::reportRequested, this, &DashboardsPage::writeReport);

    // Thin and indeterminate: loading takes a moment, not long enough for a percentage.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("loading"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setVisible(false);
    m_messageLine = new MessageLine(this);
    m_messageLine->setObjectName(QStringLiteral("messageLine"));
    m_messageLine->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setCornerWidget(m_filterBar->actions(), Qt::TopRightCorner);
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabPages.append(addTab(QString()));

    auto *reasons = new QGridLayout(m_tabPages.at(ReasonsTab));
    m_allCategories = new QPushButton(this);
    m_allCategories->setObjectName(QStringLiteral("allCategories"));
    m_allCategories->setVisible(false);
    connect(m_allCategories, &QPushButton::clicked, this, &DashboardsPage::showAllCategories);
    reasons->addWidget(m_allCategories, 0, 0, Qt::AlignLeft);
    addChart(reasons, QStringLiteral("exit-reasons"), 1, 0);
    addChart(reasons, QStringLiteral("exit-reasons-mrr"), 1, 1);
    addChart(reasons, QStringLiteral("secondary-reasons"), 2, 0, 2);

    auto *trend = new QGridLayout(m_tabPages.at(TrendTab));
    addChart(trend, QStringLiteral("trend-cases"), 0, 0);
    addChart(trend, QStringLiteral("trend-mrr"), 1, 0);

    auto *outcomes = new QGridLayout(m_tabPages.at(OutcomesTab));
    addChart(outcomes, QStringLiteral("outcomes"), 0, 0);
    addChart(outcomes, QStringLiteral("save-rate"), 0, 1);

    auto *groups = new QGridLayout(m_tabPages.at(GroupsTab));
    addChart(groups, QStringLiteral("reasons-by-segment"), 0, 0);
    addChart(groups, QStringLiteral("reasons-by-plan"), 0, 1);

    auto *team = new QGridLayout(m_tabPages.at(TeamTab));
    addChart(team, QStringLiteral("owners"), 0, 0);
    addChart(team, QStringLiteral("first-call"), 0, 1);
    addChart(team, QStringLiteral("time-to-close"), 1, 0);
    addChart(team, QStringLiteral("follow-up"), 1, 1);

    auto *winback = new QGridLayout(m_tabPages.at(WinbackTab));
    addChart(winback, QStringLiteral("winback"), 0, 0);

    auto *voice = new QGridLayout(m_tabPages.at(VoiceTab));
    addChart(voice, QStringLiteral("satisfaction"), 0, 0);
    m_verbatims = new VerbatimPanel(this);
    m_verbatims->setMinimumHeight(kChartMinimumHeight);
    voice->addWidget(m_verbatims, 1, 0);
    connect(m_verbatims, &VerbatimPanel::caseActivated, this, &DashboardsPage::caseActivated);
    connect(m_verbatims, &VerbatimPanel::errorOccurred, this, &DashboardsPage::showError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_busy);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_filterBar);
}

QWidget *DashboardsPage::addTab(const QString &name)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, name);
    return page;
}

void DashboardsPage::addChart(QGridLayout *grid, const QString &id, int row, int column, int columnSpan)
{
    auto *box = new DashboardChartBox(grid->parentWidget());
    box->setObjectName(id);
    box->setMinimumHeight(kChartMinimumHeight);
    grid->addWidget(box, row, column, 1, columnSpan);
    m_boxes.insert(id, box);
    connect(box->view(), &ChartView::elementClicked, this,
            [this, id](int series, int category) { chartClicked(id, series, category); });
}

void DashboardsPage::retranslateUi()
{
    const QStringList names{tr("Exit reasons"), tr("Trend"),    tr("Outcomes"),
                            tr("Segments && plans"), tr("Team"), tr("Win-back"),
                            tr("Voice of the customer")};
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->setTabText(tab, names.at(tab));
    m_allCategories->setText(tr("‹ All categories"));
    m_allCategories->setAccessibleName(tr("Back to all reason categories"));
    m_busy->setAccessibleName(tr("Loading the dashboards"));
    if (m_hasData)
        rebuildCharts(); // titles and labels in the new language
}

void DashboardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardsPage::setToday(const QDate &today)
{
    m_today = today;
    m_filterBar->setToday(today);
}

QDate DashboardsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ChartView *DashboardsPage::chartView(const QString &id) const
{
    DashboardChartBox *box = m_boxes.value(id);
    return box ? box->view() : nullptr;
}

DrillDownDialog *DashboardsPage::drillDownDialog() const
{
    return m_drillDialog;
}

void DashboardsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_data = {};
    m_charts.clear();
    m_hasData = false;
    m_loading = false;
    m_busy->hide();
    m_messageLine->hide();
    m_verbatims->setSession(session);
    for (DashboardChartBox *box : std::as_const(m_boxes))
        box->view()->setData({}, locale());
    if (session)
        connect(session, &Session::actorChanged, this, &DashboardsPage::sessionReady);
    sessionReady();
}

void DashboardsPage::sessionReady()
{
    if (!m_session)
        return;
    if (!m_session->actor().isValid()) {
        // Reading is work too: it waits until somebody works in the session.
        m_messageLine->showText(
            tr("Choose who is working at this desk (File ▸ Switch Profile…) to see the dashboards."));
        return;
    }
    m_messageLine->hide();
    if (!m_today.isValid())
        m_filterBar->setToday(today());
    // The plans and owners are read with the first figures, when the page
    // is first shown, not at every start of the window.
    m_choicesLoaded = false;
    refresh();
}

void DashboardsPage::loadChoices()
{
    m_session->run<DashboardChoices>(
        this, [](ServiceContext &context) { return DashboardService(context).choices(); },
        [this](const Result<DashboardChoices> &result) {
            if (result)
                m_filterBar->setChoices(*result);
            else
                showError(result.error());
        },
        Session::JobOptions{kChoicesJob, {}, false});
}

void DashboardsPage::refresh()
{
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || (!m_hasData && !m_loading))
        refresh();
}

void DashboardsPage::reload()
{
    m_filterPause->stop();
    if (!m_session || !m_session->actor().isValid())
        return;
    const DashboardFilter filter = m_filterBar->filter();
    const QDate now = today();
    if (!m_choicesLoaded) {
        m_choicesLoaded = true;
        loadChoices();
    }
    m_loading = true;
    m_busy->show();
    const quint64 request = ++m_loadRequest;
    m_session->run<DashboardData>(
        this, [filter, now](ServiceContext &context) { return DashboardService(context).load(filter, now); },
        [this, request](const Result<DashboardData> &result) {
            // A waiting request is overtaken by a newer one and never runs;
            // one already running still answers, and is not the newest.
            if (request != m_loadRequest)
                return;
            m_loading = false;
            m_busy->hide();
            if (result) {
                m_messageLine->hide();
                showData(*result);
            } else {
                showError(result.error());
            }
            Q_EMIT loaded();
        },
        Session::JobOptions{kLoadJob, {}, false});
}

void DashboardsPage::showData(const DashboardData &data)
{
    m_data = data;
    m_hasData = true;
    // A category drilled into stays open while it still has reasons to show.
    if (m_reasonCategory
        && std::none_of(data.reasons.cbegin(), data.reasons.cend(),
                        [this](const ReasonSlice &slice) { return slice.categoryId == *m_reasonCategory; }))
        m_reasonCategory.reset();
    m_filterBar->setCurrencies(data.currencies());
    rebuildCharts();
    m_verbatims->setFilter(data.filter, data.reasons);
}

void DashboardsPage::rebuildCharts()
{
    DashboardCharts::Options options;
    options.currency = m_filterBar->currency();
    options.reasonCategory = m_reasonCategory;
    m_charts = DashboardCharts::build(m_data, options, locale());
    for (const DashboardChart &chart : std::as_const(m_charts)) {
        if (DashboardChartBox *box = m_boxes.value(chart.data.id))
            box->view()->setData(chart.data, locale());
    }
    m_allCategories->setVisible(m_reasonCategory.has_value());
}

void DashboardsPage::chartClicked(const QString &id, int series, int category)
{
    const auto chart = std::find_if(m_charts.cbegin(), m_charts.cend(),
                                    [&id](const DashboardChart &c) { return c.data.id == id; });
    if (chart == m_charts.cend())
        return;
    const std::optional<DrillDown> part = chart->drillAt(series, category);
    if (!part)
        return;
    const bool exitReasons = id == QLatin1String("exit-reasons") || id == QLatin1String("exit-reasons-mrr");
    if (exitReasons && !m_reasonCategory && part->categoryId) {
        // A category opens into its reasons; a reason opens its cases.
        m_reasonCategory = part->categoryId;
        rebuildCharts();
        return;
    }
    QString title = chart->data.title + QStringLiteral(": ") + chart->data.categories.value(category);
    if (chart->data.series.size() > 1 && chart->data.kind != ChartKind::Pie)
        title += QStringLiteral(", ") + chart->data.series.value(series).name;
    openDrillDown(*part, title);
}

void DashboardsPage::showAllCategories()
{
    m_reasonCategory.reset();
    rebuildCharts();
}

void DashboardsPage::openDrillDown(const DrillDown &part, const QString &title)
{
    if (!m_session || !m_hasData)
        return;
    const DashboardFilter filter = m_data.filter; // the figures on screen, not a filter still loading
    const QDate now = m_data.today;
    m_session->run<QList<DrillCase>>(
        this,
        [filter, part, now](ServiceContext &context) {
            return DashboardService(context).drillDown(filter, part, now, DrillLimit);
        },
        [this, title](const Result<QList<DrillCase>> &result) {
            if (!result) {
                showError(result.error());
                return;
            }
            if (m_drillDialog)
                m_drillDialog->close();
            // Window-modal but not exec(): answers from the database keep arriving.
            m_drillDialog = new DrillDownDialog(title, *result, DrillLimit, this);
            m_drillDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_drillDialog, &DrillDownDialog::caseActivated, this, &DashboardsPage::caseActivated);
            m_drillDialog->open();
            Q_EMIT drillDownShown();
        },
        Session::JobOptions{kDrillJob, {}, false});
}

void DashboardsPage::showDefinitions()
{
    QString html;
    for (const DashboardDefinitions::Definition &definition : DashboardDefinitions::all())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(definition.term.toHtmlEscaped(),
                                                            definition.text.toHtmlEscaped());
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("definitionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What the Figures Mean"));
    auto *text = new QTextBrowser(dialog);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);
    dialog->open();
}

void DashboardsPage::writeReport()
{
    if (!m_session || !m_hasData) {
        m_messageLine->showText(tr("The report needs the figures first: open a database and wait for them."));
        return;
    }
    const QString name = tr("exit-dashboards-%1-to-%2.pdf")
                             .arg(m_data.filter.from.toString(Qt::ISODate), m_data.filter.to.toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), QDir::home().filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    DashboardReport::Labels labels;
    labels.databaseName = m_session->spec().displayName();
    labels.ownerName = m_filterBar->ownerName();
    const Status written =
        DashboardReport::writePdf(m_data, labels, path, locale(), [&progress](int done, int total) {
            progress.setMaximum(qMax(1, total));
            progress.setValue(done); // a window-modal dialog handles events here, Cancel too
            return !progress.wasCanceled();
        });
    progress.reset();
    if (written)
        m_messageLine->showText(tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)));
    else if (written.error().code != ErrorCode::Cancelled)
        ErrorMessage::show(this, tr("The report could not be written"), written.error());
}

void DashboardsPage::showError(const Error &error)
{
    m_messageLine->showError(error);
    Q_EMIT errorOccurred(error);
}

} // namespace fairwell
