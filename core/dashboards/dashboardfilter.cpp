// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardfilter.h"

namespace fairwell {

TimeBucket timeBucketFor(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 31)
        return TimeBucket::Day;
    if (days <= 92)
        return TimeBucket::Week;
    if (days <= 3660)
        return TimeBucket::Month;
    return TimeBucket::Year;
}

QDate bucketStart(TimeBucket bucket, const QDate &day)
{
    switch (bucket) {
    case TimeBucket::Day:
        return day;
    case TimeBucket::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    case TimeBucket::Month:
        return QDate(day.year(), day.month(), 1);
    case TimeBucket::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate nextBucket(TimeBucket bucket, const QDate &start)
{
    switch (bucket) {
    case TimeBucket::Day:
        return start.addDays(1);
    case TimeBucket::Week:
        return start.addDays(7);
    case TimeBucket::Month:
        return start.addMonths(1);
    case TimeBucket::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

} // namespace fairwell
