// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboards' chart widget, driven as the dashboards drive it: data of
// every kind set and read back from the chart library's own objects, clicks,
// PNG and SVG files, and the empty state.
#include "charts/chartpalette.h"
#include "charts/chartview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

using namespace fairwell;

namespace {

const double gap = std::nan("");

ChartData sample(ChartKind kind, ChartValueFormat format = ChartValueFormat::Count)
{
    ChartData data;
    data.id = QStringLiteral("exit-reasons");
    data.title = QStringLiteral("Why customers left");
    data.definition = QStringLiteral("Churned cases closed in the range, by primary reason.");
    data.kind = kind;
    data.format = format;
    data.currency = QStringLiteral("EUR");
    data.categoryTitle = QStringLiteral("Reason");
    data.categories = {QStringLiteral("Price"), QStringLiteral("Missing feature"),
                       QStringLiteral("Moved to a competitor with a very long name indeed"), QStringLiteral("Other")};
    data.series = {ChartSeries{QStringLiteral("Cases"), {12, 7, 3, 1}},
                   ChartSeries{QStringLiteral("Last year"), {9, gap, 4, 0}}};
    if (format == ChartValueFormat::Money)
        data.series = {ChartSeries{QStringLiteral("MRR lost"), {123456, 9950, 1, 0}},
                       ChartSeries{QStringLiteral("Last year"), {gap, 50000, 77, 12}}};
    if (format == ChartValueFormat::Percent)
        data.series = {ChartSeries{QStringLiteral("Save rate"), {0.25, 2.0 / 3.0, 0.1, 1}},
                       ChartSeries{QStringLiteral("Last year"), {0.5, gap, 0.3, 0}}};
    return data;
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-9 * qMax(1.0, std::fabs(a));
}

void expectShown(const ChartView &view, const ChartData &data)
{
    const QList<ChartSeries> shown = view.shownSeries();
    const qsizetype expected = data.kind == ChartKind::Pie ? 1 : data.series.size();
    ASSERT_EQ(shown.size(), expected);
    for (qsizetype s = 0; s < expected; ++s) {
        EXPECT_EQ(shown[s].name, data.series[s].name);
        if (data.kind != ChartKind::Lines) {
            EXPECT_EQ(shown[s].asLine, data.series[s].asLine) << "series " << s;
        }
        ASSERT_EQ(shown[s].values.size(), data.categories.size());
        for (qsizetype c = 0; c < data.categories.size(); ++c)
            EXPECT_TRUE(sameValue(shown[s].values[c], data.series[s].values[c]))
                << "series " << s << " category " << c << ": shown " << shown[s].values[c] << ", given "
                << data.series[s].values[c];
    }
}

int pixelsOf(const QImage &image, const QColor &color)
{
    const QImage plain = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < plain.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(plain.constScanLine(y));
        for (int x = 0; x < plain.width(); ++x)
            count += qRgb(qRed(line[x]), qGreen(line[x]), qBlue(line[x])) == color.rgb() ? 1 : 0;
    }
    return count;
}

QLabel *visibleLabelWith(const ChartView &view, const QString &text)
{
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text && label->isVisibleTo(&view))
            return label;
    }
    return nullptr;
}

class ChartViewTest : public ::testing::TestWithParam<ChartKind>
{
};

TEST_P(ChartViewTest, ShowsTheSeriesItIsGiven)
{
    for (const ChartValueFormat format :
         {ChartValueFormat::Count, ChartValueFormat::Money, ChartValueFormat::Percent, ChartValueFormat::Days}) {
        ChartView view;
        const ChartData data = sample(GetParam(), format);
        view.setData(data, QLocale(QLocale::German, QLocale::Germany));
        SCOPED_TRACE(int(format));
        expectShown(view, data);
        EXPECT_EQ(view.data().title, data.title);
    }
}

TEST_P(ChartViewTest, AClickOnAnElementNamesItsSeriesAndCategory)
{
    ChartView view;
    view.setData(sample(GetParam()));
    QSignalSpy clicked(&view, &ChartView::elementClicked);
    const int series = GetParam() == ChartKind::Pie ? 0 : 1;
    view.clickElement(series, 2);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toInt(), series);
    EXPECT_EQ(clicked[0][1].toInt(), 2);
}

std::string kindName(const ::testing::TestParamInfo<ChartKind> &info)
{
    switch (info.param) {
    case ChartKind::Bars:
        return "Bars";
    case ChartKind::StackedBars:
        return "StackedBars";
    case ChartKind::HorizontalBars:
        return "HorizontalBars";
    case ChartKind::Lines:
        return "Lines";
    case ChartKind::Pie:
        return "Pie";
    }
    return "Unknown";
}

INSTANTIATE_TEST_SUITE_P(EveryKind, ChartViewTest,
                         ::testing::Values(ChartKind::Bars, ChartKind::StackedBars, ChartKind::HorizontalBars,
                                           ChartKind::Lines, ChartKind::Pie),
                         kindName);

TEST(ChartView, DrawsALineOverTheBars)
{
    for (const ChartKind kind : {ChartKind::Bars, ChartKind::StackedBars, ChartKind::HorizontalBars}) {
        ChartData data = sample(kind, ChartValueFormat::Money);
        data.series[1].asLine = true;
        ChartView view;
        view.setData(data);
        SCOPED_TRACE(int(kind));
        expectShown(view, data);
        QSignalSpy clicked(&view, &ChartView::elementClicked);
        view.clickElement(1, 3);
        ASSERT_EQ(clicked.size(), 1);
        EXPECT_EQ(clicked[0][0].toInt(), 1);
        EXPECT_EQ(clicked[0][1].toInt(), 3);
    }
}

TEST(ChartView, AMouseClickOnABarNamesIt)
{
    // One category, one bar from the floor to the top of the axis: the
    // middle of the chart is on the bar.
    ChartData data;
    data.kind = ChartKind::Bars;
    data.categories = {QStringLiteral("Price")};
    data.series = {ChartSeries{QStringLiteral("Cases"), {10}}};
    ChartView view;
    view.setData(data);
    view.resize(600, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *graphics = view.findChild<QGraphicsView *>();
    ASSERT_NE(graphics, nullptr);
    QSignalSpy clicked(&view, &ChartView::elementClicked);
    const QPoint middle = graphics->viewport()->rect().center();
    QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, middle);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toInt(), 0);
    EXPECT_EQ(clicked[0][1].toInt(), 0);
}

TEST(ChartView, SaysSoWhenThereIsNothingToShow)
{
    ChartView view;
    ChartData data = sample(ChartKind::Bars);
    view.setData(data);
    EXPECT_EQ(visibleLabelWith(view, QStringLiteral("No cases in this range")), nullptr);

    for (ChartSeries &series : data.series)
        series.values = {0, gap, 0, 0};
    view.setData(data);
    EXPECT_NE(visibleLabelWith(view, QStringLiteral("No cases in this range")), nullptr);
    // The title and definition stay, so it is clear what has no cases.
    EXPECT_NE(visibleLabelWith(view, data.title), nullptr);
    EXPECT_NE(visibleLabelWith(view, data.definition), nullptr);
    // Exports show the words too, not empty axes.
    const QImage image = view.toImage(QSize(400, 200), 1.0);
    EXPECT_EQ(pixelsOf(image, ChartPalette::color(0, view.palette())), 0);
}

TEST(ChartView, ShowsANoteOnlyWhenThereIsOne)
{
    ChartView view;
    ChartData data = sample(ChartKind::Bars, ChartValueFormat::Money);
    view.setData(data);
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    for (QLabel *label : labels)
        EXPECT_FALSE(label->isVisibleTo(&view) && label->text().contains(QStringLiteral("mixes")));
    data.note = QStringLiteral("This range mixes EUR and USD; each is shown apart.");
    view.setData(data);
    bool shown = false;
    for (QLabel *label : labels)
        shown = shown || (label->isVisibleTo(&view) && label->text().contains(data.note));
    EXPECT_TRUE(shown);
}

TEST(ChartView, RendersTheBarsInThePalettesColours)
{
    ChartView view;
    view.setData(sample(ChartKind::Bars));
    const QImage image = view.toImage(QSize(600, 300), 2.0);
    EXPECT_EQ(image.size(), QSize(1200, 600));
    // The two series' bars, in the first two colours, are there.
    EXPECT_GT(pixelsOf(image, ChartPalette::color(0, view.palette())), 1000);
    EXPECT_GT(pixelsOf(image, ChartPalette::color(1, view.palette())), 1000);
}

TEST(ChartView, SavesPngAndSvg)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ChartView view;
    const ChartData data = sample(ChartKind::Bars);
    view.setData(data);

    const QString png = folder.filePath(QStringLiteral("chart.png"));
    auto saved = view.savePng(png);
    ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 600);
    EXPECT_GT(pixelsOf(image, ChartPalette::color(0, view.palette())), 1000);

    const QString svg = folder.filePath(QStringLiteral("chart.svg"));
    saved = view.saveSvg(svg);
    ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(title, data.title);
    // The axis labels are text, not outlines.
    EXPECT_TRUE(texts.contains(QStringLiteral("Price"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 2);
}

TEST(ChartView, SaysWhyAFileCouldNotBeWritten)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ChartView view;
    view.setData(sample(ChartKind::Bars));

    const QString missing = folder.filePath(QStringLiteral("no such folder/chart.png"));
    auto saved = view.savePng(missing);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::FileMissing);
    EXPECT_TRUE(saved.error().message.contains(QDir::toNativeSeparators(missing)))
        << saved.error().message.toStdString();

    // A file where a folder should be.
    QFile plain(folder.filePath(QStringLiteral("plain")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString underFile = folder.filePath(QStringLiteral("plain/chart.svg"));
    saved = view.saveSvg(underFile);
    ASSERT_FALSE(saved.has_value());
    EXPECT_TRUE(saved.error().message.contains(QDir::toNativeSeparators(underFile)))
        << saved.error().message.toStdString();
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("plain")});
}

// WCAG 2's contrast ratio, worked out here from its definition.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

TEST(ChartPalette, KeepsItsColoursApartAndReadableOnDarkThemes)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    for (const bool isDark : {false, true}) {
        const QPalette &palette = isDark ? dark : light;
        QList<QRgb> seen;
        for (int i = 0; i < ChartPalette::size(); ++i) {
            const QColor color = ChartPalette::color(i, palette);
            EXPECT_FALSE(seen.contains(color.rgb())) << "colour " << i << " twice";
            seen.append(color.rgb());
            EXPECT_GE(contrast(color, palette.color(QPalette::Window)), isDark ? 4.5 : 2.0)
                << "colour " << i << (isDark ? " on dark" : " on light");
        }
    }
    // The published blue as it is on white, lighter on a dark window; no
    // black on a dark window.
    EXPECT_EQ(ChartPalette::color(0, light), QColor(0x00, 0x72, 0xb2));
    EXPECT_GT(ChartPalette::color(0, dark).lightnessF(), QColor(0x00, 0x72, 0xb2).lightnessF());
    EXPECT_EQ(ChartPalette::color(7, light), QColor(Qt::black));
    EXPECT_GT(ChartPalette::color(7, dark).lightnessF(), 0.5);
    // A ninth colour is not the first one again.
    EXPECT_NE(ChartPalette::color(ChartPalette::size(), light), ChartPalette::color(0, light));
}

} // namespace
