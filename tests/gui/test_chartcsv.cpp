// SPDX-License-Identifier: GPL-3.0-or-later
// A chart's data as CSV: read back with an RFC 4180 reader of the test's
// own, the cells must be the data's, quoted and neutralised where needed.
#include "charts/chartcsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace fairwell;

namespace {

// RFC 4180, strictly: CRLF between records, quotes around a cell doubled
// inside it. Fails the test on anything else.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            EXPECT_TRUE(cell.isEmpty()) << "a quote inside an unquoted cell";
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            EXPECT_TRUE(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) << "a bare CR";
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            EXPECT_NE(c, QLatin1Char('\n')) << "a bare LF outside quotes";
            cell += c;
        }
    }
    EXPECT_FALSE(quoted) << "an unclosed quote";
    EXPECT_TRUE(row.isEmpty() && cell.isEmpty()) << "no CRLF after the last record";
    return rows;
}

ChartData reasons()
{
    ChartData data;
    data.categoryTitle = QStringLiteral("Reason");
    data.categories = {QStringLiteral("Price, too high"), QStringLiteral("They said \"no\""),
                       QStringLiteral("Two\nlines"), QStringLiteral("Zu teuer – Äpfel"), QStringLiteral("=1+1"),
                       QStringLiteral("+x"), QStringLiteral("-x"), QStringLiteral("@x"), QStringLiteral("\tx"),
                       QStringLiteral("\rx")};
    data.series = {ChartSeries{QStringLiteral("Cases"), {12, 7, 3, 1, 0, 2, 5, 8, 13, 21}}};
    return data;
}

TEST(ChartCsv, QuotesWhatNeedsQuotingAndKeepsTheText)
{
    const ChartData data = reasons();
    const QList<QStringList> rows = parseCsv(ChartCsv::toCsv(data));
    ASSERT_EQ(rows.size(), data.categories.size() + 1);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("Reason"), QStringLiteral("Cases")}));
    EXPECT_EQ(rows[1][0], QStringLiteral("Price, too high"));
    EXPECT_EQ(rows[2][0], QStringLiteral("They said \"no\""));
    EXPECT_EQ(rows[3][0], QStringLiteral("Two\nlines"));
    EXPECT_EQ(rows[4][0], QStringLiteral("Zu teuer – Äpfel"));
    EXPECT_TRUE(ChartCsv::toCsv(data).contains("\"They said \"\"no\"\"\""));
}

TEST(ChartCsv, NeutralisesFormulas)
{
    const ChartData data = reasons();
    const QList<QStringList> rows = parseCsv(ChartCsv::toCsv(data));
    ASSERT_EQ(rows.size(), data.categories.size() + 1);
    for (qsizetype c = 4; c < data.categories.size(); ++c)
        EXPECT_EQ(rows[c + 1][0], QLatin1Char('\'') + data.categories[c]) << "category " << c;
    EXPECT_EQ(ChartCsv::neutralised(QStringLiteral("Price")), QStringLiteral("Price"));
    EXPECT_EQ(ChartCsv::neutralised(QString()), QString());
    EXPECT_EQ(ChartCsv::neutralised(QStringLiteral("a=1")), QStringLiteral("a=1"));
    // A series named like a formula is text too.
    ChartData named = data;
    named.series[0].name = QStringLiteral("=HYPERLINK(\"x\")");
    EXPECT_EQ(parseCsv(ChartCsv::toCsv(named))[0][1], QStringLiteral("'=HYPERLINK(\"x\")"));
}

TEST(ChartCsv, WritesTheNumbersOfTheData)
{
    ChartData data = reasons();
    data.series.append(ChartSeries{QStringLiteral("Last year"), {}});
    for (int c = 0; c < data.categories.size(); ++c)
        data.series[1].values.append(c % 3 == 0 ? std::nan("") : c * 1000.0 + 0.5);
    const QList<QStringList> rows = parseCsv(ChartCsv::toCsv(data));
    ASSERT_EQ(rows.size(), data.categories.size() + 1);
    for (int c = 0; c < data.categories.size(); ++c) {
        ASSERT_EQ(rows[c + 1].size(), 3);
        EXPECT_EQ(rows[c + 1][1].toDouble(), data.series[0].values[c]);
        if (std::isnan(data.series[1].values[c])) {
            EXPECT_EQ(rows[c + 1][2], QString()) << "no value is an empty cell";
        } else {
            EXPECT_EQ(rows[c + 1][2].toDouble(), data.series[1].values[c]) << rows[c + 1][2].toStdString();
        }
    }
}

TEST(ChartCsv, WritesMoneyInMajorUnitsWithTheCurrencyInTheHeader)
{
    ChartData data;
    data.format = ChartValueFormat::Money;
    data.currency = QStringLiteral("EUR");
    data.categoryTitle = QStringLiteral("Month");
    data.categories = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr")};
    data.series = {ChartSeries{QStringLiteral("MRR lost"), {123456, 5, 0, -250}}};
    QList<QStringList> rows = parseCsv(ChartCsv::toCsv(data));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0][1], QStringLiteral("MRR lost (EUR)"));
    EXPECT_EQ(rows[1][1], QStringLiteral("1234.56"));
    EXPECT_EQ(rows[2][1], QStringLiteral("0.05"));
    EXPECT_EQ(rows[3][1], QStringLiteral("0.00"));
    EXPECT_EQ(rows[4][1], QStringLiteral("-2.50"));

    data.currency = QStringLiteral("JPY");
    rows = parseCsv(ChartCsv::toCsv(data));
    EXPECT_EQ(rows[0][1], QStringLiteral("MRR lost (JPY)"));
    EXPECT_EQ(rows[1][1], QStringLiteral("123456"));
}

TEST(ChartCsv, WritesFractionsAsPercentages)
{
    ChartData data;
    data.format = ChartValueFormat::Percent;
    data.categories = {QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3")};
    data.series = {ChartSeries{QStringLiteral("Save rate"), {0.25, 2.0 / 3.0, 1}}};
    const QList<QStringList> rows = parseCsv(ChartCsv::toCsv(data));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0][1], QStringLiteral("Save rate (%)"));
    EXPECT_EQ(rows[1][1], QStringLiteral("25"));
    EXPECT_NEAR(rows[2][1].toDouble(), 200.0 / 3.0, 1e-9);
    EXPECT_EQ(rows[3][1], QStringLiteral("100"));
}

TEST(ChartCsv, SavesTheFileWholeOrSaysWhy)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const ChartData data = reasons();
    const QString path = folder.filePath(QStringLiteral("reasons.csv"));
    auto saved = ChartCsv::save(data, path);
    ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), ChartCsv::toCsv(data));

    const QString missing = folder.filePath(QStringLiteral("gone/reasons.csv"));
    saved = ChartCsv::save(data, missing);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::FileMissing);
    EXPECT_TRUE(saved.error().message.contains(QDir::toNativeSeparators(missing)))
        << saved.error().message.toStdString();
}

} // namespace
