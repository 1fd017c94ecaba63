// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

class QLocale;

namespace fairwell {

// Whether parsing accepts an amount below zero (an MRR never is one).
enum class MoneySign { NonNegative, AllowNegative };

// An amount in the minor units of one ISO 4217 currency (cents for EUR, yen
// for JPY, fils for KWD), exact at any size: no floating point anywhere.
// Amounts in different currencies never add up or compare as smaller or
// larger; that is an error value or "unordered", never a silent sum.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Money)

public:
    Money() = default; // zero of no currency: not valid
    Money(qint64 minor, const QString &currency);

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    // Digits after the decimal point of this amount's currency.
    int decimals() const { return decimals(m_currency); }
    bool isValid() const { return isValidCurrency(m_currency); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // "1.234,56 €" for EUR in German, "$1,234.56" for USD in American
    // English, "EUR 1,234.56" for EUR there: the locale's digits, separators
    // and currency pattern as QLocale::toCurrencyString lays them out; the
    // locale's symbol only for the locale's own currency, else the ISO code.
    QString format(const QLocale &locale) const;
    // The number alone ("1.234,56"), as an editor shows it and parse() reads it.
    QString formatAmount(const QLocale &locale) const;

    // Reads what a user typed for an amount in `currency`: the locale's
    // separators (group separators optional), an optional sign, and
    // optionally the currency's ISO code or, for the locale's own currency,
    // its symbol. Errors (InvalidInput) say what is wrong with the text.
    static Result<Money> parse(const QString &text, const QString &currency, const QLocale &locale,
                               MoneySign sign = MoneySign::NonNegative);

    // Sums and differences in the same currency; another currency is a
    // MixedCurrencies error, a result beyond qint64 an InvalidInput one.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;

    // The shape of an ISO 4217 code: three letters A-Z. A code ISO has not
    // assigned (yet) passes and has two decimals, so a new currency needs
    // no change here.
    static bool isValidCurrency(const QString &code);
    // 0 for JPY, KRW and the other ISO currencies without minor units; 3 for
    // KWD, BHD, JOD, OMR, TND, IQD, LYD; 4 for the units of account CLF and
    // UYW; 2 for every other code, known or not.
    static int decimals(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;
    // Only amounts in one currency are ordered; others compare unordered,
    // so both a < b and b < a are false.
    friend std::partial_ordering operator<=>(const Money &a, const Money &b);

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace fairwell
