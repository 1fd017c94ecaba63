// SPDX-License-Identifier: GPL-3.0-or-later
// QueueViewPage driven through its widgets: empty states, filters, views,
// Enter opens a case and the list keeps its place, errors in a message line.
#include "queue/queueviewpage.h"
#include "queue/queuetablemodel.h"
#include "casefixture.h"
#include "storage/database.h"
#include "testdatabases.h"
#include "testsession.h"
#include "common/messageline.h"

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

class QueueViewPageTest : public ::testing::Test
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

    static bool settle(QueueViewPage &page)
    {
        return QTest::qWaitFor([&] { return page.model()->hasLoaded() && !page.model()->isLoading(); }, WaitMs);
    }

    static QComboBox *combo(QueueViewPage &page, const char *name)
    {
        return page.findChild<QComboBox *>(QLatin1String(name));
    }

    ScratchDatabase scratch{ScratchDatabase::Backend::Sqlite};
    std::unique_ptr<Session> session;
};

} // namespace

TEST_F(QueueViewPageTest, EmptyDatabaseSaysSo)
{
    fill(0);
    QueueViewPage page(QueueView::AllOpen);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No account is leaving right now."));
    EXPECT_FALSE(page.table()->isVisible());
    EXPECT_EQ(page.totalCount(), 0);
}

TEST_F(QueueViewPageTest, SearchWithoutMatchesSaysSo)
{
    fill(30);
    QueueViewPage page(QueueView::AllOpen);
    page.show();
    QSignalSpy counted(&page, &QueueViewPage::countChanged);
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_TRUE(page.emptyStateText().isEmpty());
    EXPECT_TRUE(page.table()->isVisible());
    EXPECT_EQ(page.totalCount(), 15);
    ASSERT_FALSE(counted.isEmpty());
    EXPECT_EQ(counted.last().at(0).toLongLong(), 15);

    QLineEdit *search = page.searchField();
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(search->placeholderText(), QStringLiteral("Account, contact or external ID…"));
    EXPECT_TRUE(search->isClearButtonEnabled());
    QTest::keyClicks(search, QStringLiteral("no such account"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No cases match these filters."));
    EXPECT_FALSE(page.table()->isVisible());
    EXPECT_EQ(counted.last().at(0).toLongLong(), 0);

    // Typing pauses before asking again, without Enter.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("account 002"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->filter().text == QStringLiteral("account 002"); }, WaitMs));
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5); // the open ones of 0020..0029
}

TEST_F(QueueViewPageTest, OwnerAndSegmentCombosFilter)
{
    fill(30);
    QueueViewPage page(QueueView::AllOpen);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    QComboBox *owner = combo(page, "ownerFilter");
    QComboBox *segment = combo(page, "segmentFilter");
    ASSERT_NE(owner, nullptr);
    ASSERT_NE(segment, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return owner->count() == 3 && segment->count() > 1; }, WaitMs));
    EXPECT_EQ(owner->itemText(0), QStringLiteral("Anyone"));
    EXPECT_EQ(owner->itemText(1), QStringLiteral("Ada Park"));
    EXPECT_EQ(segment->itemText(0), QStringLiteral("Any segment"));
    EXPECT_EQ(segment->itemText(1), QStringLiteral("Small business"));

    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down); // Ada Park: n % 3 == 0, and open: n % 6 == 0
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5);

    segment->setFocus();
    QTest::keyClick(segment, Qt::Key_Down); // Small business: every numbered case
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5);
    EXPECT_EQ(page.effectiveFilter().segment, QStringLiteral("smb"));
}

TEST_F(QueueViewPageTest, MyQueueHasNoOwnerFilter)
{
    fill(30);
    QueueViewPage page(QueueView::MyQueue);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.totalCount(), 5); // Ada's open ones
    EXPECT_FALSE(combo(page, "ownerFilter")->isVisible());
    EXPECT_EQ(page.effectiveFilter().view, QueueView::MyQueue);
    // Nothing matches in My queue: the filters say so, not "no cases".
    QTest::keyClicks(page.searchField(), QStringLiteral("zzz"));
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.emptyStateText(), QStringLiteral("No cases match these filters."));
}

TEST_F(QueueViewPageTest, ARefreshKeepsTheSelection)
{
    fill(30);
    QueueViewPage page(QueueView::AllOpen);
    page.resize(900, 500);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(3, 0));
    const qint64 selected = page.model()->caseId(page.table()->currentIndex());
    ASSERT_NE(selected, 0);
    page.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.model()->isLoading(); }, WaitMs));
    EXPECT_EQ(page.model()->caseId(page.table()->currentIndex()), selected);
    EXPECT_EQ(page.selectedCaseIds(), QList<qint64>{selected});
}

TEST_F(QueueViewPageTest, EnterAndDoubleClickOpenTheCase)
{
    fill(30);
    QueueViewPage page(QueueView::AllOpen);
    page.resize(900, 500);
    page.show();
    QSignalSpy activated(&page, &QueueViewPage::caseActivated);
    page.model()->sort(QueueTableModel::OpenedColumn, Qt::DescendingOrder);
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    QTableView *view = page.table();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), 28); // newest first: 30, 28, …

    const QRect cell = view->visualRect(page.model()->index(2, 0));
    // A double click is a press, a release and a second press: the view
    // only opens what the first press landed on.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toLongLong(), 26);
}

TEST_F(QueueViewPageTest, SortsWhenAHeaderIsClicked)
{
    fill(30);
    QueueViewPage page(QueueView::AllOpen);
    page.resize(900, 500);
    page.show();
    page.setSession(session.get());
    ASSERT_TRUE(settle(page));
    page.table()->sortByColumn(QueueTableModel::AccountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settle(page));
    EXPECT_EQ(page.model()->index(0, QueueTableModel::AccountColumn).data().toString(), QStringLiteral("Account 0002"));
}

TEST_F(QueueViewPageTest, EveryFailureGoesToAMessageLineNotADialog)
{
    fill(10);
    QueueViewPage page(QueueView::AllOpen);
    page.show();
    QSignalSpy errors(&page, &QueueViewPage::errorOccurred);
    // The list's table is gone under the open session: every query fails.
    auto db = scratch.open();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_elsewhere")).has_value());
    // The unfiltered counts have a table of their own (migration 8).
    ASSERT_TRUE((*db)->exec(QStringLiteral("DROP TABLE queue_status_counts")).has_value());
    page.setSession(session.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() >= 2; }, WaitMs)) << "the count and the page both fail";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    const Error error = errors.last().at(0).value<Error>();
    bool shown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == error.text());
    EXPECT_TRUE(page.findChild<MessageLine *>()->isVisible());
    EXPECT_TRUE(shown);
    // A list that failed never claims to be empty.
    EXPECT_FALSE(page.emptyStateText().contains(QStringLiteral("no cases"))) << page.emptyStateText().toStdString();
    EXPECT_TRUE(page.emptyStateText().contains(QStringLiteral("could not be loaded")));

    // And again on the next try: not only the first failure is told.
    errors.clear();
    page.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() >= 2; }, WaitMs));
}

TEST_F(QueueViewPageTest, EveryControlHasANameOrLabel)
{
    QueueViewPage page(QueueView::AllOpen);
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
                             || qobject_cast<const QTableView *>(widget);
        if (control && !qobject_cast<const QLineEdit *>(widget->parentWidget())) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        }
    }
}
