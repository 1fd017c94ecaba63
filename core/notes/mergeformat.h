// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace fairwell {

// Dates and spans of time as a note writes them: in the template's language,
// not the interface's, since the note goes to the customer.
class MergeFormat
{
public:
    // Whole years and months.
    struct Span
    {
        int years = 0;
        int months = 0;

        friend bool operator==(const Span &, const Span &) = default;
    };

    // The whole months from `since` to `until`: the most months n for which
    // since.addMonths(n) is not after `until`, where a day the month lacks
    // becomes its last day (customer since 31 January: a month on 28 or 29
    // February; since 29 February: a year on 28 February). None when a date
    // is invalid or `since` is after `until`.
    static std::optional<Span> span(QDate since, QDate until);

    // "3 years and 2 months", "1 year", "less than a month"; German "3 Jahre
    // und 2 Monate", "1 Jahr", "weniger als einen Monat" (the accusative,
    // which reads right after "für" or "… lang"). Languages other than German
    // get English words. Empty when span() has none.
    static QString tenure(QDate since, QDate until, const QString &language);

    // The date in `language`'s long format without the weekday: "March 3,
    // 2021", "3. März 2021". Empty for an invalid date.
    static QString date(QDate date, const QString &language);

    // Whether `language` ("de", "de-AT", "de_CH") is German.
    static bool isGerman(const QString &language);
};

} // namespace fairwell
