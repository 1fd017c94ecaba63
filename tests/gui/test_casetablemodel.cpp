// SPDX-License-Identifier: GPL-3.0-or-later
// CaseTableModel over a SQLite file of 450 numbered cases (casefixture.h):
// pages on demand, sorts and filters in SQL, drops stale answers.
#include "cases/casetablemodel.h"
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
constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

class CaseModel : public ::testing::Test
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
    static bool settle(CaseTableModel &model)
    {
        return QTest::qWaitFor([&] { return model.hasLoaded() && !model.isLoading(); }, WaitMs);
    }

    static QString text(CaseTableModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

    ScratchDatabase scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Session> session;
};

} // namespace

TEST_F(CaseModel, FetchesPageByPageOnDemand)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &CaseTableModel::countChanged);

    model.setSession(session.get());
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), CaseTableModel::DefaultPageSize);
    EXPECT_EQ(model.totalCount(), CaseCount);
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), CaseCount);
    EXPECT_TRUE(model.canFetchMore({}));
    // Newest first by default.
    EXPECT_EQ(model.caseId(model.index(0, 0)), CaseCount);

    // A second fetchMore while one is under way asks for nothing more.
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), 2 * CaseTableModel::DefaultPageSize);

    model.fetchMore({});
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), CaseCount);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.caseId(model.index(CaseCount - 1, 0)), 1);

    ASSERT_EQ(inserted.size(), 3);
    const QList<std::pair<int, int>> ranges = {{0, 199}, {200, 399}, {400, 449}};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(inserted.at(i).at(1).toInt(), ranges.at(i).first) << i;
        EXPECT_EQ(inserted.at(i).at(2).toInt(), ranges.at(i).second) << i;
    }
}

TEST_F(CaseModel, SortResetsAndReloadsFromTheDatabase)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CaseTableModel::AccountColumn, Qt::AscendingOrder);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), 0); // only rows it has fetched
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(text(model, 0, CaseTableModel::AccountColumn), QStringLiteral("Account 0001"));
    EXPECT_EQ(text(model, 199, CaseTableModel::AccountColumn), QStringLiteral("Account 0200"));

    model.sort(CaseTableModel::AccountColumn, Qt::DescendingOrder);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(text(model, 0, CaseTableModel::AccountColumn), QStringLiteral("Account 0450"));

    model.sort(CaseTableModel::MrrColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.data(model.index(0, CaseTableModel::MrrColumn), CaseTableModel::RawValueRole).toLongLong(), 100);

    // The same sort again is not a new query.
    reset.clear();
    model.sort(CaseTableModel::MrrColumn, Qt::AscendingOrder);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_FALSE(model.isLoading());
}

TEST_F(CaseModel, FiltersInSql)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    CaseListFilter filter;
    filter.text = QStringLiteral("account 01"); // 0100..0199
    model.setFilter(filter);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 100);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_FALSE(model.canFetchMore({}));

    CaseListFilter myQueue; // open (even) and Ada's (n % 3 == 0): n % 6 == 0
    myQueue.status = CaseListFilter::Status::Open;
    myQueue.ownerId = 1;
    model.setFilter(myQueue);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 75);
    EXPECT_EQ(model.rowCount(), 75);
    EXPECT_EQ(model.caseId(model.index(0, 0)), 450);

    CaseListFilter winback; // closed with n % 10 == 1: 1, 11, …, 441
    winback.status = CaseListFilter::Status::Closed;
    winback.winbackPlannedOnly = true;
    model.setFilter(winback);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.totalCount(), 45);
    EXPECT_EQ(model.caseId(model.index(0, 0)), 441);
}

TEST_F(CaseModel, DropsAnswersOvertakenByANewerFilter)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));

    QSignalSpy counted(&model, &CaseTableModel::countChanged);
    QStringList insertedNames;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            insertedNames << text(model, row, CaseTableModel::AccountColumn);
    });

    // Both asked before any answer can arrive: the worker answers the first
    // filter too, and the model must ignore those answers.
    CaseListFilter first;
    first.text = QStringLiteral("0001");
    model.setFilter(first);
    CaseListFilter second;
    second.text = QStringLiteral("account 01");
    model.setFilter(second);
    ASSERT_TRUE(settle(model));

    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), 100);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(insertedNames.size(), 100);
    for (const QString &name : std::as_const(insertedNames))
        EXPECT_TRUE(name.startsWith(QStringLiteral("Account 01"))) << name.toStdString();
}

TEST_F(CaseModel, ShowsMoneyDatesAndWords)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    const bool settled = settle(model);
    QLocale::setDefault(before);
    ASSERT_TRUE(settled);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QModelIndex mrr = model.index(0, CaseTableModel::MrrColumn); // case 450: 45000 cents
    const QString money = mrr.data().toString();
    const QString opened = model.index(0, CaseTableModel::OpenedColumn).data().toString();
    QLocale::setDefault(before);
    EXPECT_EQ(money, QStringLiteral("450,00\u00a0€")) << money.toStdString();
    EXPECT_EQ(opened, QStringLiteral("26.03.25")) << opened.toStdString(); // 2024-01-01 + 450 days

    EXPECT_EQ(mrr.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(mrr.data(CaseTableModel::RawValueRole).toLongLong(), 45000);
    EXPECT_EQ(model.index(0, 0).data(CaseTableModel::CaseIdRole).toLongLong(), 450);
    EXPECT_EQ(model.index(0, CaseTableModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    EXPECT_EQ(model.index(1, CaseTableModel::StatusColumn).data().toString(), QStringLiteral("Closed"));
    EXPECT_EQ(model.index(1, CaseTableModel::OutcomeColumn).data().toString(), QStringLiteral("Churned"));
    EXPECT_EQ(model.index(0, CaseTableModel::OutcomeColumn).data().toString(), QString());
    EXPECT_EQ(model.index(0, CaseTableModel::SegmentColumn).data().toString(), QStringLiteral("Small business"));
    EXPECT_EQ(model.index(0, CaseTableModel::OwnerColumn).data().toString(), QStringLiteral("Ada Park"));
    EXPECT_EQ(model.index(0, CaseTableModel::EffectiveColumn).data().toString(), QString());
    EXPECT_EQ(model.headerData(CaseTableModel::MrrColumn, Qt::Horizontal).toString(), QStringLiteral("MRR"));
}

TEST_F(CaseModel, ReportsEveryFailure)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &CaseTableModel::errorOccurred);
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_elsewhere")).has_value());
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

TEST_F(CaseModel, EmptySpecEmptiesTheModel)
{
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    ASSERT_TRUE(settle(model));
    model.setSession(nullptr);
    EXPECT_FALSE(model.hasDatabase());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isLoading());
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CaseModel, CanBeDeletedWhileAQueryRuns)
{
    auto *model = new CaseTableModel;
    model->setSession(session.get());
    EXPECT_TRUE(model->isLoading());
    delete model;
    // Answers already queued for the deleted model must go nowhere.
    QCoreApplication::processEvents();
    SUCCEED();
}
