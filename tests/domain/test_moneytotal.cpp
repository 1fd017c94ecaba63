// SPDX-License-Identifier: GPL-3.0-or-later
// MoneyTotal: one total for one currency, a MixedCurrencies error and
// subtotals for several, and exact sums at the edges of qint64.
#include "domain/moneytotal.h"

#include <gtest/gtest.h>

#include <limits>

using namespace fairwell;

namespace {

const QString euro = QStringLiteral("EUR");
const QString dollar = QStringLiteral("USD");
constexpr qint64 maxMinor = std::numeric_limits<qint64>::max();
constexpr qint64 minMinor = std::numeric_limits<qint64>::min();

} // namespace

TEST(MoneyTotal, EmptyHasNoTotal)
{
    MoneyTotal total;
    EXPECT_TRUE(total.isEmpty());
    EXPECT_FALSE(total.isMixed());
    ASSERT_FALSE(total.total().has_value());
    EXPECT_EQ(total.total().error().code, ErrorCode::NotFound);
    ASSERT_TRUE(total.subtotals().has_value());
    EXPECT_TRUE(total.subtotals()->isEmpty());
}

TEST(MoneyTotal, OneCurrencyAddsUp)
{
    MoneyTotal total;
    for (const qint64 minor : {12000, 4550, -550, 0})
        total.add(Money(minor, euro));
    EXPECT_FALSE(total.isEmpty());
    EXPECT_FALSE(total.isMixed());
    EXPECT_EQ(total.currencies(), QStringList{euro});
    EXPECT_EQ(total.total(), Money(16000, euro));
    EXPECT_EQ(total.subtotals(), QList<Money>{Money(16000, euro)});
}

TEST(MoneyTotal, MixedCurrenciesAreReportedNotSummed)
{
    MoneyTotal total;
    total.add(Money(1000, euro));
    total.add(Money(500, dollar));
    total.add(Money(250, euro));
    total.add(Money(3, QStringLiteral("JPY")));
    EXPECT_TRUE(total.isMixed());
    EXPECT_EQ(total.currencies(), (QStringList{euro, QStringLiteral("JPY"), dollar}));

    const auto single = total.total();
    ASSERT_FALSE(single.has_value());
    EXPECT_EQ(single.error().code, ErrorCode::MixedCurrencies);
    EXPECT_TRUE(single.error().message.contains(QStringLiteral("different currencies (EUR, JPY, USD)")))
        << single.error().message.toStdString();

    EXPECT_EQ(total.subtotals(),
              (QList<Money>{Money(1250, euro), Money(3, QStringLiteral("JPY")), Money(500, dollar)}));
}

TEST(MoneyTotal, ExactBeyondQint64OnTheWay)
{
    // Past the largest qint64 and back: the total is still exact.
    MoneyTotal total;
    total.add(Money(maxMinor, euro));
    total.add(Money(10, euro));
    ASSERT_FALSE(total.total().has_value());
    EXPECT_EQ(total.total().error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(total.subtotals().has_value());
    total.add(Money(-15, euro));
    EXPECT_EQ(total.total(), Money(maxMinor - 5, euro));

    // And below the smallest.
    MoneyTotal negative;
    negative.add(Money(minMinor, dollar));
    negative.add(Money(-1, dollar));
    EXPECT_FALSE(negative.total().has_value());
    negative.add(Money(minMinor, dollar));
    EXPECT_FALSE(negative.total().has_value());
    negative.add(Money(maxMinor, dollar));
    negative.add(Money(maxMinor, dollar));
    negative.add(Money(4, dollar));
    EXPECT_EQ(negative.total(), Money(1, dollar));
}
