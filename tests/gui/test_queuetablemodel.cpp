// SPDX-License-Identifier: GPL-3.0-or-later
// QueueTableModel over a SQLite file of 450 numbered cases (casefixture.h),
// 225 of them open: pages on demand by key, sorts and filters in SQL,
// drops stale answers, refreshes in place.
#include "queue/queuetablemodel.h"
#include "casefixture.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int CaseCount = 450;
constexpr int OpenCount = 225; // the even ones
constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

class QueueModel : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
        auto db = scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        auto inserted = insertNumberedCases(**db, CaseCount);
        ASSERT_TRUE(inserted.has_value()) << inserted.error().text().toStdString();
        // Ada (user 1) is working.
        OpenRequest request{scratch.spec()};
        request.localProfileId = 1;
        Error error;
        session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
    }

    // Every request answered: nothing loading, the first page in.
    static bool settle(QueueTableModel &model)
    {
        return QTest::qWaitFor([&] { return model.hasLoaded() && !model.isLoading(); }, WaitMs);
    }

    static QString text(QueueTableModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

    ScratchDatabase scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Session> session;
};

} // namespace

TEST_F(QueueModel, FetchesPageByPageOnDemand)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &QueueTableModel::countChanged);

    model.sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), QueueTableModel::DefaultPageSize);
    EXPECT_EQ(model.totalCount(), OpenCount);
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), OpenCount);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.caseId(model.index(0, 0)), CaseCount);

    // A second fetchMore while one is under way asks for nothing more.
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), 2 * QueueTableModel::DefaultPageSize);

    model.fetchMore({});
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), OpenCount);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.caseId(model.index(OpenCount - 1, 0)), 2);
    // Every open case once, in order: the pages neither overlap nor skip.
    for (int row = 0; row < OpenCount; ++row)
        EXPECT_EQ(model.caseId(model.index(row, 0)), CaseCount - 2 * row) << row;

    ASSERT_EQ(inserted.size(), 3);
    const QList<std::pair<int, int>> ranges = {{0, 99}, {100, 199}, {200, 224}};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(inserted.at(i).at(1).toInt(), ranges.at(i).first) << i;
        EXPECT_EQ(inserted.at(i).at(2).toInt(), ranges.at(i).second) << i;
    }
}

TEST_F(QueueModel, SortResetsAndReloadsFromTheDatabase)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(QueueTableModel::AccountColumn, Qt::AscendingOrder);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), 0); // only rows it has fetched
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(text(model, 0, QueueTableModel::AccountColumn), QStringLiteral("Account 0002"));
    EXPECT_EQ(text(model, 99, QueueTableModel::AccountColumn), QStringLiteral("Account 0200"));

    model.sort(QueueTableModel::AccountColumn, Qt::DescendingOrder);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(text(model, 0, QueueTableModel::AccountColumn), QStringLiteral("Account 0450"));

    model.sort(QueueTableModel::MrrColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.data(model.index(0, QueueTableModel::MrrColumn), QueueTableModel::RawValueRole).toLongLong(), 200);

    // The same sort again is not a new query.
    reset.clear();
    model.sort(QueueTableModel::MrrColumn, Qt::AscendingOrder);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_FALSE(model.isLoading());
}

TEST_F(QueueModel, FiltersInSql)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    model.sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    QueueFilter filter;
    filter.text = QStringLiteral("account 01"); // the open ones of 0100..0199
    model.setFilter(filter);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 50);
    EXPECT_EQ(model.rowCount(), 50);
    EXPECT_FALSE(model.canFetchMore({}));

    QueueFilter myQueue; // open (even) and Ada's (n % 3 == 0): n % 6 == 0
    myQueue.view = QueueView::MyQueue;
    model.setFilter(myQueue);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 75);
    EXPECT_EQ(model.rowCount(), 75);
    EXPECT_EQ(model.caseId(model.index(0, 0)), 450);

    QueueFilter closed; // the odd ones
    closed.view = QueueView::Closed;
    closed.ownerId = 1; // and Ada's: n % 6 == 3
    model.setFilter(closed);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 75);
    EXPECT_EQ(model.caseId(model.index(0, 0)), 447);
}

TEST_F(QueueModel, DropsAnswersOvertakenByANewerFilter)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    QSignalSpy counted(&model, &QueueTableModel::countChanged);
    QStringList insertedNames;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            insertedNames << text(model, row, QueueTableModel::AccountColumn);
    });

    // Both asked before any answer can arrive: the worker answers the first
    // filter too, and the model must ignore those answers.
    QueueFilter first;
    first.text = QStringLiteral("0002");
    model.setFilter(first);
    QueueFilter second;
    second.text = QStringLiteral("account 01");
    model.setFilter(second);
    ASSERT_TRUE(settle(model));

    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), 50);
    EXPECT_EQ(model.rowCount(), 50);
    EXPECT_EQ(insertedNames.size(), 50);
    for (const QString &name : std::as_const(insertedNames))
        EXPECT_TRUE(name.startsWith(QStringLiteral("Account 01"))) << name.toStdString();
}

TEST_F(QueueModel, ShowsMoneyDatesAndWords)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    model.setSession(session.get());
    const bool settled = settle(model);
    QLocale::setDefault(before);
    ASSERT_TRUE(settled);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QModelIndex mrr = model.index(0, QueueTableModel::MrrColumn); // case 450: 45000 cents
    const QString money = mrr.data().toString();
    const QString opened = model.index(0, QueueTableModel::OpenedColumn).data().toString();
    QLocale::setDefault(before);
    EXPECT_EQ(money, QStringLiteral("450,00\u00a0€")) << money.toStdString();
    EXPECT_EQ(opened, QStringLiteral("26.03.25")) << opened.toStdString(); // 2024-01-01 + 450 days

    EXPECT_EQ(mrr.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(mrr.data(QueueTableModel::RawValueRole).toLongLong(), 45000);
    EXPECT_EQ(model.index(0, 0).data(QueueTableModel::CaseIdRole).toLongLong(), 450);
    EXPECT_EQ(model.index(0, QueueTableModel::DaysOpenColumn).data(QueueTableModel::RawValueRole).toInt(),
              QDate(2024, 1, 1).addDays(450).daysTo(QDate::currentDate()));
    EXPECT_EQ(QueueTableModel::outcomeText(QStringLiteral("churned")), QStringLiteral("Churned"));
    EXPECT_EQ(model.index(0, QueueTableModel::OutcomeColumn).data().toString(), QString());
    EXPECT_EQ(model.index(0, QueueTableModel::SegmentColumn).data().toString(), QStringLiteral("Small business"));
    EXPECT_EQ(model.index(0, QueueTableModel::OwnerColumn).data().toString(), QStringLiteral("Ada Park"));
    EXPECT_EQ(model.index(0, QueueTableModel::EffectiveColumn).data().toString(), QString());
    EXPECT_EQ(model.headerData(QueueTableModel::MrrColumn, Qt::Horizontal).toString(), QStringLiteral("MRR"));
}

TEST_F(QueueModel, ReportsEveryFailure)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &QueueTableModel::errorOccurred);
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_elsewhere")).has_value());
    // The unfiltered counts have a table of their own (migration 8).
    ASSERT_TRUE((*db)->exec(QStringLiteral("DROP TABLE queue_status_counts")).has_value());
    model.setSession(session.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs));
    ASSERT_EQ(errors.size(), 2) << "the count and the page";
    EXPECT_FALSE(errors.at(0).at(0).value<Error>().message.isEmpty());
    EXPECT_TRUE(model.hasFailed());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    model.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs));
    EXPECT_EQ(errors.size(), 4) << "a second failure is told too";
}

TEST_F(QueueModel, EmptySpecEmptiesTheModel)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));
    model.setSession(nullptr);
    EXPECT_FALSE(model.hasDatabase());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isLoading());
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(QueueModel, CanBeDeletedWhileAQueryRuns)
{
    auto *model = new QueueTableModel;
    model->setSession(session.get());
    EXPECT_TRUE(model->isLoading());
    delete model;
    // Answers already queued for the deleted model must go nowhere.
    QCoreApplication::processEvents();
    SUCCEED();
}

TEST_F(QueueModel, RefreshKeepsWhatWasShownAndReplacesItInOneGo)
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));
    model.fetchMore({});
    ASSERT_TRUE(settle(model));
    ASSERT_EQ(model.rowCount(), 2 * QueueTableModel::DefaultPageSize);

    // Someone renames an account meanwhile; the refresh shows it, and as
    // many rows as before, without emptying the list first.
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("UPDATE accounts SET name = ? WHERE name = ?"),
                            {QStringLiteral("Account 0448 (renamed)"), QStringLiteral("Account 0448")}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    EXPECT_EQ(model.rowCount(), 2 * QueueTableModel::DefaultPageSize) << "the old rows stay until the new ones come";
    ASSERT_TRUE(QTest::qWaitFor([&] { return reset.size() == 1 && !model.isLoading(); }, WaitMs));
    EXPECT_EQ(model.rowCount(), 2 * QueueTableModel::DefaultPageSize);
    EXPECT_EQ(text(model, 1, QueueTableModel::AccountColumn), QStringLiteral("Account 0448 (renamed)"));
    EXPECT_TRUE(model.canFetchMore({}));
}
