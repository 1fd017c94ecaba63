// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <limits>

namespace fairwell {

namespace {

constexpr std::array<quint64, 5> powersOfTen = {1, 10, 100, 1000, 10000};

// ISO 4217 minor units where they are not 2 (list of 2024).
constexpr std::array<QLatin1String, 17> noDecimals = {
    QLatin1String("BIF"), QLatin1String("CLP"), QLatin1String("DJF"), QLatin1String("GNF"), QLatin1String("ISK"),
    QLatin1String("JPY"), QLatin1String("KMF"), QLatin1String("KRW"), QLatin1String("PYG"), QLatin1String("RWF"),
    QLatin1String("UGX"), QLatin1String("UYI"), QLatin1String("VND"), QLatin1String("VUV"), QLatin1String("XAF"),
    QLatin1String("XOF"), QLatin1String("XPF")};
constexpr std::array<QLatin1String, 7> threeDecimals = {QLatin1String("BHD"), QLatin1String("IQD"), QLatin1String("JOD"),
                                                        QLatin1String("KWD"), QLatin1String("LYD"), QLatin1String("OMR"),
                                                        QLatin1String("TND")};
constexpr std::array<QLatin1String, 2> fourDecimals = {QLatin1String("CLF"), QLatin1String("UYW")};

template<std::size_t N>
bool listed(const std::array<QLatin1String, N> &codes, const QString &code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// |value| without overflow, also for the smallest qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// The digits of an amount without its sign, in the locale's digits and
// separators. Integer arithmetic throughout: a double would round amounts
// from about 2^53 minor units on.
QString unsignedAmountText(const QLocale &locale, quint64 minor, int decimals)
{
    const quint64 unit = powersOfTen[std::size_t(decimals)];
    QString text = locale.toString(qulonglong(minor / unit));
    if (decimals > 0) {
        // Digit by digit, so the leading zeros of "0.05" come out in the
        // locale's own zero.
        text += locale.decimalPoint();
        quint64 rest = minor % unit;
        for (quint64 place = unit / 10; place > 0; place /= 10) {
            text += locale.toString(int(rest / place));
            rest %= place;
        }
    }
    return text;
}

// How `currency` is named in `locale`: the locale's symbol for its own
// currency ("€" in Germany), else the ISO code, so "$" never stands for a
// currency it is not.
QString currencyText(const QLocale &locale, const QString &currency)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency) {
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!symbol.isEmpty())
            return symbol;
    }
    return currency;
}

// Without the invisible direction marks (LRM, RLM, ALM) that Arabic and
// Persian amounts carry around signs and symbols: they say nothing about the
// amount, and a user's text may have them or not.
QString withoutMarks(QString text)
{
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return text;
}

} // namespace

Money::Money(qint64 minor, const QString &currency)
    : m_minor(minor)
    , m_currency(currency)
{
}

bool Money::isValidCurrency(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

int Money::decimals(const QString &currency)
{
    if (listed(noDecimals, currency))
        return 0;
    if (listed(threeDecimals, currency))
        return 3;
    if (listed(fourDecimals, currency))
        return 4;
    return 2;
}

QString Money::formatAmount(const QLocale &locale) const
{
    const QString digits = unsignedAmountText(locale, magnitude(m_minor), decimals());
    return m_minor < 0 ? locale.negativeSign() + digits : digits;
}

QString Money::format(const QLocale &locale) const
{
    const QString symbol = currencyText(locale, m_currency);
    if (symbol.isEmpty())
        return formatAmount(locale);
    // QLocale lays out a currency (symbol before or after, a space or not,
    // parentheses or a sign for negatives) only for a double or a qint64 of
    // whole units. So it lays out 1 or -1 with a stand-in symbol, and the
    // exact digits and the real symbol take their places. The stand-in is a
    // private-use character, never in a pattern or among a locale's digits.
    const QChar standIn(0xE000);
    const QString one = locale.toString(1);
    QString text = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), QString(standIn));
    const qsizetype numberAt = text.indexOf(one);
    const qsizetype symbolAt = text.indexOf(standIn);
    if (numberAt < 0 || symbolAt < 0) // a platform formatter with its own idea
        return formatAmount(locale) + QChar(QChar::Nbsp) + symbol;

    // Qt writes a code that touches the digits as one word ("EUR1,234.56");
    // a non-breaking space keeps it readable and on one line.
    QString spacedSymbol = symbol;
    if (symbolAt + 1 == numberAt && symbol.back().isLetter())
        spacedSymbol += QChar(QChar::Nbsp);
    else if (symbolAt == numberAt + one.size() && symbol.front().isLetter())
        spacedSymbol.prepend(QChar(QChar::Nbsp));

    // Where the locale has no pattern for negatives, the "1" follows the
    // locale's minus sign, so the digits replace only the "1".
    text.replace(numberAt, one.size(), unsignedAmountText(locale, magnitude(m_minor), decimals()));
    text.replace(standIn, spacedSymbol);
    return text;
}

Result<Money> Money::parse(const QString &text, const QString &currency, const QLocale &locale, MoneySign sign)
{
    if (!isValidCurrency(currency))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a currency code: a currency is three capital letters, like EUR.").arg(currency));
    const int places = decimals(currency);
    const auto notANumber = [&] {
        // 1234.5678 cut to the currency's decimals: "1,234.56", "1,234".
        const qint64 example = qint64(12345678 / powersOfTen[std::size_t(4 - places)]);
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not an amount of money. Write it like %2.")
                                                 .arg(text, Money(example, currency).formatAmount(locale)));
    };
    const auto tooLarge = [&] {
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is too large for an amount of money.").arg(text));
    };

    QString rest = withoutMarks(text).trimmed();
    if (rest.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No amount was entered."));

    bool negative = false;
    // Accountants write a negative amount in parentheses: "(1,234.56)".
    if (rest.size() > 2 && rest.front() == QLatin1Char('(') && rest.back() == QLatin1Char(')')) {
        negative = true;
        rest = rest.mid(1, rest.size() - 2).trimmed();
    }
    bool signSeen = negative;
    const auto takeSign = [&] {
        if (signSeen)
            return;
        const QString minusSigns[] = {withoutMarks(locale.negativeSign()), QStringLiteral("-"),
                                      QStringLiteral("\u2212")};
        for (const QString &minus : minusSigns) {
            if (!minus.isEmpty() && rest.startsWith(minus)) {
                negative = signSeen = true;
                rest = rest.mid(minus.size()).trimmed();
                return;
            }
        }
        for (const QString &plus : {withoutMarks(locale.positiveSign()), QStringLiteral("+")}) {
            if (!plus.isEmpty() && rest.startsWith(plus)) {
                signSeen = true;
                rest = rest.mid(plus.size()).trimmed();
                return;
            }
        }
    };
    // The code in any case ("eur"), and the symbol the locale shows for it.
    QStringList names = {currency};
    if (const QString symbol = withoutMarks(currencyText(locale, currency)); symbol != currency)
        names.append(symbol);
    const auto takeCurrency = [&] {
        for (const QString &name : std::as_const(names)) {
            if (rest.startsWith(name, Qt::CaseInsensitive)) {
                rest = rest.mid(name.size()).trimmed();
                return;
            }
            if (rest.endsWith(name, Qt::CaseInsensitive)) {
                rest.chop(name.size());
                rest = rest.trimmed();
                return;
            }
        }
    };
    // "-€12", "€-12", "12 €" and "-12 EUR" all mean the same.
    takeSign();
    takeCurrency();
    takeSign();

    // Another currency's code before or after the digits ("USD 12") is a
    // different mistake from a typo, and is named as such.
    if (rest.size() > 3) {
        const bool before = !rest.at(3).isLetter() && rest.back().isDigit();
        const bool after = !rest.at(rest.size() - 4).isLetter() && rest.front().isDigit();
        const QString code = (before ? rest.left(3) : after ? rest.right(3) : QString()).toUpper();
        if (isValidCurrency(code) && code != currency)
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is an amount in %2, but this one is in %3.")
                                                     .arg(text, code, currency));
    }

    const QString point = locale.decimalPoint();
    const qsizetype pointAt = rest.indexOf(point);
    const QString whole = pointAt < 0 ? rest : rest.left(pointAt);
    const QString fraction = pointAt < 0 ? QString() : rest.mid(pointAt + point.size());
    if (whole.isEmpty() && fraction.isEmpty())
        return notANumber();
    if (!std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c.isDigit(); }))
        return notANumber();

    quint64 wholeUnits = 0;
    if (!whole.isEmpty()) {
        // QLocale would take a sign or spaces here; they were dealt with above.
        if (!whole.front().isDigit())
            return notANumber();
        bool ok = false;
        wholeUnits = locale.toULongLong(whole, &ok);
        if (!ok) {
            // Digits that only fail for their size are too large; anything
            // else (letters, "12,34" in English) is not a number.
            QString digits = whole;
            digits.remove(locale.groupSeparator());
            digits.removeIf([](QChar c) { return c.isSpace(); });
            if (std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); })) {
                bool digitsOk = false;
                locale.toULongLong(digits, &digitsOk);
                if (!digitsOk)
                    return tooLarge();
            }
            return notANumber();
        }
    }

    if (fraction.size() > places) {
        if (places == 0)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 has no decimals, so \"%2\" cannot be an amount in it.").arg(currency, text));
        return fail(ErrorCode::InvalidInput, tr("%1 has %2 decimals, but \"%3\" has more.")
                                                 .arg(currency, QString::number(places), text));
    }
    quint64 fractionUnits = 0;
    for (const QChar digit : fraction)
        fractionUnits = fractionUnits * 10 + quint64(digit.digitValue());
    fractionUnits *= powersOfTen[std::size_t(places - fraction.size())];

    quint64 minor = 0;
    if (qMulOverflow(wholeUnits, powersOfTen[std::size_t(places)], &minor) || qAddOverflow(minor, fractionUnits, &minor))
        return tooLarge();
    const quint64 largest = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (minor > largest)
        return tooLarge();
    if (negative && minor != 0 && sign == MoneySign::NonNegative)
        return fail(ErrorCode::InvalidInput, tr("The amount cannot be negative, but \"%1\" is.").arg(text));
    // Unsigned wrap-around, then the (C++20: modular) conversion back.
    return Money(qint64(negative ? quint64(0) - minor : minor), currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return fail(ErrorCode::MixedCurrencies,
                    tr("An amount in %1 and one in %2 do not add up: they are in different currencies.")
                        .arg(m_currency, other.m_currency));
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return fail(ErrorCode::InvalidInput, tr("The sum of %1 and %2 is too large for an amount of money.")
                                                 .arg(format(QLocale()), other.format(QLocale())));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return fail(ErrorCode::MixedCurrencies,
                    tr("An amount in %1 cannot be taken from one in %2: they are in different currencies.")
                        .arg(other.m_currency, m_currency));
    qint64 difference = 0;
    if (qSubOverflow(m_minor, other.m_minor, &difference))
        return fail(ErrorCode::InvalidInput, tr("%1 minus %2 is too large for an amount of money.")
                                                 .arg(format(QLocale()), other.format(QLocale())));
    return Money(difference, m_currency);
}

std::partial_ordering operator<=>(const Money &a, const Money &b)
{
    if (a.m_currency != b.m_currency)
        return std::partial_ordering::unordered;
    return a.m_minor <=> b.m_minor;
}

} // namespace fairwell
