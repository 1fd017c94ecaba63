// SPDX-License-Identifier: GPL-3.0-or-later
// Money: decimals per currency, formatting for a locale (checked by hand
// and against QLocale::toCurrencyString), parsing what users type, and
// arithmetic that never mixes currencies.
#include "domain/money.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <limits>

QT_BEGIN_NAMESPACE
// Readable failures: the text, not the bytes of a QString.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace fairwell;

namespace {

const QString nbsp(QChar::Nbsp);
constexpr qint64 maxMinor = std::numeric_limits<qint64>::max();
constexpr qint64 minMinor = std::numeric_limits<qint64>::min();

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale japanese(QLocale::Japanese, QLocale::Japan);

QString eur(qint64 minor, const QLocale &locale)
{
    return Money(minor, QStringLiteral("EUR")).format(locale);
}

Money parsed(const QString &text, const QString &currency, const QLocale &locale,
             MoneySign sign = MoneySign::NonNegative)
{
    auto money = Money::parse(text, currency, locale, sign);
    EXPECT_TRUE(money.has_value()) << text.toStdString() << ": " << money.error().text().toStdString();
    return money.value_or(Money());
}

Error parseError(const QString &text, const QString &currency, const QLocale &locale,
                 MoneySign sign = MoneySign::NonNegative)
{
    auto money = Money::parse(text, currency, locale, sign);
    EXPECT_FALSE(money.has_value()) << text.toStdString() << " parsed as " << money->minor();
    return money ? Error{} : money.error();
}

} // namespace

TEST(Money, DecimalsFollowIso4217)
{
    for (const char *code : {"JPY", "KRW", "ISK", "CLP", "VND", "XOF", "UGX"})
        EXPECT_EQ(Money::decimals(QString::fromLatin1(code)), 0) << code;
    for (const char *code : {"KWD", "BHD", "JOD", "OMR", "TND", "IQD", "LYD"})
        EXPECT_EQ(Money::decimals(QString::fromLatin1(code)), 3) << code;
    EXPECT_EQ(Money::decimals(QStringLiteral("CLF")), 4);
    for (const char *code : {"EUR", "USD", "GBP", "CHF", "SEK", "HUF", "INR"})
        EXPECT_EQ(Money::decimals(QString::fromLatin1(code)), 2) << code;
    // Unknown codes, and the lower-case spelling that is not a code.
    EXPECT_EQ(Money::decimals(QStringLiteral("XYZ")), 2);
    EXPECT_EQ(Money::decimals(QStringLiteral("jpy")), 2);
    EXPECT_EQ(Money(5, QStringLiteral("KWD")).decimals(), 3);
}

TEST(Money, ValidCurrencyIsThreeCapitalLetters)
{
    EXPECT_TRUE(Money::isValidCurrency(QStringLiteral("EUR")));
    EXPECT_TRUE(Money::isValidCurrency(QStringLiteral("XYZ")));
    for (const QString &bad : {QString(), QStringLiteral("eur"), QStringLiteral("EURO"), QStringLiteral("EU"),
                               QStringLiteral("E1R"), QStringLiteral("\u00c4UR"), QStringLiteral(" EUR")})
        EXPECT_FALSE(Money::isValidCurrency(bad)) << bad.toStdString();
    EXPECT_TRUE(Money(1, QStringLiteral("USD")).isValid());
    EXPECT_FALSE(Money().isValid());
    EXPECT_FALSE(Money(1, QStringLiteral("usd")).isValid());
}

TEST(Money, TwoDecimalsInEnglishAndGerman)
{
    EXPECT_EQ(Money(123456, QStringLiteral("USD")).format(english), QStringLiteral("$1,234.56"));
    EXPECT_EQ(eur(123456, german), QStringLiteral("1.234,56") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(eur(5, german), QStringLiteral("0,05") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(eur(0, german), QStringLiteral("0,00") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(eur(100000000, german), QStringLiteral("1.000.000,00") + nbsp + QStringLiteral("€"));
    // Another country's currency by its code, never by a symbol that could
    // stand for another one; apart from the digits in English, where Qt
    // would write "EUR1,234.56".
    EXPECT_EQ(eur(123456, english), QStringLiteral("EUR") + nbsp + QStringLiteral("1,234.56"));
    EXPECT_EQ(Money(123456, QStringLiteral("USD")).format(german), QStringLiteral("1.234,56") + nbsp + QStringLiteral("USD"));
    EXPECT_EQ(Money(123456, QStringLiteral("GBP")).format(QLocale(QLocale::English, QLocale::UnitedKingdom)),
              QStringLiteral("£1,234.56"));
}

TEST(Money, NegativeAmountsAsTheLocaleWritesThem)
{
    // American English writes negative money in parentheses, German with a
    // minus sign.
    EXPECT_EQ(Money(-123456, QStringLiteral("USD")).format(english), QStringLiteral("($1,234.56)"));
    EXPECT_EQ(eur(-123456, english), QStringLiteral("(EUR") + nbsp + QStringLiteral("1,234.56)"));
    EXPECT_EQ(eur(-123456, german), QStringLiteral("-1.234,56") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(eur(-5, german), QStringLiteral("-0,05") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(Money(-5, QStringLiteral("EUR")).formatAmount(german), QStringLiteral("-0,05"));
}

TEST(Money, YenHasNoDecimals)
{
    const Money yen(1235, QStringLiteral("JPY"));
    // Qt's Japanese data uses the full-width yen sign.
    EXPECT_EQ(yen.format(japanese), QStringLiteral("\uffe51,235"));
    EXPECT_EQ(yen.format(english), QStringLiteral("JPY") + nbsp + QStringLiteral("1,235"));
    EXPECT_EQ(yen.format(german), QStringLiteral("1.235") + nbsp + QStringLiteral("JPY"));
    EXPECT_EQ(Money(7, QStringLiteral("KRW")).formatAmount(english), QStringLiteral("7"));
}

TEST(Money, DinarHasThreeDecimals)
{
    const Money dinar(1234567, QStringLiteral("KWD"));
    EXPECT_EQ(dinar.format(english), QStringLiteral("KWD") + nbsp + QStringLiteral("1,234.567"));
    EXPECT_EQ(dinar.format(german), QStringLiteral("1.234,567") + nbsp + QStringLiteral("KWD"));
    EXPECT_EQ(Money(5, QStringLiteral("KWD")).formatAmount(german), QStringLiteral("0,005"));
    // In Kuwait: Arabic digits and separators, and the dinar's own symbol.
    const QLocale kuwait(QLocale::Arabic, QLocale::Kuwait);
    EXPECT_EQ(dinar.format(kuwait), kuwait.toCurrencyString(1234.567, kuwait.currencySymbol(), 3));
}

TEST(Money, BigAmountsAreExact)
{
    const auto usd = [](qint64 minor) { return Money(minor, QStringLiteral("USD")).format(english); };
    // The largest MRR Fairwell expects, and beyond where a double is exact:
    // 2^53 + 1 cents would print as ...740.92 through a double.
    EXPECT_EQ(usd(1000000000000), QStringLiteral("$10,000,000,000.00"));
    EXPECT_EQ(usd(9007199254740993), QStringLiteral("$90,071,992,547,409.93"));
    EXPECT_EQ(usd(maxMinor), QStringLiteral("$92,233,720,368,547,758.07"));
    EXPECT_EQ(usd(minMinor), QStringLiteral("($92,233,720,368,547,758.08)"));
    EXPECT_EQ(Money(maxMinor, QStringLiteral("JPY")).format(german),
              QStringLiteral("9.223.372.036.854.775.807") + nbsp + QStringLiteral("JPY"));
}

// For a locale's own currency and amounts a double holds exactly, Money
// writes what QLocale::toCurrencyString writes, in every locale Qt knows,
// apart from the space Money puts between a symbol of letters and digits.
TEST(Money, MatchesToCurrencyStringInEveryLocale)
{
    int compared = 0;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!Money::isValidCurrency(code) || symbol.isEmpty())
            continue;
        const int decimals = Money::decimals(code);
        for (const qint64 minor : {qint64(0), qint64(7), qint64(-7), qint64(123456789), qint64(-98765432101)}) {
            double amount = double(minor);
            for (int i = 0; i < decimals; ++i)
                amount /= 10;
            QString expected = locale.toCurrencyString(amount, symbol, decimals);
            QString actual = Money(minor, code).format(locale);
            if (symbol.front().isLetter() || symbol.back().isLetter()) {
                actual.remove(QChar(QChar::Nbsp));
                expected.remove(QChar(QChar::Nbsp));
            }
            EXPECT_EQ(actual, expected) << locale.name().toStdString() << " " << code.toStdString() << " " << minor;
            ++compared;
        }
    }
    EXPECT_GT(compared, 1000);
}

TEST(Money, ParsesWhatUsersType)
{
    const QString usd = QStringLiteral("USD");
    EXPECT_EQ(parsed(QStringLiteral("1,234.56"), usd, english), Money(123456, usd));
    EXPECT_EQ(parsed(QStringLiteral("1234.56"), usd, english), Money(123456, usd));
    EXPECT_EQ(parsed(QStringLiteral(" $1,234.5 "), usd, english), Money(123450, usd));
    EXPECT_EQ(parsed(QStringLiteral("usd 12"), usd, english), Money(1200, usd));
    EXPECT_EQ(parsed(QStringLiteral("12 USD"), usd, english), Money(1200, usd));
    EXPECT_EQ(parsed(QStringLiteral(".5"), usd, english), Money(50, usd));
    EXPECT_EQ(parsed(QStringLiteral("+7"), usd, english), Money(700, usd));
    EXPECT_EQ(parsed(QStringLiteral("0"), usd, english), Money(0, usd));

    const QString euro = QStringLiteral("EUR");
    EXPECT_EQ(parsed(QStringLiteral("1.234,56 €"), euro, german), Money(123456, euro));
    EXPECT_EQ(parsed(QStringLiteral("€1234,56"), euro, german), Money(123456, euro));
    EXPECT_EQ(parsed(QStringLiteral("1234,5"), euro, german), Money(123450, euro));
    EXPECT_EQ(parsed(QStringLiteral("EUR 12"), euro, english), Money(1200, euro));

    EXPECT_EQ(parsed(QStringLiteral("1,235"), QStringLiteral("JPY"), english), Money(1235, QStringLiteral("JPY")));
    EXPECT_EQ(parsed(QStringLiteral("\uffe51,235"), QStringLiteral("JPY"), japanese), Money(1235, QStringLiteral("JPY")));
    EXPECT_EQ(parsed(QStringLiteral("1,234.567"), QStringLiteral("KWD"), english), Money(1234567, QStringLiteral("KWD")));
    EXPECT_EQ(parsed(QStringLiteral("0,5"), QStringLiteral("KWD"), german), Money(500, QStringLiteral("KWD")));
    // A French or Swedish group separator is a special space; people type a plain one.
    EXPECT_EQ(parsed(QStringLiteral("1 234,56"), euro, QLocale(QLocale::French, QLocale::France)), Money(123456, euro));
    EXPECT_EQ(parsed(QStringLiteral("1 234,56 kr"), QStringLiteral("SEK"), QLocale(QLocale::Swedish, QLocale::Sweden)),
              Money(123456, QStringLiteral("SEK")));
}

TEST(Money, NegativeOnlyWhenAllowed)
{
    const QString usd = QStringLiteral("USD");
    const Error error = parseError(QStringLiteral("-12"), usd, english);
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("negative"))) << error.message.toStdString();
    parseError(QStringLiteral("($12.00)"), usd, english);

    const auto allow = MoneySign::AllowNegative;
    EXPECT_EQ(parsed(QStringLiteral("-12"), usd, english, allow), Money(-1200, usd));
    EXPECT_EQ(parsed(QStringLiteral("($1,234.56)"), usd, english, allow), Money(-123456, usd));
    EXPECT_EQ(parsed(QStringLiteral("$-0.05"), usd, english, allow), Money(-5, usd));
    EXPECT_EQ(parsed(QStringLiteral("\u22121,5 €"), QStringLiteral("EUR"), german, allow), Money(-150, QStringLiteral("EUR")));
    // Minus zero is zero, and zero is never negative.
    EXPECT_EQ(parsed(QStringLiteral("-0"), usd, english), Money(0, usd));
}

TEST(Money, TooManyDecimalsForTheCurrency)
{
    Error error = parseError(QStringLiteral("1.234"), QStringLiteral("USD"), english);
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("USD has 2 decimals"))) << error.message.toStdString();

    error = parseError(QStringLiteral("12.5"), QStringLiteral("JPY"), english);
    EXPECT_TRUE(error.message.contains(QStringLiteral("JPY has no decimals"))) << error.message.toStdString();

    error = parseError(QStringLiteral("1,2345"), QStringLiteral("KWD"), german);
    EXPECT_TRUE(error.message.contains(QStringLiteral("KWD has 3 decimals"))) << error.message.toStdString();
    // The same digits with two decimals too many are not accepted as zeros either.
    parseError(QStringLiteral("12.000"), QStringLiteral("EUR"), english);
}

TEST(Money, NotANumberSaysHowToWriteOne)
{
    for (const char *text : {"abc", "12a", "1.2.3", "1,2,3", "--12", "12-", "$", ".", "12 34", "1e5", "(12"}) {
        const Error error = parseError(QString::fromUtf8(text), QStringLiteral("USD"), english);
        EXPECT_EQ(error.code, ErrorCode::InvalidInput) << text;
        EXPECT_TRUE(error.message.contains(QStringLiteral("not an amount"))) << text << ": " << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("1,234.56"))) << error.message.toStdString();
    }
    // An English decimal point in German is a misplaced group separator:
    // the error shows the German way.
    const Error german1 = parseError(QStringLiteral("12.50"), QStringLiteral("EUR"), german);
    EXPECT_TRUE(german1.message.contains(QStringLiteral("1.234,56"))) << german1.message.toStdString();
    const Error yen = parseError(QStringLiteral("x"), QStringLiteral("JPY"), english);
    EXPECT_TRUE(yen.message.contains(QStringLiteral("like 1,234."))) << yen.message.toStdString();
    EXPECT_FALSE(yen.message.contains(QStringLiteral("1,234.5"))) << yen.message.toStdString();

    EXPECT_TRUE(parseError(QString(), QStringLiteral("USD"), english).message.contains(QStringLiteral("No amount")));
    EXPECT_TRUE(parseError(QStringLiteral("  "), QStringLiteral("USD"), english).message.contains(QStringLiteral("No amount")));
}

TEST(Money, OtherCurrencyOrNoCurrency)
{
    Error error = parseError(QStringLiteral("USD 12"), QStringLiteral("EUR"), english);
    EXPECT_TRUE(error.message.contains(QStringLiteral("in USD, but this one is in EUR"))) << error.message.toStdString();
    error = parseError(QStringLiteral("12,00 usd"), QStringLiteral("EUR"), german);
    EXPECT_TRUE(error.message.contains(QStringLiteral("in USD"))) << error.message.toStdString();
    error = parseError(QStringLiteral("12"), QStringLiteral("euro"), english);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a currency code"))) << error.message.toStdString();
}

TEST(Money, TooLarge)
{
    const QString usd = QStringLiteral("USD");
    const auto allow = MoneySign::AllowNegative;
    EXPECT_EQ(parsed(QStringLiteral("92,233,720,368,547,758.07"), usd, english), Money(maxMinor, usd));
    EXPECT_EQ(parsed(QStringLiteral("-92233720368547758.08"), usd, english, allow), Money(minMinor, usd));
    for (const char *text : {"92233720368547758.08", "92233720368547759", "-92233720368547758.09",
                             "99999999999999999999", "184467440737095516.16", "1,000,000,000,000,000,000,000"}) {
        const Error error = parseError(QString::fromLatin1(text), usd, english, allow);
        EXPECT_TRUE(error.message.contains(QStringLiteral("too large"))) << text << ": " << error.message.toStdString();
    }
}

TEST(Money, FormatAndParseRoundTrip)
{
    const QList<QLocale> locales = {
        english,
        german,
        japanese,
        QLocale(QLocale::French, QLocale::France),
        QLocale(QLocale::Swedish, QLocale::Sweden),
        QLocale(QLocale::German, QLocale::Switzerland),
        QLocale(QLocale::English, QLocale::India),
        QLocale(QLocale::Dutch, QLocale::Netherlands),
        QLocale(QLocale::Arabic, QLocale::Kuwait),
        QLocale(QLocale::Arabic, QLocale::Egypt),
        QLocale(QLocale::Hindi, QLocale::India),
        QLocale(QLocale::Persian, QLocale::Iran),
        QLocale::c(),
    };
    const QStringList currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY"),
                                    QStringLiteral("KWD"), QStringLiteral("CHF"), QStringLiteral("SEK"),
                                    QStringLiteral("INR"), QStringLiteral("EGP"), QStringLiteral("IRR")};
    const qint64 amounts[] = {0, 5, -5, 120, 123456789, -123456789, 1000000000000, maxMinor, minMinor};
    for (const QLocale &locale : locales) {
        for (const QString &currency : currencies) {
            for (const qint64 minor : amounts) {
                const Money money(minor, currency);
                const QString where = locale.name() + QLatin1Char(' ') + currency + QLatin1Char(' ') + QString::number(minor);
                for (const QString &text : {money.format(locale), money.formatAmount(locale)}) {
                    auto back = Money::parse(text, currency, locale, MoneySign::AllowNegative);
                    ASSERT_TRUE(back.has_value()) << where.toStdString() << " \"" << text.toStdString()
                                                  << "\": " << back.error().text().toStdString();
                    EXPECT_EQ(*back, money) << where.toStdString() << " \"" << text.toStdString() << '"';
                }
            }
        }
    }
}

TEST(Money, AddsAndSubtractsInOneCurrency)
{
    const Money a(1050, QStringLiteral("EUR"));
    const Money b(-250, QStringLiteral("EUR"));
    EXPECT_EQ(a.plus(b), Money(800, QStringLiteral("EUR")));
    EXPECT_EQ(a.minus(b), Money(1300, QStringLiteral("EUR")));
    EXPECT_EQ(b.minus(a), Money(-1300, QStringLiteral("EUR")));

    const Money dollars(100, QStringLiteral("USD"));
    for (const auto &result : {a.plus(dollars), a.minus(dollars)}) {
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, ErrorCode::MixedCurrencies);
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("EUR"))) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("USD"))) << result.error().message.toStdString();
    }

    const Money largest(maxMinor, QStringLiteral("EUR"));
    const Money smallest(minMinor, QStringLiteral("EUR"));
    const Money cent(1, QStringLiteral("EUR"));
    ASSERT_FALSE(largest.plus(cent).has_value());
    EXPECT_EQ(largest.plus(cent).error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(smallest.minus(cent).has_value());
    EXPECT_FALSE(cent.minus(smallest).has_value());
    EXPECT_EQ(smallest.plus(largest), Money(-1, QStringLiteral("EUR")));
}

TEST(Money, ComparesOnlyInOneCurrency)
{
    const Money small(100, QStringLiteral("EUR"));
    const Money large(200, QStringLiteral("EUR"));
    EXPECT_LT(small, large);
    EXPECT_GT(large, small);
    EXPECT_LE(small, small);
    EXPECT_EQ(small, Money(100, QStringLiteral("EUR")));
    EXPECT_NE(small, large);

    // Amounts in two currencies are neither equal nor ordered.
    const Money dollars(100, QStringLiteral("USD"));
    EXPECT_NE(small, dollars);
    EXPECT_FALSE(small < dollars);
    EXPECT_FALSE(dollars < small);
    EXPECT_FALSE(small <= dollars);
    EXPECT_EQ(small <=> dollars, std::partial_ordering::unordered);
}
