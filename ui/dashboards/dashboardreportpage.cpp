// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardreportpage.h"

#include "charts/chartvaluetext.h"
#include "dashboards/dashboardcharts.h"
#include "dashboards/dashboarddefinitions.h"

#include <QRegularExpression>

#include <cmath>

namespace fairwell {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Every part after the cover starts on a page of its own.
const QString newPage = QStringLiteral(" style=\"page-break-before: always\"");

} // namespace

DashboardReportPage::DashboardReportPage(const QLocale &locale)
    : m_locale(locale)
{
}

QString DashboardReportPage::longDate(const QDate &date, const QLocale &locale)
{
    // The long format with its weekday ("dddd, ", "dddd ", ", dddd") taken out.
    static const QRegularExpression weekday(QStringLiteral("\\s*,?\\s*d{4}\\s*,?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return locale.toString(date, format.trimmed());
}

void DashboardReportPage::addCover(const DashboardData &data, const DashboardReport::Labels &labels,
                                   const QList<ChartData> &charts)
{
    const DashboardFilter &filter = data.filter;
    m_body += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Exit dashboards")));
    m_body += QStringLiteral("<p style=\"font-size: large\">%1</p>")
                  .arg(escaped(tr("%1 to %2").arg(longDate(filter.from, m_locale), longDate(filter.to, m_locale))));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Segment"), filter.segment.isEmpty() ? tr("All segments") : DashboardCharts::segmentName(filter.segment)},
        {tr("Plan"), filter.plan.isEmpty() ? tr("All plans") : filter.plan},
        {tr("Owner"), filter.ownerId ? labels.ownerName : tr("Everyone")},
        {tr("Database"), labels.databaseName},
    };
    m_body += QStringLiteral("<table cellpadding=\"3\">");
    for (const auto &[name, value] : rows)
        m_body += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(name), escaped(value));
    m_body += QStringLiteral("</table>");
    m_body += QStringLiteral("<p>%1</p>")
                  .arg(escaped(tr("Generated on %1. Open cases and overdue tasks as of %2.")
                                   .arg(longDate(QDate::currentDate(), m_locale), longDate(data.today, m_locale))));
    m_body += QStringLiteral("<h3>%1</h3><ol>").arg(escaped(tr("Contents")));
    for (const ChartData &chart : charts)
        m_body += QStringLiteral("<li>%1</li>").arg(escaped(chart.title));
    m_body += QStringLiteral("<li>%1</li></ol>").arg(escaped(tr("Definitions")));
}

void DashboardReportPage::addChart(const ChartData &chart, const QUrl &image, const QSize &imageSize)
{
    m_body += QStringLiteral("<h2%1>%2</h2>").arg(newPage, escaped(chart.title));
    m_body += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                  .arg(image.toString())
                  .arg(imageSize.width())
                  .arg(imageSize.height());
    if (!chart.note.isEmpty())
        m_body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(chart.note));
    if (!chart.definition.isEmpty())
        m_body += QStringLiteral("<p><i>%1</i></p>").arg(escaped(chart.definition));

    // The figures behind the chart, exactly as the tooltips say them.
    m_body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>")
                  .arg(escaped(chart.categoryTitle));
    for (const ChartSeries &series : chart.series)
        m_body += QStringLiteral("<th align=\"right\">%1</th>").arg(escaped(series.name));
    m_body += QStringLiteral("</tr>");
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        m_body += QStringLiteral("<tr><td>%1</td>").arg(escaped(chart.categories.at(c)));
        for (const ChartSeries &series : chart.series) {
            const double value = c < series.values.size() ? series.values.at(c) : std::nan("");
            m_body += QStringLiteral("<td align=\"right\">%1</td>")
                          .arg(escaped(ChartValueText::text(value, chart, m_locale)));
        }
        m_body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("</table>");
}

void DashboardReportPage::addDefinitions()
{
    m_body += QStringLiteral("<h2%1>%2</h2>").arg(newPage, escaped(tr("Definitions")));
    const QList<DashboardDefinitions::Definition> all = DashboardDefinitions::all();
    for (const DashboardDefinitions::Definition &definition : all)
        m_body += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(escaped(definition.term), escaped(definition.text));
}

QString DashboardReportPage::html() const
{
    return QStringLiteral("<html><body>%1</body></html>").arg(m_body);
}

} // namespace fairwell
