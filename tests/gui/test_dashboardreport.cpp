// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardReport::writePdf in process: progress that can cancel, nothing
// left behind on failure, the page count it tells, and its errors.
#include "dashboards/dashboardreport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;

namespace {

DashboardData someFigures()
{
    DashboardData data;
    data.filter.from = QDate(2026, 1, 1);
    data.filter.to = QDate(2026, 3, 31);
    data.today = QDate(2026, 4, 15);
    data.bucket = TimeBucket::Month;
    data.outcomes.byOutcome = {3, 1, 1, 1};
    ReasonSlice price;
    price.reasonId = 1;
    price.reasonName = QStringLiteral("Too expensive");
    price.categoryId = 1;
    price.categoryName = QStringLiteral("Price");
    price.cases = 3;
    price.mrrLost = {{QStringLiteral("EUR"), 30000}};
    data.reasons = {price};
    for (const QDate &month : {QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)}) {
        TrendBucket bucket;
        bucket.start = month;
        bucket.opened = 2;
        bucket.closed.byOutcome = {1, 0, 1, 0};
        bucket.mrrLost = {{QStringLiteral("EUR"), 10000}};
        data.trend.append(bucket);
    }
    return data;
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (!info.waitForFinished(60000))
        return -1;
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                             QRegularExpression::MultilineOption)
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

TEST(DashboardReport, TellsItsProgressAndPages)
{
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        << "pdfinfo is missing: install poppler-utils";
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    QList<std::pair<int, int>> steps;
    int pages = 0;
    const Status written = DashboardReport::writePdf(
        someFigures(), {QStringLiteral("test.sqlite"), {}}, pdf, QLocale(QLocale::English, QLocale::UnitedStates),
        [&steps](int done, int total) {
            steps.append({done, total});
            return true;
        },
        &pages);
    ASSERT_TRUE(written.has_value()) << written.error().text().toStdString();
    ASSERT_GE(steps.size(), 2);
    const int total = steps.first().second;
    for (int i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].first, i + 1);
        EXPECT_EQ(steps[i].second, total);
    }
    EXPECT_EQ(steps.last().first, total);
    EXPECT_GE(pages, 3);
    EXPECT_EQ(pdfPages(pdf), pages);
}

TEST(DashboardReport, ACancelLeavesNoFile)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    // An older report stays as it was.
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    QFile older(pdf);
    ASSERT_TRUE(older.open(QIODevice::WriteOnly));
    older.write("older");
    older.close();
    for (const int stopAt : {1, 2, 1000}) {
        int calls = 0;
        const Status written = DashboardReport::writePdf(
            someFigures(), {}, pdf, QLocale(), [&calls, stopAt](int done, int total) {
                ++calls;
                return done < qMin(stopAt, total);
            });
        ASSERT_FALSE(written.has_value()) << "stopped at " << stopAt;
        EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
        EXPECT_GE(calls, 1);
        EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.pdf")});
        ASSERT_TRUE(older.open(QIODevice::ReadOnly));
        EXPECT_EQ(older.readAll(), QByteArray("older"));
        older.close();
    }
}

TEST(DashboardReport, SaysWhereItCouldNotWrite)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString pdf = folder.filePath(QStringLiteral("gone/report.pdf"));
    const Status written = DashboardReport::writePdf(someFigures(), {}, pdf);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::FileMissing);
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(pdf))) << written.error().message.toStdString();
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

} // namespace
