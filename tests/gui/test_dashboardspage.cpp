// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboards page driven through its widgets on a SQLite file holding
// the hand-worked dashboard fixture: filters set in the filter bar, the
// charts' series read back from the chart library and compared with what
// DashboardService gives for the same filter on the test's own connection,
// and clicks on bars opening exactly the service's cases.
#include "charts/chartcsv.h"
#include "charts/chartview.h"
#include "dashboards/dashboardchartbox.h"
#include "dashboardfixture.h"
#include "dashboards/dashboardcharts.h"
#include "dashboards/dashboardfilterbar.h"
#include "dashboards/dashboardservice.h"
#include "dashboards/dashboardspage.h"
#include "dashboards/drilldowndialog.h"
#include "dashboards/verbatimpanel.h"
#include "session/servicecontext.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace fairwell;
using namespace fairwell::test;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

class DashboardsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.error().isEmpty()) << m_scratch.error().toStdString();
        auto db = m_scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        m_db = std::move(*db);
        const Status loaded = DashboardFixture::load(*m_db);
        ASSERT_TRUE(loaded.has_value()) << loaded.error().text().toStdString();
        m_actor.userId = DashboardFixture::mia;
        m_actor.role = UserRole::Manager;

        OpenRequest request{m_scratch.spec()};
        request.localProfileId = DashboardFixture::mia;
        Error error;
        m_session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();

        m_page = std::make_unique<DashboardsPage>();
        m_page->setToday(DashboardFixture::today()); // "Last quarter": January to March 2026
        m_page->resize(1400, 900);
        m_loaded = std::make_unique<QSignalSpy>(m_page.get(), &DashboardsPage::loaded);
        m_page->show();
        m_page->setSession(m_session.get());
        ASSERT_TRUE(waitForLoad());
        // The owners the filter offers come in their own job.
        ASSERT_TRUE(waitUntil([this] { return m_page->filterBar()->ownerBox()->count() > 1; }, WaitMs));
    }

    void TearDown() override
    {
        m_page.reset();
        m_session.reset();
    }

    bool waitForLoad()
    {
        const qsizetype before = m_loaded->size();
        return waitUntil([&] { return m_loaded->size() > before && !m_page->isLoading(); }, WaitMs)
            || (m_page->hasData() && !m_page->isLoading());
    }

    // Picks the item with `data` in a combo box as a user would.
    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }

    DashboardData serviceData(const DashboardFilter &filter)
    {
        ServiceContext context{*m_db, m_actor, m_control};
        auto data = DashboardService(context).load(filter, DashboardFixture::today());
        EXPECT_TRUE(data.has_value()) << data.error().text().toStdString();
        return data.value_or(DashboardData{});
    }

    QList<qint64> serviceCases(const DashboardFilter &filter, const DrillDown &part)
    {
        ServiceContext context{*m_db, m_actor, m_control};
        auto cases = DashboardService(context).drillDown(filter, part, DashboardFixture::today(),
                                                        DashboardsPage::DrillLimit);
        EXPECT_TRUE(cases.has_value()) << cases.error().text().toStdString();
        QList<qint64> ids;
        for (const DrillCase &line : cases.value_or(QList<DrillCase>{}))
            ids.append(line.caseId);
        return ids;
    }

    // The charts the service's figures make, as the page would build them.
    static QList<DashboardChart> chartsOf(const DashboardData &data, const DashboardCharts::Options &options = {})
    {
        return DashboardCharts::build(data, options, QLocale());
    }

    static const DashboardChart *find(const QList<DashboardChart> &charts, const QString &id)
    {
        for (const DashboardChart &chart : charts) {
            if (chart.data.id == id)
                return &chart;
        }
        return nullptr;
    }

    // Each chart on screen shows, series by series, what the service's figures give.
    void expectChartsShow(const DashboardData &expected, const QStringList &ids)
    {
        const QList<DashboardChart> charts = chartsOf(expected);
        for (const QString &id : ids) {
            const DashboardChart *chart = find(charts, id);
            ASSERT_NE(chart, nullptr) << id.toStdString();
            const QList<ChartSeries> shown = m_page->chartView(id)->shownSeries();
            ASSERT_EQ(shown.size(), chart->data.series.size()) << id.toStdString();
            for (qsizetype s = 0; s < shown.size(); ++s) {
                EXPECT_EQ(shown.at(s).name, chart->data.series.at(s).name) << id.toStdString();
                const QList<double> &want = chart->data.series.at(s).values;
                const QList<double> &got = shown.at(s).values;
                ASSERT_EQ(got.size(), want.size()) << id.toStdString();
                for (qsizetype i = 0; i < got.size(); ++i) {
                    if (std::isnan(want.at(i)))
                        EXPECT_TRUE(std::isnan(got.at(i))) << id.toStdString() << " at " << i;
                    else
                        EXPECT_DOUBLE_EQ(got.at(i), want.at(i)) << id.toStdString() << " at " << i;
                }
            }
        }
    }

    // Clicks an element and waits for the list of its cases.
    DrillDownDialog *clickAndWait(const QString &id, int series, int category)
    {
        QSignalSpy shown(m_page.get(), &DashboardsPage::drillDownShown);
        m_page->chartView(id)->clickElement(series, category);
        if (!waitUntil([&shown] { return !shown.isEmpty(); }, WaitMs))
            return nullptr;
        return m_page->drillDownDialog();
    }

    static QList<qint64> listed(DrillDownDialog *dialog)
    {
        QList<qint64> ids;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            ids.append(dialog->caseIdAt(row));
        return ids;
    }

    ScratchDatabase m_scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Database> m_db;
    Actor m_actor;
    JobControl m_control;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DashboardsPage> m_page;
    std::unique_ptr<QSignalSpy> m_loaded;
};

const QStringList AllCharts = QStringLiteral("exit-reasons exit-reasons-mrr secondary-reasons trend-cases trend-mrr "
                                             "outcomes save-rate reasons-by-segment reasons-by-plan owners "
                                             "first-call time-to-close follow-up winback satisfaction")
                                  .split(QLatin1Char(' '));

DashboardFilter firstQuarter()
{
    return {QDate(2026, 1, 1), QDate(2026, 3, 31), {}, {}, std::nullopt};
}

} // namespace

TEST_F(DashboardsPageTest, ShowsTheServicesFiguresForTheFilterBarsRange)
{
    EXPECT_EQ(m_page->filterBar()->preset(), DashboardFilterBar::Preset::LastQuarter);
    EXPECT_EQ(m_page->data().filter, firstQuarter());
    const DashboardData expected = serviceData(firstQuarter());
    // Worked by hand in the fixture: 3 churned, 1 saved, 1 downgraded, 1 paused.
    ASSERT_EQ(m_page->chartView(QStringLiteral("outcomes"))->shownSeries().value(0).values,
              (QList<double>{3, 1, 1, 1}));
    expectChartsShow(expected, AllCharts);
    // EUR and USD amounts: the currency choice shows, EUR first.
    EXPECT_TRUE(m_page->filterBar()->currencyBox()->isVisibleTo(m_page.get()));
    EXPECT_EQ(m_page->chartView(QStringLiteral("trend-mrr"))->data().currency, QStringLiteral("EUR"));
    EXPECT_FALSE(m_page->chartView(QStringLiteral("trend-mrr"))->data().note.isEmpty());
}

TEST_F(DashboardsPageTest, FiltersSetInTheBarReloadEveryChart)
{
    DashboardFilterBar *bar = m_page->filterBar();
    choose(bar->segmentBox(), QStringLiteral("smb"));
    ASSERT_TRUE(waitForLoad());
    DashboardFilter smb = firstQuarter();
    smb.segment = QStringLiteral("smb");
    EXPECT_EQ(m_page->data().filter, smb);
    expectChartsShow(serviceData(smb), AllCharts);
    // SMB cases closed in the quarter: 9501, 9502 churned and 9505 downgraded.
    EXPECT_EQ(m_page->chartView(QStringLiteral("outcomes"))->shownSeries().value(0).values,
              (QList<double>{2, 0, 1, 0}));

    choose(bar->ownerBox(), DashboardFixture::ann);
    ASSERT_TRUE(waitForLoad());
    smb.ownerId = DashboardFixture::ann;
    EXPECT_EQ(m_page->data().filter, smb);
    expectChartsShow(serviceData(smb), AllCharts);

    // Dates of one's own: February only (days as buckets).
    choose(bar->segmentBox(), QString());
    choose(bar->ownerBox(), QVariant());
    choose(bar->presetBox(), int(DashboardFilterBar::Preset::Custom));
    EXPECT_TRUE(bar->fromEdit()->isEnabled());
    bar->fromEdit()->setDate(QDate(2026, 2, 1));
    bar->toEdit()->setDate(QDate(2026, 2, 28));
    ASSERT_TRUE(waitForLoad());
    const DashboardFilter february{QDate(2026, 2, 1), QDate(2026, 2, 28), {}, {}, std::nullopt};
    ASSERT_EQ(m_page->data().filter, february);
    EXPECT_EQ(m_page->data().bucket, TimeBucket::Day);
    EXPECT_EQ(m_page->chartView(QStringLiteral("trend-cases"))->data().categories.size(), 28);
    expectChartsShow(serviceData(february), AllCharts);
}

TEST_F(DashboardsPageTest, ABarOpensExactlyTheServicesCases)
{
    // A quarter is cut in weeks. The churned cases of the week of 9 February: 9502 alone.
    ASSERT_EQ(m_page->data().bucket, TimeBucket::Week);
    int week = -1;
    for (int i = 0; i < m_page->data().trend.size(); ++i) {
        if (m_page->data().trend.at(i).start == QDate(2026, 2, 9))
            week = i;
    }
    ASSERT_GE(week, 0);
    DrillDownDialog *dialog = clickAndWait(QStringLiteral("trend-cases"), 0, week);
    ASSERT_NE(dialog, nullptr);
    const DashboardChart *trend = find(m_page->charts(), QStringLiteral("trend-cases"));
    ASSERT_NE(trend, nullptr);
    const auto part = trend->drillAt(0, week);
    ASSERT_TRUE(part);
    EXPECT_EQ(part->from, QDate(2026, 2, 9));
    EXPECT_EQ(part->to, QDate(2026, 2, 15));
    const QList<qint64> expected = serviceCases(firstQuarter(), *part);
    EXPECT_EQ(expected, (QList<qint64>{9502}));
    EXPECT_EQ(listed(dialog), expected);

    // The outcomes pie: all three churned cases of the quarter.
    dialog = clickAndWait(QStringLiteral("outcomes"), 0, 0);
    ASSERT_NE(dialog, nullptr);
    DrillDown churned;
    churned.outcome = CaseOutcome::Churned;
    const QList<qint64> churnedCases = serviceCases(firstQuarter(), churned);
    EXPECT_EQ(churnedCases.size(), 3);
    EXPECT_EQ(listed(dialog), churnedCases);

    // Double-click and Enter open the case.
    QSignalSpy activated(m_page.get(), &DashboardsPage::caseActivated);
    QTableWidget *table = dialog->table();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    const QRect second = table->visualRect(table->model()->index(1, 0));
    // A double click is a press, a release and a second press: the view
    // only opens what the first press landed on.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), churnedCases.at(1));
    table->setCurrentCell(2, 0);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toLongLong(), churnedCases.at(2));
    EXPECT_TRUE(dialog->isVisible()); // stays for the next case
}

TEST_F(DashboardsPageTest, ACategoryOpensIntoItsReasonsAndAReasonIntoItsCases)
{
    // A copy: the page builds its charts anew on the click.
    const DashboardChart *shown = find(m_page->charts(), QStringLiteral("exit-reasons"));
    ASSERT_NE(shown, nullptr);
    const std::optional<DashboardChart> reasons = *shown;
    const qsizetype price = reasons->data.categories.indexOf(QStringLiteral("Price"));
    ASSERT_GE(price, 0);
    m_page->chartView(QStringLiteral("exit-reasons"))->clickElement(0, int(price));
    EXPECT_EQ(m_page->reasonCategory(), DashboardFixture::price);
    EXPECT_TRUE(m_page->allCategoriesButton()->isVisibleTo(m_page.get()));
    EXPECT_EQ(m_page->drillDownDialog(), nullptr); // a category opens no list

    DashboardCharts::Options inPrice;
    inPrice.reasonCategory = DashboardFixture::price;
    const QList<DashboardChart> expected = chartsOf(serviceData(firstQuarter()), inPrice);
    const DashboardChart *priceReasons = find(expected, QStringLiteral("exit-reasons"));
    ASSERT_NE(priceReasons, nullptr);
    EXPECT_EQ(m_page->chartView(QStringLiteral("exit-reasons"))->data().categories, priceReasons->data.categories);
    EXPECT_EQ(m_page->chartView(QStringLiteral("exit-reasons"))->shownSeries().value(0).values,
              priceReasons->data.series.value(0).values);

    const qsizetype tooExpensive = priceReasons->data.categories.indexOf(QStringLiteral("Too expensive"));
    ASSERT_GE(tooExpensive, 0);
    DrillDownDialog *dialog = clickAndWait(QStringLiteral("exit-reasons"), 0, int(tooExpensive));
    ASSERT_NE(dialog, nullptr);
    DrillDown part;
    part.outcome = CaseOutcome::Churned;
    part.reasonId = DashboardFixture::tooExpensive;
    const QList<qint64> cases = serviceCases(firstQuarter(), part);
    EXPECT_EQ(cases, (QList<qint64>{9501}));
    EXPECT_EQ(listed(dialog), cases);

    QTest::mouseClick(m_page->allCategoriesButton(), Qt::LeftButton);
    EXPECT_FALSE(m_page->reasonCategory());
    EXPECT_FALSE(m_page->allCategoriesButton()->isVisibleTo(m_page.get()));
    EXPECT_EQ(m_page->chartView(QStringLiteral("exit-reasons"))->data().categories, reasons->data.categories);
}

TEST_F(DashboardsPageTest, TheCustomersWordsAreSearchable)
{
    VerbatimPanel *panel = m_page->verbatimPanel();
    ASSERT_TRUE(waitUntil([panel] { return !panel->isLoading() && panel->table()->rowCount() > 0; }, WaitMs));
    QSignalSpy loaded(panel, &VerbatimPanel::loaded);
    QTest::keyClicks(panel->searchField(), QStringLiteral("PRICEY"));
    ASSERT_TRUE(waitUntil([&loaded] { return !loaded.isEmpty(); }, WaitMs));
    EXPECT_EQ(loaded.size(), 1); // typing asks once, when it pauses
    ASSERT_EQ(panel->table()->rowCount(), 1);
    EXPECT_EQ(panel->verbatims().value(0).caseId, 9501);
    EXPECT_TRUE(panel->table()->item(0, 4)->text().contains(QStringLiteral("Too pricey")));

    QSignalSpy activated(m_page.get(), &DashboardsPage::caseActivated);
    panel->table()->setCurrentCell(0, 0);
    QTest::keyClick(panel->table(), Qt::Key_Enter);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), 9501);
}

TEST_F(DashboardsPageTest, AChangeWhileHiddenReloadsOnceShown)
{
    m_page->hide();
    const qsizetype before = m_loaded->size();
    m_page->refresh();
    QTest::qWait(300);
    EXPECT_EQ(m_loaded->size(), before);
    m_page->show();
    ASSERT_TRUE(waitForLoad());
    EXPECT_GT(m_loaded->size(), before);
}

TEST_F(DashboardsPageTest, ANewerFilterOvertakesAPendingLoad)
{
    DashboardFilterBar *bar = m_page->filterBar();
    const quint64 droppedBefore = m_session->droppedJobs();
    // Many filters in a row, each loaded at once (no pause between them).
    for (const char *segment : {"smb", "mid_market", "enterprise", "smb", "enterprise"}) {
        choose(bar->segmentBox(), QString::fromLatin1(segment));
        m_page->reload();
    }
    ASSERT_TRUE(waitUntil([this] { return !m_page->isLoading(); }, WaitMs));
    DashboardFilter enterprise = firstQuarter();
    enterprise.segment = QStringLiteral("enterprise");
    EXPECT_EQ(m_page->data().filter, enterprise);
    expectChartsShow(serviceData(enterprise), AllCharts);
    EXPECT_GT(m_session->droppedJobs(), droppedBefore);
}

TEST_F(DashboardsPageTest, EachChartSavesItsDataAndItsPicture)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    DashboardChartBox *box = m_page->chartBox(QStringLiteral("trend-mrr"));
    ASSERT_NE(box, nullptr);
    const QString csv = folder.filePath(QStringLiteral("trend-mrr.csv"));
    ASSERT_TRUE(box->saveTo(DashboardChartBox::Format::Csv, csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), ChartCsv::toCsv(box->view()->data()));
    const QString png = folder.filePath(QStringLiteral("trend-mrr.png"));
    ASSERT_TRUE(box->saveTo(DashboardChartBox::Format::Png, png));
    EXPECT_FALSE(QImage(png).isNull());
    EXPECT_EQ(box->saveMenu()->actions().size(), 3);
}
