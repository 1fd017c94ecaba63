// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardreport.h"

#include "charts/chartview.h"
#include "charts/wholefile.h"
#include "dashboards/dashboardcharts.h"
#include "dashboards/dashboardreportpage.h"

#include <QDir>
#include <QIODevice>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace fairwell {

namespace {

// Charts are drawn at this size in logical pixels (twice that in real
// ones, for print) and fitted to the page's width: about the size of a
// chart on screen, so the labels print at a readable size.
constexpr QSize chartImageSize(720, 340);
constexpr qreal chartImageRatio = 2.0;
constexpr int printResolution = 300;
// The document is laid out at screen resolution and scaled to the printer's.
constexpr qreal layoutDpi = 96.0;

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 16),
                       QPageLayout::Millimeter);
}

// Paper is white whatever the desktop's theme.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    return palette;
}

// The dashboards' charts, with every money chart once per currency where
// the range mixes currencies: on screen the manager picks one, on paper
// all are there (and none is added to another).
QList<ChartData> reportCharts(const DashboardData &data, const QLocale &locale)
{
    const QStringList currencies = data.currencies();
    QList<ChartData> charts;
    const QList<DashboardChart> first = DashboardCharts::build(data, {}, locale);
    if (currencies.size() < 2) {
        for (const DashboardChart &chart : first)
            charts.append(chart.data);
        return charts;
    }
    QList<QList<DashboardChart>> perCurrency;
    for (const QString &currency : currencies)
        perCurrency.append(DashboardCharts::build(data, {currency, std::nullopt}, locale));
    for (int i = 0; i < first.size(); ++i) {
        if (first.at(i).data.format != ChartValueFormat::Money) {
            charts.append(first.at(i).data);
            continue;
        }
        for (int c = 0; c < currencies.size(); ++c) {
            for (const DashboardChart &chart : std::as_const(perCurrency.at(c))) {
                if (chart.data.id != first.at(i).data.id)
                    continue;
                ChartData one = chart.data;
                one.title = DashboardReport::tr("%1 (%2)").arg(one.title, currencies.at(c));
                one.note = DashboardReport::tr("This range has amounts in %1: each has a chart of its own, "
                                               "never added to another.")
                               .arg(locale.createSeparatedList(currencies));
                charts.append(one);
            }
        }
    }
    return charts;
}

} // namespace

Status DashboardReport::writePdf(const DashboardData &data, const Labels &labels, const QString &path,
                                 const QLocale &locale, const Progress &progress, int *pageCount)
{
    const QList<ChartData> charts = reportCharts(data, locale);
    const int total = int(charts.size()) + 1; // the charts, then the printing
    const QPageLayout layout = a4();
    const QSizeF page = layout.paintRect(QPageLayout::Point).size() * (layoutDpi / 72.0);

    QTextDocument document;
    document.setPageSize(page);
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);

    DashboardReportPage html(locale);
    html.addCover(data, labels, charts);
    ChartView view; // never shown: it only draws
    view.setPalette(printPalette());
    const int imageWidth = int(page.width());
    const int imageHeight = imageWidth * chartImageSize.height() / chartImageSize.width();
    for (int i = 0; i < charts.size(); ++i) {
        const ChartData &chart = charts.at(i);
        view.setData(chart, locale);
        const QUrl image(QStringLiteral("chart://%1").arg(i));
        document.addResource(QTextDocument::ImageResource, image,
                             view.toImage(chartImageSize, chartImageRatio));
        html.addChart(chart, image, QSize(imageWidth, imageHeight));
        if (progress && !progress(i + 1, total))
            return fail(ErrorCode::Cancelled, tr("The report was cancelled; %1 was not written.")
                                                  .arg(QDir::toNativeSeparators(path)));
    }
    html.addDefinitions();
    document.setHtml(html.html());

    auto written = WholeFile::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setPageLayout(layout);
        writer.setResolution(printResolution);
        writer.setTitle(tr("Exit dashboards"));
        writer.setCreator(QStringLiteral("Fairwell"));
        document.print(&writer);
        if (progress && !progress(total, total))
            return fail(ErrorCode::Cancelled, tr("The report was cancelled; %1 was not written.")
                                                  .arg(QDir::toNativeSeparators(path)));
        return {};
    });
    if (written && pageCount)
        *pageCount = document.pageCount();
    return written;
}

} // namespace fairwell
