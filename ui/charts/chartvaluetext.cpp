// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartvaluetext.h"

#include "domain/money.h"

#include <cmath>

namespace fairwell {

namespace {

double minorPerMajor(const QString &currency)
{
    return std::pow(10.0, Money::decimals(currency));
}

// Whole when whole, else one decimal: "3", "2.5".
QString number(double value, const QLocale &locale)
{
    const double tenths = std::round(value * 10.0);
    if (std::fmod(tenths, 10.0) == 0.0)
        return locale.toString(tenths / 10.0, 'f', 0);
    return locale.toString(tenths / 10.0, 'f', 1);
}

} // namespace

QString ChartValueText::text(double value, const ChartData &data, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    switch (data.format) {
    case ChartValueFormat::Money:
        return Money(qint64(std::llround(value)), data.currency).format(locale);
    case ChartValueFormat::Percent:
        return number(value * 100.0, locale) + QChar(QChar::Nbsp) + locale.percent();
    case ChartValueFormat::Days:
        if (value == std::round(value))
            return tr("%Ln day(s)", nullptr, int(value));
        return tr("%1 days").arg(number(value, locale));
    case ChartValueFormat::Count:
        break;
    }
    return number(value, locale);
}

double ChartValueText::toAxisUnit(double value, const ChartData &data)
{
    switch (data.format) {
    case ChartValueFormat::Money:
        return value / minorPerMajor(data.currency);
    case ChartValueFormat::Percent:
        return value * 100.0;
    case ChartValueFormat::Count:
    case ChartValueFormat::Days:
        break;
    }
    return value;
}

double ChartValueText::fromAxisUnit(double shown, const ChartData &data)
{
    switch (data.format) {
    case ChartValueFormat::Money:
        // Minor units are whole: rounding undoes the division exactly.
        return std::isnan(shown) ? shown : std::round(shown * minorPerMajor(data.currency));
    case ChartValueFormat::Percent:
        return shown / 100.0;
    case ChartValueFormat::Count:
    case ChartValueFormat::Days:
        break;
    }
    return shown;
}

QString ChartValueText::axisTitle(const ChartData &data)
{
    switch (data.format) {
    case ChartValueFormat::Money:
        return data.currency;
    case ChartValueFormat::Percent:
        return QStringLiteral("%");
    case ChartValueFormat::Days:
        return tr("Days");
    case ChartValueFormat::Count:
        break;
    }
    return {};
}

} // namespace fairwell
