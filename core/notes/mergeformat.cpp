// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace fairwell {

namespace {

QLocale localeFor(const QString &language)
{
    QString name = language.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QLocale locale(name);
    // QLocale falls back to "C" for what it does not know: write English then.
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// Number words are spelled by the template's language, not translated with
// tr(), which follows the interface.
QString countOf(int count, const char *singular, const char *plural)
{
    return QString::number(count) + QLatin1Char(' ') + QLatin1String(count == 1 ? singular : plural);
}

} // namespace

std::optional<MergeFormat::Span> MergeFormat::span(QDate since, QDate until)
{
    if (!since.isValid() || !until.isValid() || since > until)
        return std::nullopt;
    int months = (until.year() - since.year()) * 12 + (until.month() - since.month());
    // At most one too many: the day of the month may not have come yet.
    if (since.addMonths(months) > until)
        --months;
    return Span{months / 12, months % 12};
}

QString MergeFormat::tenure(QDate since, QDate until, const QString &language)
{
    const auto length = span(since, until);
    if (!length)
        return {};
    const bool german = isGerman(language);
    if (length->years == 0 && length->months == 0)
        return german ? QStringLiteral("weniger als einen Monat") : QStringLiteral("less than a month");
    const QString years = german ? countOf(length->years, "Jahr", "Jahre")
                                 : countOf(length->years, "year", "years");
    const QString months = german ? countOf(length->months, "Monat", "Monate")
                                  : countOf(length->months, "month", "months");
    if (length->months == 0)
        return years;
    if (length->years == 0)
        return months;
    return years + (german ? QLatin1String(" und ") : QLatin1String(" and ")) + months;
}

QString MergeFormat::date(QDate date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QLocale locale = localeFor(language);
    // The long format names the weekday ("dddd, MMMM d, yyyy", "dddd, d. MMMM
    // yyyy"), which a letter does not need: drop it and the separator next to it.
    static const QRegularExpression weekday(QStringLiteral("^\\s*dddd[,\\s]*|[,\\s]*dddd\\s*$|dddd[,\\s]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

bool MergeFormat::isGerman(const QString &language)
{
    const QString code = language.trimmed().toLower();
    return code == QLatin1String("de") || code.startsWith(QLatin1String("de-"))
           || code.startsWith(QLatin1String("de_"));
}

} // namespace fairwell
