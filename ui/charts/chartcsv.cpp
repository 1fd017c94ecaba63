// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartcsv.h"

#include "charts/wholefile.h"
#include "domain/money.h"

#include <QIODevice>

#include <cmath>

namespace fairwell {

namespace {

// RFC 4180: a cell with a comma, a quote or a line break goes in quotes,
// its quotes doubled.
QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) &&
        !cell.contains(QLatin1Char('\r')))
        return cell;
    QString doubled = cell;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString textCell(const QString &text)
{
    return quoted(ChartCsv::neutralised(text));
}

// Minor units as major ones, exactly (no floating point): 123456 EUR → "1234.56".
QString majorUnits(qint64 minor, const QString &currency)
{
    const int decimals = Money::decimals(currency);
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString text = QString::number(magnitude / unit);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + text : text;
}

// Plain digits with a dot, whatever the locale: spreadsheets read them as
// numbers. No value, no number.
QString numberCell(double value, const ChartData &data)
{
    if (std::isnan(value))
        return {};
    switch (data.format) {
    case ChartValueFormat::Money:
        return majorUnits(std::llround(value), data.currency);
    case ChartValueFormat::Percent:
        return QString::number(value * 100.0, 'g', 12);
    case ChartValueFormat::Count:
    case ChartValueFormat::Days:
        break;
    }
    return QString::number(value, 'g', 15);
}

QString seriesHeader(const ChartSeries &series, const ChartData &data)
{
    switch (data.format) {
    case ChartValueFormat::Money:
        return QStringLiteral("%1 (%2)").arg(series.name, data.currency);
    case ChartValueFormat::Percent:
        return QStringLiteral("%1 (%)").arg(series.name);
    case ChartValueFormat::Count:
    case ChartValueFormat::Days:
        break;
    }
    return series.name;
}

} // namespace

QString ChartCsv::neutralised(const QString &cell)
{
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && dangerous.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray ChartCsv::toCsv(const ChartData &data)
{
    static const QString lineEnd = QStringLiteral("\r\n");
    QStringList header{textCell(data.categoryTitle.isEmpty() ? tr("Category") : data.categoryTitle)};
    for (const ChartSeries &series : data.series)
        header.append(textCell(seriesHeader(series, data)));
    QString csv = header.join(QLatin1Char(',')) + lineEnd;
    for (qsizetype c = 0; c < data.categories.size(); ++c) {
        QStringList row{textCell(data.categories.at(c))};
        for (const ChartSeries &series : data.series)
            row.append(numberCell(c < series.values.size() ? series.values.at(c) : std::nan(""), data));
        csv += row.join(QLatin1Char(',')) + lineEnd;
    }
    return csv.toUtf8();
}

Status ChartCsv::save(const ChartData &data, const QString &path)
{
    const QByteArray csv = toCsv(data);
    return WholeFile::write(path, [&](QIODevice &device) -> Status {
        if (device.write(csv) != csv.size())
            return fail(WholeFile::writeError(path, device));
        return {};
    });
}

} // namespace fairwell
