// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/moneytotal.h"

#include <QtNumeric>

namespace fairwell {

void MoneyTotal::add(const Money &amount)
{
    Sum &sum = m_sums[amount.currency()];
    // qAddOverflow leaves the sum wrapped around 2^64.
    if (qAddOverflow(sum.wrapped, amount.minor(), &sum.wrapped))
        sum.carries += amount.minor() > 0 ? 1 : -1;
}

Result<Money> MoneyTotal::total() const
{
    if (isEmpty())
        return fail(ErrorCode::NotFound, tr("There are no amounts to add up."));
    if (isMixed())
        return fail(ErrorCode::MixedCurrencies,
                    tr("The amounts are in different currencies (%1), so they have no single total.")
                        .arg(currencies().join(QStringLiteral(", "))));
    auto all = subtotals();
    if (!all)
        return fail(all.error());
    return all->constFirst();
}

Result<QList<Money>> MoneyTotal::subtotals() const
{
    QList<Money> result;
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
        if (it.value().carries != 0)
            return fail(ErrorCode::InvalidInput,
                        tr("The total in %1 is too large for an amount of money.").arg(it.key()));
        result.append(Money(it.value().wrapped, it.key()));
    }
    return result;
}

} // namespace fairwell
