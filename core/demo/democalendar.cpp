// SPDX-License-Identifier: GPL-3.0-or-later
#include "democalendar.h"

namespace fairwell {

DemoCalendar::DemoCalendar(const QDate &first, const QDate &last)
    : m_first(first)
{
    for (QDate day = first; day <= last; day = day.addDays(1))
        m_days.append(day.toString(Qt::ISODate));
}

QString DemoCalendar::dateText(const QDate &date) const
{
    const qint64 index = m_first.daysTo(date);
    if (index >= 0 && index < m_days.size())
        return m_days.at(index);
    return date.toString(Qt::ISODate);
}

QVariant DemoCalendar::date(const QDate &date) const
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant DemoCalendar::instant(const QDate &date, int seconds) const
{
    QString text = dateText(date);
    text.reserve(24);
    auto two = [&](int value) {
        text += QChar(u'0' + value / 10);
        text += QChar(u'0' + value % 10);
    };
    text += QLatin1Char('T');
    two(seconds / 3600);
    text += QLatin1Char(':');
    two(seconds / 60 % 60);
    text += QLatin1Char(':');
    two(seconds % 60);
    text += QLatin1String(".000Z");
    return text;
}

} // namespace fairwell
