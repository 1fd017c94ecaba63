// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardService on both engines against figures worked out by hand from
// tests/support/dashboardfixture.h (its table is the worksheet): a quarter,
// a range with nothing in it, a single case, filters, drill-downs and the
// customers' words.
#include "../repositories/repositorytest.h"
#include "dashboardfixture.h"

#include "dashboards/dashboardservice.h"
#include "session/servicecontext.h"

#include <cmath>

using namespace fairwell;
using namespace fairwell::test;

namespace {

class DashboardFigures : public RepositoryTest
{
protected:
    void SetUp() override
    {
        RepositoryTest::SetUp();
        if (HasFatalFailure())
            return;
        const Status loaded = DashboardFixture::load(db());
        ASSERT_TRUE(loaded.has_value()) << loaded.error().text().toStdString();
        m_actor.userId = DashboardFixture::mia;
        m_actor.role = UserRole::Manager;
    }

    Result<DashboardData> load(const DashboardFilter &filter)
    {
        ServiceContext context{db(), m_actor, m_control};
        return DashboardService(context).load(filter, DashboardFixture::today());
    }

    Result<QList<DrillCase>> drill(const DashboardFilter &filter, const DrillDown &part)
    {
        ServiceContext context{db(), m_actor, m_control};
        return DashboardService(context).drillDown(filter, part, DashboardFixture::today(), 100);
    }

    static QList<qint64> ids(const QList<DrillCase> &cases)
    {
        QList<qint64> result;
        for (const DrillCase &c : cases)
            result.append(c.caseId);
        return result;
    }

    static DashboardFilter firstQuarter()
    {
        return {QDate(2026, 1, 1), QDate(2026, 3, 31), {}, {}, std::nullopt};
    }

    Actor m_actor;
    JobControl m_control;
};

const TrendBucket *bucketAt(const QList<TrendBucket> &trend, const QDate &start)
{
    for (const TrendBucket &bucket : trend) {
        if (bucket.start == start)
            return &bucket;
    }
    return nullptr;
}

} // namespace

TEST_P(DashboardFigures, OutcomesAndSaveRateOfAQuarter)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    // Closed Jan–Mar: 9501, 9502, 9504 churned; 9503 saved; 9505 downgraded;
    // 9509 paused. 9507 closed in December.
    EXPECT_EQ(data->outcomes.count(CaseOutcome::Churned), 3);
    EXPECT_EQ(data->outcomes.count(CaseOutcome::Saved), 1);
    EXPECT_EQ(data->outcomes.count(CaseOutcome::Downgraded), 1);
    EXPECT_EQ(data->outcomes.count(CaseOutcome::Paused), 1);
    ASSERT_TRUE(data->outcomes.saveRate().has_value());
    EXPECT_DOUBLE_EQ(*data->outcomes.saveRate(), 0.5);
}

TEST_P(DashboardFigures, ExitReasonsCountAnArchivedReasonAndCasesWithoutOne)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    // Churned in range: 9501 Too expensive (100.00 EUR), 9502 Bugs, archived
    // since (200.00 EUR), 9504 no feedback at all (500.00 USD).
    // One case each: by category name ("Price" before "Product").
    ASSERT_EQ(data->reasons.size(), 3);
    const ReasonSlice &expensive = data->reasons.at(0);
    EXPECT_EQ(expensive.reasonId, DashboardFixture::tooExpensive);
    EXPECT_EQ(expensive.categoryId, DashboardFixture::price);
    EXPECT_FALSE(expensive.archived);
    EXPECT_EQ(expensive.mrrLost, (MinorByCurrency{{QStringLiteral("EUR"), 10000}}));
    const ReasonSlice &bugs = data->reasons.at(1);
    EXPECT_EQ(bugs.reasonId, DashboardFixture::bugs);
    EXPECT_EQ(bugs.reasonName, QStringLiteral("Bugs"));
    EXPECT_EQ(bugs.categoryName, QStringLiteral("Product"));
    EXPECT_TRUE(bugs.archived);
    EXPECT_EQ(bugs.cases, 1);
    EXPECT_EQ(bugs.mrrLost, (MinorByCurrency{{QStringLiteral("EUR"), 20000}}));
    const ReasonSlice &none = data->reasons.at(2);
    EXPECT_EQ(none.reasonId, 0);
    EXPECT_EQ(none.categoryId, 0);
    EXPECT_EQ(none.cases, 1);
    EXPECT_EQ(none.mrrLost, (MinorByCurrency{{QStringLiteral("USD"), 50000}}));
    // Two currencies: never one total.
    EXPECT_EQ(data->currencies(), (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));
    // Secondary: 9501's "Budget cut"; its primary named again is not counted.
    ASSERT_EQ(data->secondaryReasons.size(), 1);
    EXPECT_EQ(data->secondaryReasons.at(0).reasonId, DashboardFixture::budgetCut);
    EXPECT_EQ(data->secondaryReasons.at(0).categoryName, QStringLiteral("Price"));
    EXPECT_EQ(data->secondaryReasons.at(0).cases, 1);
}

TEST_P(DashboardFigures, ReasonsBySegmentAndPlan)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    auto key = [](const GroupReasonCount &g) { return QStringLiteral("%1/%2/%3").arg(g.group).arg(g.categoryId).arg(g.cases); };
    QStringList bySegment, byPlan;
    for (const GroupReasonCount &g : data->reasonsBySegment)
        bySegment << key(g);
    for (const GroupReasonCount &g : data->reasonsByPlan)
        byPlan << key(g);
    // smb: 9501 Price, 9502 Product; enterprise: 9504 no reason.
    bySegment.sort();
    EXPECT_EQ(bySegment, (QStringList{QStringLiteral("enterprise/0/1"), QStringLiteral("smb/9101/1"),
                                      QStringLiteral("smb/9102/1")}));
    byPlan.sort();
    EXPECT_EQ(byPlan, (QStringList{QStringLiteral("basic/9101/1"), QStringLiteral("enterprise/0/1"),
                                   QStringLiteral("pro/9102/1")}));
}

TEST_P(DashboardFigures, TrendByWeekForAQuarter)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    EXPECT_EQ(data->bucket, TimeBucket::Week);
    // Mondays from 2025-12-29 (the week of 1 January) to 2026-03-30.
    ASSERT_EQ(data->trend.size(), 14);
    EXPECT_EQ(data->trend.first().start, QDate(2025, 12, 29));
    EXPECT_EQ(data->trend.last().start, QDate(2026, 3, 30));
    int opened = 0, closed = 0;
    for (const TrendBucket &bucket : data->trend) {
        opened += bucket.opened;
        closed += bucket.closed.closed();
    }
    EXPECT_EQ(opened, 7); // 9501–9506 and 9508
    EXPECT_EQ(closed, 6);
    const TrendBucket *jan5 = bucketAt(data->trend, QDate(2026, 1, 5));
    ASSERT_NE(jan5, nullptr);
    EXPECT_EQ(jan5->opened, 2); // 9501 on Monday 5th, 9502 on Saturday 10th
    const TrendBucket *feb9 = bucketAt(data->trend, QDate(2026, 2, 9));
    ASSERT_NE(feb9, nullptr);
    EXPECT_EQ(feb9->opened, 1);  // 9504 on Sunday 15th
    EXPECT_EQ(feb9->closed.count(CaseOutcome::Churned), 1); // 9502
    EXPECT_EQ(feb9->closed.count(CaseOutcome::Saved), 1);   // 9503
    EXPECT_EQ(feb9->mrrLost, (MinorByCurrency{{QStringLiteral("EUR"), 20000}}));
    const TrendBucket *mar30 = bucketAt(data->trend, QDate(2026, 3, 30));
    ASSERT_NE(mar30, nullptr);
    EXPECT_EQ(mar30->closed.count(CaseOutcome::Churned), 1); // 9504 on Tuesday 31st
    EXPECT_EQ(mar30->mrrLost, (MinorByCurrency{{QStringLiteral("USD"), 50000}}));
    const TrendBucket *jan12 = bucketAt(data->trend, QDate(2026, 1, 12));
    ASSERT_NE(jan12, nullptr);
    EXPECT_EQ(jan12->opened, 0);
    EXPECT_EQ(jan12->closed.closed(), 0);
    EXPECT_FALSE(jan12->closed.saveRate().has_value());
}

TEST_P(DashboardFigures, TrendByMonthOverFourMonths)
{
    auto data = load({QDate(2025, 12, 1), QDate(2026, 3, 31), {}, {}, std::nullopt});
    FW_ASSERT_OK(data);
    EXPECT_EQ(data->bucket, TimeBucket::Month);
    ASSERT_EQ(data->trend.size(), 4);
    const int opened[] = {2, 2, 2, 3}; // Dec: 9507, 9509; Jan: 9501, 9502; Feb: 9503, 9504; Mar: 9505, 9506, 9508
    const int closed[] = {1, 2, 2, 2}; // Dec: 9507; Jan: 9501, 9509; Feb: 9502, 9503; Mar: 9504, 9505
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(data->trend.at(i).start, QDate(2025, 12, 1).addMonths(i));
        EXPECT_EQ(data->trend.at(i).opened, opened[i]) << i;
        EXPECT_EQ(data->trend.at(i).closed.closed(), closed[i]) << i;
    }
    EXPECT_EQ(data->trend.at(1).closed.count(CaseOutcome::Paused), 1);
    EXPECT_EQ(data->trend.at(3).mrrLost,
              (MinorByCurrency{{QStringLiteral("EUR"), 3000}, {QStringLiteral("USD"), 50000}}));
    ASSERT_TRUE(data->trend.at(1).closed.saveRate().has_value());
    EXPECT_DOUBLE_EQ(*data->trend.at(1).closed.saveRate(), 0.5); // 9509 paused, 9501 churned
}

TEST_P(DashboardFigures, TeamDiscipline)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    const TeamDiscipline &team = data->discipline;
    // Now (15 April): Ann owns 9508 (a task due 10 April), nobody owns
    // 9506 (due 1 April; the one due 1 May and the done one do not count).
    // The closed 9501's open task does not count; Ben owns nothing open.
    ASSERT_EQ(team.owners.size(), 2);
    EXPECT_EQ(team.owners.at(0).ownerId, std::optional<qint64>(DashboardFixture::ann));
    EXPECT_EQ(team.owners.at(0).ownerName, QStringLiteral("Ann Archer"));
    EXPECT_EQ(team.owners.at(0).openCases, 1);
    EXPECT_EQ(team.owners.at(0).overdueTasks, 1);
    EXPECT_FALSE(team.owners.at(1).ownerId.has_value());
    EXPECT_EQ(team.owners.at(1).openCases, 1);
    EXPECT_EQ(team.owners.at(1).overdueTasks, 1);
    // Opened in range: 9502 called the same day (23:30 UTC), 9501 the next
    // day (the later call does not count), 9504 after 5 days; 9503, 9505,
    // 9506 and 9508 not yet.
    ASSERT_EQ(team.daysToFirstCall.size(), 3);
    EXPECT_EQ(team.daysToFirstCall.at(0).days, 0);
    EXPECT_EQ(team.daysToFirstCall.at(1).days, 1);
    EXPECT_EQ(team.daysToFirstCall.at(2).days, 5);
    for (const DayCount &d : team.daysToFirstCall)
        EXPECT_EQ(d.cases, 1);
    EXPECT_EQ(team.openedWithoutCall, 4);
    // Closed in range: 9505 9 days, 9503 10, 9501 15, 9502 35, 9504 44, 9509 47.
    QList<int> days;
    for (const DayCount &d : team.daysToClose) {
        EXPECT_EQ(d.cases, 1);
        days << d.days;
    }
    EXPECT_EQ(days, (QList<int>{9, 10, 15, 35, 44, 47}));
    // Churned 9501, 9502, 9504: notes sent for 9501 and 9504 (9502's failed).
    EXPECT_EQ(team.churnedClosed, 3);
    EXPECT_EQ(team.churnedWithNoteSent, 2);
    // Feedback for all closed in range but 9504.
    EXPECT_EQ(team.closedCases, 6);
    EXPECT_EQ(team.closedWithFeedback, 5);
}

TEST_P(DashboardFigures, WinbackAndSatisfaction)
{
    auto data = load(firstQuarter());
    FW_ASSERT_OK(data);
    // Due in range: 9501's (planned) and 9507's (done); 9502's cancelled;
    // 9504's due in May. 9507's account came back on 5 February at 80.00.
    EXPECT_EQ(data->winback.due, 2);
    EXPECT_EQ(data->winback.done, 1);
    EXPECT_EQ(data->winback.returned, 1);
    EXPECT_EQ(data->winback.mrrReturned, (MinorByCurrency{{QStringLiteral("EUR"), 8000}}));
    // Scores of cases closed in range: 2 (9501), 4 (9502), 5 (9503), 3
    // (9509); 9505 gave none; 9504 has no feedback.
    EXPECT_EQ(data->satisfaction.byScore, (std::array<int, 5>{0, 1, 1, 1, 1}));
    EXPECT_EQ(data->satisfaction.withoutScore, 1);
    ASSERT_TRUE(data->satisfaction.average().has_value());
    EXPECT_DOUBLE_EQ(*data->satisfaction.average(), 3.5);
}

TEST_P(DashboardFigures, AnEmptyRangeHasZerosNotErrors)
{
    auto data = load({QDate(2027, 1, 1), QDate(2027, 1, 31), {}, {}, std::nullopt});
    FW_ASSERT_OK(data);
    EXPECT_EQ(data->bucket, TimeBucket::Day);
    EXPECT_EQ(data->trend.size(), 31);
    for (const TrendBucket &bucket : data->trend) {
        EXPECT_EQ(bucket.opened, 0);
        EXPECT_EQ(bucket.closed.closed(), 0);
        EXPECT_TRUE(bucket.mrrLost.isEmpty());
    }
    EXPECT_EQ(data->outcomes.closed(), 0);
    EXPECT_FALSE(data->outcomes.saveRate().has_value()); // not 0 %
    EXPECT_TRUE(data->reasons.isEmpty());
    EXPECT_TRUE(data->secondaryReasons.isEmpty());
    EXPECT_TRUE(data->reasonsBySegment.isEmpty());
    EXPECT_TRUE(data->discipline.daysToFirstCall.isEmpty());
    EXPECT_EQ(data->discipline.openedWithoutCall, 0);
    EXPECT_EQ(data->discipline.closedCases, 0);
    EXPECT_EQ(data->winback.due, 0);
    EXPECT_FALSE(data->satisfaction.average().has_value());
    EXPECT_TRUE(data->currencies().isEmpty());
    // The owners chart is about now, not the range.
    EXPECT_EQ(data->discipline.owners.size(), 2);
}

TEST_P(DashboardFigures, ASingleCase)
{
    DashboardFilter filter = firstQuarter();
    filter.segment = QStringLiteral("enterprise"); // only Delta's 9504
    auto data = load(filter);
    FW_ASSERT_OK(data);
    EXPECT_EQ(data->outcomes.closed(), 1);
    EXPECT_EQ(data->outcomes.count(CaseOutcome::Churned), 1);
    EXPECT_DOUBLE_EQ(data->outcomes.saveRate().value_or(-1), 0.0);
    ASSERT_EQ(data->reasons.size(), 1);
    EXPECT_EQ(data->reasons.at(0).reasonId, 0);
    EXPECT_EQ(data->currencies(), QStringList{QStringLiteral("USD")});
    EXPECT_EQ(data->discipline.daysToClose.size(), 1);
    EXPECT_EQ(data->discipline.daysToClose.at(0).days, 44);
    EXPECT_EQ(data->discipline.churnedWithNoteSent, 1);
    EXPECT_EQ(data->discipline.closedWithFeedback, 0);
    EXPECT_TRUE(data->discipline.owners.isEmpty()); // no enterprise case is open
    EXPECT_EQ(data->winback.due, 0);                // 9504's check-in is due in May
    EXPECT_EQ(data->satisfaction.scored(), 0);
}

TEST_P(DashboardFigures, PlanAndOwnerFilters)
{
    DashboardFilter pro = firstQuarter();
    pro.plan = QStringLiteral("pro"); // 9502 churned, 9503 saved, 9509 paused; 9506 open
    auto byPlan = load(pro);
    FW_ASSERT_OK(byPlan);
    EXPECT_EQ(byPlan->outcomes.closed(), 3);
    EXPECT_DOUBLE_EQ(byPlan->outcomes.saveRate().value_or(-1), 2.0 / 3.0);
    ASSERT_EQ(byPlan->discipline.owners.size(), 1);
    EXPECT_FALSE(byPlan->discipline.owners.at(0).ownerId.has_value());

    DashboardFilter ann = firstQuarter();
    ann.ownerId = DashboardFixture::ann; // 9501, 9502 churned, 9505 downgraded
    auto byOwner = load(ann);
    FW_ASSERT_OK(byOwner);
    EXPECT_EQ(byOwner->outcomes.closed(), 3);
    EXPECT_EQ(byOwner->outcomes.count(CaseOutcome::Churned), 2);
    EXPECT_EQ(byOwner->winback.due, 2); // 9501's and 9507's, both Ann's cases
    ASSERT_EQ(byOwner->discipline.owners.size(), 1);
    EXPECT_EQ(byOwner->discipline.owners.at(0).ownerId, std::optional<qint64>(DashboardFixture::ann));
}

TEST_P(DashboardFigures, BadFiltersAreSaidInWords)
{
    auto reversed = load({QDate(2026, 3, 1), QDate(2026, 1, 1), {}, {}, std::nullopt});
    ASSERT_FALSE(reversed.has_value());
    EXPECT_EQ(reversed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(reversed.error().message.contains(QStringLiteral("2026-03-01")));
    DashboardFilter unknown = firstQuarter();
    unknown.segment = QStringLiteral("galactic");
    auto bad = load(unknown);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("galactic")));
    auto missing = load({QDate(), QDate(2026, 1, 1), {}, {}, std::nullopt});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::InvalidInput);
}

TEST_P(DashboardFigures, DrillDownsListTheCasesBehindABar)
{
    DrillDown churnedNoReason;
    churnedNoReason.outcome = CaseOutcome::Churned;
    churnedNoReason.categoryId = 0;
    auto none = drill(firstQuarter(), churnedNoReason);
    FW_ASSERT_OK(none);
    EXPECT_EQ(ids(*none), QList<qint64>{9504});
    EXPECT_EQ(none->at(0).accountName, QStringLiteral("Delta"));
    EXPECT_EQ(none->at(0).mrrLostMinor, 50000);
    EXPECT_EQ(none->at(0).currency, QStringLiteral("USD"));

    DrillDown product;
    product.outcome = CaseOutcome::Churned;
    product.categoryId = DashboardFixture::product;
    auto bugs = drill(firstQuarter(), product);
    FW_ASSERT_OK(bugs);
    EXPECT_EQ(ids(*bugs), QList<qint64>{9502});
    EXPECT_EQ(bugs->at(0).reasonName, QStringLiteral("Bugs"));

    DrillDown february; // the week of 9 February, everything closed
    february.from = QDate(2026, 2, 9);
    february.to = QDate(2026, 2, 15);
    auto week = drill(firstQuarter(), february);
    FW_ASSERT_OK(week);
    EXPECT_EQ(ids(*week), (QList<qint64>{9502, 9503})); // latest closed first

    DrillDown unassigned;
    unassigned.cases = DrillDown::Cases::OpenNow;
    unassigned.ownerSet = true;
    auto open = drill(firstQuarter(), unassigned);
    FW_ASSERT_OK(open);
    EXPECT_EQ(ids(*open), QList<qint64>{9506});

    DrillDown scoredFour;
    scoredFour.satisfaction = 4;
    auto four = drill(firstQuarter(), scoredFour);
    FW_ASSERT_OK(four);
    EXPECT_EQ(ids(*four), QList<qint64>{9502});

    DrillDown openedInJanuary;
    openedInJanuary.cases = DrillDown::Cases::OpenedInRange;
    openedInJanuary.from = QDate(2025, 12, 29); // a bucket starting before the range
    openedInJanuary.to = QDate(2026, 1, 11);
    auto opened = drill(firstQuarter(), openedInJanuary);
    FW_ASSERT_OK(opened);
    EXPECT_EQ(ids(*opened), (QList<qint64>{9502, 9501}));
}

TEST_P(DashboardFigures, VerbatimsForAReasonAndASearch)
{
    ServiceContext context{db(), m_actor, m_control};
    DashboardService service(context);
    auto all = service.verbatims(firstQuarter(), std::nullopt, std::nullopt, QString(), 50);
    FW_ASSERT_OK(all);
    QList<qint64> cases;
    for (const Verbatim &v : *all)
        cases << v.caseId;
    // Closed in range with words: 9505 (10 Mar), 9502 (14 Feb), 9509 (31 Jan), 9501 (20 Jan).
    EXPECT_EQ(cases, (QList<qint64>{9505, 9502, 9509, 9501}));
    auto price = service.verbatims(firstQuarter(), std::nullopt, DashboardFixture::price, QString(), 50);
    FW_ASSERT_OK(price);
    ASSERT_EQ(price->size(), 1);
    EXPECT_EQ(price->at(0).text, QStringLiteral("Too pricey for us"));
    EXPECT_EQ(price->at(0).satisfaction, std::optional<int>(2));
    auto searched = service.verbatims(firstQuarter(), std::nullopt, std::nullopt, QStringLiteral("WEEK"), 50);
    FW_ASSERT_OK(searched);
    ASSERT_EQ(searched->size(), 1);
    EXPECT_EQ(searched->at(0).caseId, 9502);
    auto noReason = service.verbatims(firstQuarter(), 0, std::nullopt, QString(), 50);
    FW_ASSERT_OK(noReason);
    ASSERT_EQ(noReason->size(), 1);
    EXPECT_EQ(noReason->at(0).caseId, 9505);
}

TEST_P(DashboardFigures, ChoicesNameThePlansAndTheOwners)
{
    ServiceContext context{db(), m_actor, m_control};
    auto choices = DashboardService(context).choices();
    FW_ASSERT_OK(choices);
    EXPECT_EQ(choices->plans, (QStringList{QStringLiteral("basic"), QStringLiteral("enterprise"), QStringLiteral("pro")}));
    ASSERT_EQ(choices->owners.size(), 2); // Mia owns no case
    EXPECT_EQ(choices->owners.at(0).name, QStringLiteral("Ann Archer"));
    EXPECT_EQ(choices->owners.at(1).name, QStringLiteral("Ben Brook"));
}

FW_ON_BOTH_BACKENDS(DashboardFigures);
