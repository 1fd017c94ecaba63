// SPDX-License-Identifier: GPL-3.0-or-later
// CaseListQuery on both backends, against a small fixture whose counts and
// orders are worked out by hand (see the table in insertFixture()).
#include "services/caselistquery.h"
#include "storage/database.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <optional>
#include <tuple>

using namespace fairwell;
using namespace fairwell::test;

namespace {

// case  account            ext id    segment     plan     mrr     owner     status  opened      effective   outcome  win-back
//  1    Acme Corp          T-001     enterprise  Scale    500000  Ada Park  open    2024-01-10  2024-03-31  -        -
//  2    Beta GmbH          K-002     smb         Starter  250000  Ben Cole  closed  2023-11-05  2023-12-31  churned  planned
//  3    Gamma 100% Ltd     GAM_003   mid_market  Growth   120000  Ada Park  closed  2024-02-01  NULL        saved    done
//  4    Delta 1000 Works   P-004     smb         Starter    9900  -         open    2024-01-10  NULL        -        -
//  5    Epsilon            EPSM-005  mid_market  Growth   120000  Ben Cole  open    2024-03-15  2024-06-30  -        -
//  6    Acme Corp          T-001     enterprise  Scale    500000  Ada Park  closed  2022-05-01  2022-06-30  paused   planned + cancelled
// Account 6 (Zeta) has no case. Users: 1 Ada Park (rep), 2 Ben Cole
// (manager), 3 Cara Diaz (admin, no cases), 4 Zed Old (inactive).
Status insertFixture(Database &db)
{
    return db.write([&]() -> Status {
        const QString users = QStringLiteral(
            "INSERT INTO users (id, login, display_name, role, active) VALUES (?, ?, ?, ?, ?)");
        const QList<QVariantList> userRows = {
            {1, QStringLiteral("ada"), QStringLiteral("Ada Park"), QStringLiteral("rep"), true},
            {2, QStringLiteral("ben"), QStringLiteral("Ben Cole"), QStringLiteral("manager"), true},
            {3, QStringLiteral("cara"), QStringLiteral("Cara Diaz"), QStringLiteral("admin"), true},
            {4, QStringLiteral("zed"), QStringLiteral("Zed Old"), QStringLiteral("rep"), false},
        };
        for (const QVariantList &row : userRows)
            if (auto done = db.exec(users, row); !done)
                return fail(done.error());

        const QString accounts = QStringLiteral(
            "INSERT INTO accounts (id, external_id, name, segment, plan, mrr_minor, currency, customer_since) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant since = sqlDate(QDate(2020, 1, 1));
        const QList<QVariantList> accountRows = {
            {1, QStringLiteral("T-001"), QStringLiteral("Acme Corp"), QStringLiteral("enterprise"),
             QStringLiteral("Scale"), 500000, QStringLiteral("EUR"), since},
            {2, QStringLiteral("K-002"), QStringLiteral("Beta GmbH"), QStringLiteral("smb"),
             QStringLiteral("Starter"), 250000, QStringLiteral("EUR"), since},
            {3, QStringLiteral("GAM_003"), QStringLiteral("Gamma 100% Ltd"), QStringLiteral("mid_market"),
             QStringLiteral("Growth"), 120000, QStringLiteral("USD"), since},
            {4, QStringLiteral("P-004"), QStringLiteral("Delta 1000 Works"), QStringLiteral("smb"),
             QStringLiteral("Starter"), 9900, QStringLiteral("EUR"), since},
            {5, QStringLiteral("EPSM-005"), QStringLiteral("Epsilon"), QStringLiteral("mid_market"),
             QStringLiteral("Growth"), 120000, QStringLiteral("EUR"), since},
            {6, QStringLiteral("Z-006"), QStringLiteral("Zeta"), QStringLiteral("enterprise"),
             QStringLiteral("Scale"), 0, QStringLiteral("EUR"), since},
        };
        for (const QVariantList &row : accountRows)
            if (auto done = db.exec(accounts, row); !done)
                return fail(done.error());

        const QString cases = QStringLiteral(
            "INSERT INTO cases (id, account_id, owner_id, status, opened_on, effective_on, closed_on, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant noDate = sqlDate(QDate());
        const QVariant noText = QVariant(QMetaType::fromType<QString>());
        const QList<QVariantList> caseRows = {
            {1, 1, sqlNullable(1), QStringLiteral("open"), sqlDate(QDate(2024, 1, 10)), sqlDate(QDate(2024, 3, 31)),
             noDate, noText},
            {2, 2, sqlNullable(2), QStringLiteral("closed"), sqlDate(QDate(2023, 11, 5)),
             sqlDate(QDate(2023, 12, 31)), sqlDate(QDate(2024, 1, 2)), QStringLiteral("churned")},
            {3, 3, sqlNullable(1), QStringLiteral("closed"), sqlDate(QDate(2024, 2, 1)), noDate,
             sqlDate(QDate(2024, 2, 20)), QStringLiteral("saved")},
            {4, 4, sqlNullable(0), QStringLiteral("open"), sqlDate(QDate(2024, 1, 10)), noDate, noDate, noText},
            {5, 5, sqlNullable(2), QStringLiteral("open"), sqlDate(QDate(2024, 3, 15)), sqlDate(QDate(2024, 6, 30)),
             noDate, noText},
            {6, 1, sqlNullable(1), QStringLiteral("closed"), sqlDate(QDate(2022, 5, 1)), sqlDate(QDate(2022, 6, 30)),
             sqlDate(QDate(2022, 6, 15)), QStringLiteral("paused")},
        };
        for (const QVariantList &row : caseRows)
            if (auto done = db.exec(cases, row); !done)
                return fail(done.error());

        const QString checkins = QStringLiteral(
            "INSERT INTO winback_checkins (case_id, due_on, status) VALUES (?, ?, ?)");
        const QList<QVariantList> checkinRows = {
            {2, sqlDate(QDate(2024, 7, 1)), QStringLiteral("planned")},
            {3, sqlDate(QDate(2024, 8, 1)), QStringLiteral("done")},
            {6, sqlDate(QDate(2023, 1, 1)), QStringLiteral("planned")},
            {6, sqlDate(QDate(2023, 2, 1)), QStringLiteral("cancelled")},
        };
        for (const QVariantList &row : checkinRows)
            if (auto done = db.exec(checkins, row); !done)
                return fail(done.error());
        return {};
    });
}

class CaseList : public ::testing::TestWithParam<ScratchDatabase::Backend>
{
protected:
    void SetUp() override
    {
        scratch = std::make_unique<ScratchDatabase>(GetParam());
        ASSERT_TRUE(scratch->error().isEmpty()) << scratch->error().toStdString();
        auto opened = scratch->open();
        ASSERT_TRUE(opened.has_value()) << opened.error().text().toStdString();
        db = std::move(*opened);
        auto inserted = insertFixture(*db);
        ASSERT_TRUE(inserted.has_value()) << inserted.error().text().toStdString();
    }

    qint64 count(const CaseListFilter &filter)
    {
        auto result = CaseListQuery(*db).count(filter);
        EXPECT_TRUE(result.has_value()) << result.error().text().toStdString();
        return result.value_or(-1);
    }

    QList<qint64> ids(const CaseListFilter &filter, CaseListColumn column = CaseListColumn::Account,
                      Qt::SortOrder order = Qt::AscendingOrder, int offset = 0, int limit = 100)
    {
        auto rows = CaseListQuery(*db).page(filter, column, order, offset, limit);
        EXPECT_TRUE(rows.has_value()) << rows.error().text().toStdString();
        QList<qint64> result;
        for (const CaseListRow &row : rows.value_or(QList<CaseListRow>()))
            result.append(row.id);
        return result;
    }

    static CaseListFilter text(const QString &search)
    {
        CaseListFilter filter;
        filter.text = search;
        return filter;
    }

    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
};

using Ids = QList<qint64>;

} // namespace

TEST(CaseListPattern, EscapesLikeWildcards)
{
    EXPECT_EQ(CaseListQuery::likePattern(QStringLiteral(" 100% ")), QStringLiteral("%100\\%%"));
    EXPECT_EQ(CaseListQuery::likePattern(QStringLiteral("a_b\\c")), QStringLiteral("%a\\_b\\\\c%"));
}

TEST_P(CaseList, CountsEveryCaseWithoutFilter)
{
    EXPECT_EQ(count({}), 6);
    EXPECT_EQ(ids({}, CaseListColumn::Account, Qt::AscendingOrder).size(), 6);
}

TEST_P(CaseList, RowCarriesEveryField)
{
    auto rows = CaseListQuery(*db).page(text(QStringLiteral("gamma")), CaseListColumn::Account,
                                        Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(rows.has_value()) << rows.error().text().toStdString();
    ASSERT_EQ(rows->size(), 1);
    const CaseListRow &row = rows->first();
    EXPECT_EQ(row.id, 3);
    EXPECT_EQ(row.accountName, QStringLiteral("Gamma 100% Ltd"));
    EXPECT_EQ(row.externalId, QStringLiteral("GAM_003"));
    EXPECT_EQ(row.segment, QStringLiteral("mid_market"));
    EXPECT_EQ(row.plan, QStringLiteral("Growth"));
    EXPECT_EQ(row.mrrMinor, 120000);
    EXPECT_EQ(row.currency, QStringLiteral("USD"));
    EXPECT_EQ(row.ownerName, QStringLiteral("Ada Park"));
    EXPECT_EQ(row.status, QStringLiteral("closed"));
    EXPECT_EQ(row.openedOn, QDate(2024, 2, 1));
    EXPECT_FALSE(row.effectiveOn.isValid());
    EXPECT_EQ(row.closedOn, QDate(2024, 2, 20));
    EXPECT_EQ(row.outcome, QStringLiteral("saved"));

    auto open = CaseListQuery(*db).page(text(QStringLiteral("delta")), CaseListColumn::Account,
                                        Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(open.has_value());
    ASSERT_EQ(open->size(), 1);
    EXPECT_TRUE(open->first().ownerName.isEmpty());
    EXPECT_TRUE(open->first().outcome.isEmpty());
    EXPECT_FALSE(open->first().closedOn.isValid());
}

// Every column both ways; ties fall back to the case id in the same
// direction, NULLs come last in both directions.
TEST_P(CaseList, SortsByEveryColumnBothWays)
{
    const QList<std::tuple<CaseListColumn, Ids, Ids>> expected = {
        {CaseListColumn::Account, {1, 6, 2, 4, 5, 3}, {3, 5, 4, 2, 6, 1}},
        {CaseListColumn::ExternalId, {5, 3, 2, 4, 1, 6}, {6, 1, 4, 2, 3, 5}},
        {CaseListColumn::Segment, {2, 4, 3, 5, 1, 6}, {6, 1, 5, 3, 4, 2}},
        {CaseListColumn::Plan, {3, 5, 1, 6, 2, 4}, {4, 2, 6, 1, 5, 3}},
        {CaseListColumn::Mrr, {4, 3, 5, 2, 1, 6}, {6, 1, 2, 5, 3, 4}},
        {CaseListColumn::Owner, {1, 3, 6, 2, 5, 4}, {5, 2, 6, 3, 1, 4}},
        {CaseListColumn::Status, {2, 3, 6, 1, 4, 5}, {5, 4, 1, 6, 3, 2}},
        {CaseListColumn::Opened, {6, 2, 1, 4, 3, 5}, {5, 3, 4, 1, 2, 6}},
        {CaseListColumn::Effective, {6, 2, 1, 5, 3, 4}, {5, 1, 2, 6, 4, 3}},
        {CaseListColumn::Outcome, {2, 6, 3, 1, 4, 5}, {3, 6, 2, 5, 4, 1}},
    };
    for (const auto &[column, ascending, descending] : expected) {
        EXPECT_EQ(ids({}, column, Qt::AscendingOrder), ascending) << "column " << int(column) << " ascending";
        EXPECT_EQ(ids({}, column, Qt::DescendingOrder), descending) << "column " << int(column) << " descending";
    }
}

TEST_P(CaseList, NullDatesComeLast)
{
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        auto rows = CaseListQuery(*db).page({}, CaseListColumn::Effective, order, 0, 100);
        ASSERT_TRUE(rows.has_value());
        ASSERT_EQ(rows->size(), 6);
        for (int i = 0; i < 4; ++i)
            EXPECT_TRUE(rows->at(i).effectiveOn.isValid()) << i;
        EXPECT_FALSE(rows->at(4).effectiveOn.isValid());
        EXPECT_FALSE(rows->at(5).effectiveOn.isValid());
    }
}

TEST_P(CaseList, TextMatchesNameOrExternalIdInAnyCase)
{
    EXPECT_EQ(count(text(QStringLiteral("acme"))), 2);
    EXPECT_EQ(count(text(QStringLiteral("ACME"))), 2);
    EXPECT_EQ(ids(text(QStringLiteral("GMBH"))), Ids({2}));
    EXPECT_EQ(ids(text(QStringLiteral("k-00"))), Ids({2}));      // external id
    EXPECT_EQ(ids(text(QStringLiteral("  epsm "))), Ids({5}));   // trimmed
    EXPECT_EQ(count(text(QStringLiteral("zeta"))), 0);           // an account without a case
    EXPECT_EQ(count(text(QStringLiteral("nobody"))), 0);
}

TEST_P(CaseList, PercentAndUnderscoreAreLiteral)
{
    // Unescaped, "100%" would also match "Delta 1000 Works" and "m_0" would
    // also match "EPSM-005".
    EXPECT_EQ(ids(text(QStringLiteral("100%"))), Ids({3}));
    EXPECT_EQ(count(text(QStringLiteral("100%"))), 1);
    EXPECT_EQ(ids(text(QStringLiteral("m_0"))), Ids({3}));
    EXPECT_EQ(count(text(QStringLiteral("m_0"))), 1);
    EXPECT_EQ(count(text(QStringLiteral("%"))), 1);
    EXPECT_EQ(count(text(QStringLiteral("_"))), 1);
    EXPECT_EQ(count(text(QStringLiteral("\\"))), 0);
}

TEST_P(CaseList, FiltersByStatusOwnerAndWinback)
{
    CaseListFilter open;
    open.status = CaseListFilter::Status::Open;
    EXPECT_EQ(count(open), 3);
    EXPECT_EQ(ids(open), Ids({1, 4, 5}));

    CaseListFilter closed;
    closed.status = CaseListFilter::Status::Closed;
    EXPECT_EQ(count(closed), 3);
    EXPECT_EQ(ids(closed, CaseListColumn::Opened, Qt::AscendingOrder), Ids({6, 2, 3}));

    CaseListFilter ada;
    ada.ownerId = 1;
    EXPECT_EQ(count(ada), 3);
    EXPECT_EQ(ids(ada), Ids({1, 6, 3}));

    CaseListFilter myQueue;
    myQueue.ownerId = 1;
    myQueue.status = CaseListFilter::Status::Open;
    EXPECT_EQ(count(myQueue), 1);
    EXPECT_EQ(ids(myQueue), Ids({1}));

    CaseListFilter cara;
    cara.ownerId = 3;
    EXPECT_EQ(count(cara), 0);
    EXPECT_TRUE(ids(cara).isEmpty());

    // Case 6 has a planned and a cancelled check-in: counted once.
    CaseListFilter winback;
    winback.winbackPlannedOnly = true;
    winback.status = CaseListFilter::Status::Closed;
    EXPECT_EQ(count(winback), 2);
    EXPECT_EQ(ids(winback), Ids({6, 2}));
    winback.ownerId = 1;
    EXPECT_EQ(ids(winback), Ids({6}));

    CaseListFilter acmeClosed = text(QStringLiteral("acme"));
    acmeClosed.status = CaseListFilter::Status::Closed;
    EXPECT_EQ(count(acmeClosed), 1);
    EXPECT_EQ(ids(acmeClosed), Ids({6}));
}

TEST_P(CaseList, PagesWithoutOverlapOrGap)
{
    const CaseListColumn opened = CaseListColumn::Opened;
    EXPECT_EQ(ids({}, opened, Qt::AscendingOrder, 0, 4), Ids({6, 2, 1, 4}));
    EXPECT_EQ(ids({}, opened, Qt::AscendingOrder, 4, 4), Ids({3, 5}));
    EXPECT_EQ(ids({}, opened, Qt::AscendingOrder, 2, 2), Ids({1, 4}));
    EXPECT_EQ(ids({}, opened, Qt::AscendingOrder, 5, 1), Ids({5}));
    EXPECT_TRUE(ids({}, opened, Qt::AscendingOrder, 6, 4).isEmpty());
    EXPECT_TRUE(ids({}, opened, Qt::AscendingOrder, 0, 0).isEmpty());

    // Page by page equals all at once, with a tie (cases 1 and 4) on a page edge.
    Ids paged;
    for (int offset = 0; offset < 6; offset += 3)
        paged += ids({}, opened, Qt::DescendingOrder, offset, 3);
    EXPECT_EQ(paged, ids({}, opened, Qt::DescendingOrder));

    auto negative = CaseListQuery(*db).page({}, opened, Qt::AscendingOrder, -1, 10);
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
}

TEST_P(CaseList, PeopleAreActiveUsersByName)
{
    auto people = CaseListQuery(*db).people();
    ASSERT_TRUE(people.has_value()) << people.error().text().toStdString();
    ASSERT_EQ(people->size(), 3);
    EXPECT_EQ(people->at(0).id, 1);
    EXPECT_EQ(people->at(0).displayName, QStringLiteral("Ada Park"));
    EXPECT_EQ(people->at(0).role, QStringLiteral("rep"));
    EXPECT_EQ(people->at(1).displayName, QStringLiteral("Ben Cole"));
    EXPECT_EQ(people->at(2).displayName, QStringLiteral("Cara Diaz"));
    EXPECT_EQ(people->at(2).role, QStringLiteral("admin"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseList,
                         ::testing::Values(ScratchDatabase::Backend::Sqlite, ScratchDatabase::Backend::Postgres),
                         [](const auto &info) { return backendName(info.param).toStdString(); });
