// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fairwell {

// Dates and times as the person's locale writes them, short: the one
// spelling every list, header and dialog of the window shares.
class LocaleText
{
public:
    // Empty for an invalid date.
    static QString date(const QDate &date);
    // A UTC instant in local time, to the minute; empty for an invalid one.
    static QString instant(const QDateTime &utc);
};

} // namespace fairwell
