// SPDX-License-Identifier: GPL-3.0-or-later
// CasesPage driven through its widgets: empty states, filters, fixed
// filters, Enter opens a case, errors in a message line.
#include "cases/casespage.h"
#include "cases/casetablemodel.h"
#include "casefixture.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace fairwell;
using namespace fairwell::test;

namespace {

constexpr int WaitMs = 20000; // a safety net for a stuck worker, not a timing assertion

class CasesPageTest : public ::testing::Test
{
protected:
    void fill(int count)
    {
        ASSERT_TRUE(scratch.error().isEmpty()) << scratch.error().toStdString();
        auto db = scratch.open();
        ASSERT_TRUE(db.has_value()) << db.error().text().toStdString();
        if (count > 0) {
            auto inserted = insertNumberedCases(**db, count);
            ASSERT_TRUE(inserted.has_value()) << inserted.error().text().toStdString();
        } else {
            ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO users (id, login, display_name, role) "
                                                   "VALUES (1, 'ada', 'Ada Park', 'rep')")).has_value());
        }
        // Ada (user 1) is working.
        OpenRequest request{scratch.spec()};
        request.localProfileId = 1;
        Error error;
        session = openSession(request, &error);
        ASSERT_TRUE(error.message.isEmpty()) << error.text().toStdString();
    }

    static bool settle(CasesPage &page)
    {
        return QTest::qWaitFor([&] { return page.model()->hasLoaded() && !page.model()->isLoading(); }, WaitMs);
    }

    static QComboBox *combo(CasesPage &page, int which)
    {
        const QList<QComboBox *> combos = page.findChildren<QComboBox *>();
        return which < combos.size() ? combos.at(which) : nullptr;
    }

    ScratchDatabase scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Session> session;
};

} // namespace

TEST_F(CasesPageTest, EmptyDatabaseSaysSo)
{
    fill(0);
    CasesPage page;
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("This database has no cases yet."));
    EXPECT_FALSE(page.view()->isVisible());
    EXPECT_EQ(page.totalCount(), 0);
}

TEST_F(CasesPageTest, SearchWithoutMatchesSaysSo)
{
    fill(30);
    CasesPage page;
    page.show();
    QSignalSpy counted(&page, &CasesPage::countChanged);
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_TRUE(page.emptyStateText().isEmpty());
    EXPECT_TRUE(page.view()->isVisible());
    EXPECT_EQ(page.totalCount(), 30);
    ASSERT_FALSE(counted.isEmpty());
    EXPECT_EQ(counted.last().at(0).toLongLong(), 30);

    auto *search = page.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(search->placeholderText(), QStringLiteral("Search accounts…"));
    EXPECT_TRUE(search->isClearButtonEnabled());
    QTest::keyClicks(search, QStringLiteral("no such account"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No cases match these filters."));
    EXPECT_FALSE(page.view()->isVisible());
    EXPECT_EQ(counted.last().at(0).toLongLong(), 0);

    // Typing pauses before asking again, without Enter.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("account 002"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->filter().text == QStringLiteral("account 002"); }, WaitMs));
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 10); // 0020..0029
}

TEST_F(CasesPageTest, OwnerAndStatusCombosFilter)
{
    fill(30);
    CasesPage page;
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    QComboBox *owner = combo(page, 0);
    QComboBox *status = combo(page, 1);
    ASSERT_NE(owner, nullptr);
    ASSERT_NE(status, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return owner->count() == 3; }, WaitMs));
    EXPECT_EQ(owner->itemText(0), QStringLiteral("Any owner"));
    EXPECT_EQ(owner->itemText(1), QStringLiteral("Ada Park"));

    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down); // Ada Park: n % 3 == 0
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 10);

    QTest::keyClick(status, Qt::Key_Down); // Open: even n
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5);
}

TEST_F(CasesPageTest, FixedFilterHidesItsControls)
{
    fill(30);
    CasesPage page;
    page.show();
    CaseListFilter myQueue;
    myQueue.status = CaseListFilter::Status::Open;
    myQueue.ownerId = 1;
    page.setFixedFilter(myQueue, false);
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5);
    EXPECT_FALSE(combo(page, 0)->isVisible());
    EXPECT_FALSE(combo(page, 1)->isVisible());
    EXPECT_EQ(page.effectiveFilter(), myQueue);
    // Nothing matches in My queue: the filters say so, not "no cases".
    auto *search = page.findChild<QLineEdit *>();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No cases match these filters."));
}

TEST_F(CasesPageTest, EnterAndDoubleClickOpenTheCase)
{
    fill(30);
    CasesPage page;
    page.resize(900, 500);
    page.show();
    QSignalSpy activated(&page, &CasesPage::caseActivated);
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), 29); // newest first: 30, 29, …

    const QRect cell = view->visualRect(page.model()->index(2, 0));
    // A double click is a press, a release and a second press: the view
    // only opens what the first press landed on.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toLongLong(), 28);
}

TEST_F(CasesPageTest, SortsWhenAHeaderIsClicked)
{
    fill(30);
    CasesPage page;
    page.resize(900, 500);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    page.view()->sortByColumn(CaseTableModel::AccountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.model()->index(0, CaseTableModel::AccountColumn).data().toString(), QStringLiteral("Account 0001"));
}

TEST_F(CasesPageTest, EveryFailureGoesToAMessageLineNotADialog)
{
    fill(10);
    CasesPage page;
    page.show();
    QSignalSpy errors(&page, &CasesPage::errorOccurred);
    // The list's table is gone under the open session: every query fails.
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_elsewhere")).has_value());
    page.setSession(session.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() >= 2; }, WaitMs)) << "the count and the page both fail";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    const Error error = errors.last().at(0).value<Error>();
    bool shown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == error.text());
    EXPECT_TRUE(shown);
    // A list that failed never claims to be empty.
    EXPECT_FALSE(page.emptyStateText().contains(QStringLiteral("no cases"))) << page.emptyStateText().toStdString();
    EXPECT_TRUE(page.emptyStateText().contains(QStringLiteral("could not be loaded")));

    // And again on the next try: not only the first failure is told.
    errors.clear();
    page.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() >= 2; }, WaitMs));
}

TEST_F(CasesPageTest, EveryControlHasANameOrLabel)
{
    CasesPage page;
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
                             || qobject_cast<const QTableView *>(widget);
        if (control && !qobject_cast<const QLineEdit *>(widget->parentWidget())) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        }
    }
}
