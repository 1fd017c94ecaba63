// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace fairwell {

// One day's activity figures of an account, imported from the product.
struct UsageEvent
{
    qint64 id = 0; // 0: not saved yet
    qint64 accountId = 0;
    QDate occurredOn; // one row per account and day
    int logins = 0;
    int activeSeats = 0;
    int keyActions = 0;
};

} // namespace fairwell
