// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace fairwell {

// Adds up amounts that may come in several currencies, as a dashboard adds
// up the MRR of many accounts: one total when they share a currency, else a
// MixedCurrencies error the dashboard can show, with a subtotal per
// currency. Never a sum across currencies.
class MoneyTotal
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::MoneyTotal)

public:
    void add(const Money &amount);

    bool isEmpty() const { return m_sums.isEmpty(); }
    bool isMixed() const { return m_sums.size() > 1; }
    // The currencies added so far, in alphabetical order.
    QStringList currencies() const { return m_sums.keys(); }

    // The one total: NotFound when nothing was added, MixedCurrencies when
    // the amounts are in several currencies, InvalidInput when it does not
    // fit in qint64 minor units.
    Result<Money> total() const;
    // One total per currency, in alphabetical order of the codes.
    Result<QList<Money>> subtotals() const;

private:
    // The exact sum is wrapped + carries * 2^64, so a total that goes beyond
    // qint64 on the way and comes back (+max, +1, -5) is still right, and
    // one that stays beyond is known to be.
    struct Sum
    {
        qint64 wrapped = 0;
        qint64 carries = 0;
    };
    QMap<QString, Sum> m_sums;
};

} // namespace fairwell
