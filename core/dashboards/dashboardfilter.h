// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace fairwell {

// What every dashboard looks at, set once for all of them: a date range
// (both days included) and, optionally, one segment, one plan, one owner.
struct DashboardFilter
{
    QDate from;
    QDate to;
    QString segment;               // "smb", "mid_market", "enterprise"; empty: all
    QString plan;                  // an account plan; empty: all
    std::optional<qint64> ownerId; // the case owner; none: everyone

    bool operator==(const DashboardFilter &) const = default;
};

// How the time series are cut: never more points than a chart has room for.
enum class TimeBucket { Day, Week, Month, Year };

// Days for a range up to 31 days, weeks (from Monday) up to 92 days (a
// quarter: 13 or 14 bars), months up to ten years, else years.
TimeBucket timeBucketFor(const QDate &from, const QDate &to);
// The first day of the bucket `day` falls in.
QDate bucketStart(TimeBucket bucket, const QDate &day);
// The first day of the next bucket.
QDate nextBucket(TimeBucket bucket, const QDate &start);

} // namespace fairwell
