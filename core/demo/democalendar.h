// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace fairwell {

// Dates and instants in the text form Fairwell stores (see sqlDate and
// sqlInstant), each day's text made once: millions of demo rows share them.
class DemoCalendar
{
public:
    DemoCalendar(const QDate &first, const QDate &last);

    QString dateText(const QDate &date) const;
    // NULL for an invalid date.
    QVariant date(const QDate &date) const;
    // An instant on `date`, `seconds` after midnight UTC.
    QVariant instant(const QDate &date, int seconds) const;

private:
    QDate m_first;
    QStringList m_days;
};

} // namespace fairwell
