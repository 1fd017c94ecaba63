// SPDX-License-Identifier: GPL-3.0-or-later
#include "localetext.h"

#include <QLocale>

namespace fairwell {

QString LocaleText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString LocaleText::instant(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // Minutes are enough for people; seconds would only be noise.
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
           + locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
}

} // namespace fairwell
