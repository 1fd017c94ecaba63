// SPDX-License-Identifier: GPL-3.0-or-later
// The merge fields: the catalogue, tenure and dates in the template's
// language, and the values a case gives them.
#include "notes/casemergevalues.h"
#include "notes/mergefields.h"
#include "notes/mergeformat.h"
#include "services/casedetail.h"

#include <gtest/gtest.h>

using namespace fairwell;

namespace {

std::string show(const QString &text)
{
    return text.toStdString();
}

struct TenureCase
{
    const char *name;
    QDate since;
    QDate until;
    int years;
    int months;
    QString english;
    QString german;

    friend void PrintTo(const TenureCase &c, std::ostream *out)
    {
        *out << c.since.toString(Qt::ISODate).toStdString() << " to " << c.until.toString(Qt::ISODate).toStdString();
    }
};

class Tenure : public ::testing::TestWithParam<TenureCase>
{
};

CaseDetail fullCase()
{
    CaseDetail detail;
    CaseHeader &h = detail.header;
    h.accountName = QStringLiteral("Müller & Söhne");
    h.plan = QStringLiteral("Business");
    h.language = QStringLiteral("de");
    h.customerSince = QDate(2021, 3, 3);
    h.contactName = QStringLiteral("Maria Keller");
    h.ownerName = QStringLiteral("Jonas Berg");
    h.offboardingCase.effectiveOn = QDate(2024, 5, 31);
    return detail;
}

MergeSources sources(const QString &language)
{
    MergeSources s;
    s.repName = QStringLiteral("Jonas Berg");
    s.repSignature = QStringLiteral("Jonas Berg\nCustomer Success");
    s.exportLink = QStringLiteral("https://export.example.org/abc");
    s.exportDirections = QStringLiteral("Unzip the archive.");
    s.language = language;
    s.today = QDate(2024, 6, 15);
    return s;
}

} // namespace

TEST(MergeFields, CatalogueHoldsTheIssuesFields)
{
    EXPECT_EQ(MergeFields::names(),
              (QStringList{QStringLiteral("account.name"), QStringLiteral("contact.first_name"),
                           QStringLiteral("contact.last_name"), QStringLiteral("customer_since"),
                           QStringLiteral("tenure"), QStringLiteral("plan"), QStringLiteral("rep.name"),
                           QStringLiteral("rep.signature"), QStringLiteral("effective_date"),
                           QStringLiteral("export.link"), QStringLiteral("export.directions")}));
    for (const MergeField &field : MergeFields::all()) {
        EXPECT_FALSE(field.description.isEmpty()) << show(field.name);
        EXPECT_FALSE(field.missing.isEmpty()) << show(field.name);
        EXPECT_TRUE(MergeFields::isKnown(field.name));
        EXPECT_EQ(MergeFields::find(field.name)->description, field.description);
    }
    EXPECT_FALSE(MergeFields::isKnown(QStringLiteral("contact.nickname")));
    EXPECT_FALSE(MergeFields::isKnown(QStringLiteral("Plan")));
    EXPECT_FALSE(MergeFields::find(QStringLiteral("contact")).has_value());
}

TEST(MergeFields, ClosestNameForSlips)
{
    EXPECT_EQ(MergeFields::closest(QStringLiteral("Contact.First_Name")), QStringLiteral("contact.first_name"));
    EXPECT_EQ(MergeFields::closest(QStringLiteral("rep.nmae")), QStringLiteral("rep.name"));
    EXPECT_EQ(MergeFields::closest(QStringLiteral("acount.name")), QStringLiteral("account.name"));
    EXPECT_EQ(MergeFields::closest(QStringLiteral("tenures")), QStringLiteral("tenure"));
    EXPECT_TRUE(MergeFields::closest(QStringLiteral("something.else")).isEmpty());
    EXPECT_TRUE(MergeFields::closest(QStringLiteral("example.com")).isEmpty());
    EXPECT_TRUE(MergeFields::closest(QStringLiteral("")).isEmpty());
}

TEST_P(Tenure, YearsAndMonthsInTheTemplatesLanguage)
{
    const TenureCase &c = GetParam();
    const auto span = MergeFormat::span(c.since, c.until);
    ASSERT_TRUE(span.has_value());
    EXPECT_EQ(span->years, c.years);
    EXPECT_EQ(span->months, c.months);
    EXPECT_EQ(MergeFormat::tenure(c.since, c.until, QStringLiteral("en")), c.english);
    EXPECT_EQ(MergeFormat::tenure(c.since, c.until, QStringLiteral("de")), c.german);
}

INSTANTIATE_TEST_SUITE_P(
    Spans, Tenure,
    ::testing::Values(
        TenureCase{"SameDay", {2021, 3, 3}, {2021, 3, 3}, 0, 0, QStringLiteral("less than a month"),
                   QStringLiteral("weniger als einen Monat")},
        TenureCase{"OneDayShortOfAMonth", {2021, 1, 15}, {2021, 2, 14}, 0, 0, QStringLiteral("less than a month"),
                   QStringLiteral("weniger als einen Monat")},
        TenureCase{"OneMonth", {2021, 1, 15}, {2021, 2, 15}, 0, 1, QStringLiteral("1 month"),
                   QStringLiteral("1 Monat")},
        TenureCase{"AcrossNewYear", {2020, 12, 15}, {2021, 1, 15}, 0, 1, QStringLiteral("1 month"),
                   QStringLiteral("1 Monat")},
        TenureCase{"MonthEndToShorterMonthEnd", {2021, 1, 31}, {2021, 2, 28}, 0, 1, QStringLiteral("1 month"),
                   QStringLiteral("1 Monat")},
        TenureCase{"MonthEndADayEarly", {2021, 1, 31}, {2021, 2, 27}, 0, 0, QStringLiteral("less than a month"),
                   QStringLiteral("weniger als einen Monat")},
        TenureCase{"MonthEndIntoALongMonth", {2021, 1, 31}, {2021, 3, 30}, 0, 1, QStringLiteral("1 month"),
                   QStringLiteral("1 Monat")},
        TenureCase{"MonthEndTwoMonths", {2021, 1, 31}, {2021, 3, 31}, 0, 2, QStringLiteral("2 months"),
                   QStringLiteral("2 Monate")},
        TenureCase{"LeapDayToNextFebruaryEnd", {2020, 2, 29}, {2021, 2, 28}, 1, 0, QStringLiteral("1 year"),
                   QStringLiteral("1 Jahr")},
        TenureCase{"LeapDayADayEarly", {2020, 2, 29}, {2021, 2, 27}, 0, 11, QStringLiteral("11 months"),
                   QStringLiteral("11 Monate")},
        TenureCase{"LeapDayToLeapDay", {2020, 2, 29}, {2024, 2, 29}, 4, 0, QStringLiteral("4 years"),
                   QStringLiteral("4 Jahre")},
        TenureCase{"LeapDayToTheDayBefore", {2020, 2, 29}, {2024, 2, 28}, 3, 11,
                   QStringLiteral("3 years and 11 months"), QStringLiteral("3 Jahre und 11 Monate")},
        TenureCase{"IntoALeapDay", {2023, 3, 29}, {2024, 2, 29}, 0, 11, QStringLiteral("11 months"),
                   QStringLiteral("11 Monate")},
        TenureCase{"YearsAndMonths", {2021, 3, 3}, {2024, 5, 3}, 3, 2, QStringLiteral("3 years and 2 months"),
                   QStringLiteral("3 Jahre und 2 Monate")},
        TenureCase{"Singulars", {2021, 3, 3}, {2022, 4, 30}, 1, 1, QStringLiteral("1 year and 1 month"),
                   QStringLiteral("1 Jahr und 1 Monat")},
        TenureCase{"AlmostAYear", {2021, 3, 3}, {2022, 3, 2}, 0, 11, QStringLiteral("11 months"),
                   QStringLiteral("11 Monate")}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(MergeFormat, NoTenureWithoutAnOrderlyPairOfDates)
{
    EXPECT_FALSE(MergeFormat::span(QDate(2024, 1, 2), QDate(2024, 1, 1)).has_value());
    EXPECT_FALSE(MergeFormat::span(QDate(), QDate(2024, 1, 1)).has_value());
    EXPECT_FALSE(MergeFormat::span(QDate(2024, 1, 1), QDate()).has_value());
    EXPECT_TRUE(MergeFormat::tenure(QDate(2024, 1, 2), QDate(2024, 1, 1), QStringLiteral("en")).isEmpty());
}

TEST(MergeFormat, GermanIsRecognisedByItsTag)
{
    for (const char *tag : {"de", "DE", "de-AT", "de_CH", " de "})
        EXPECT_TRUE(MergeFormat::isGerman(QString::fromLatin1(tag))) << tag;
    for (const char *tag : {"en", "", "dk", "fr", "desi"})
        EXPECT_FALSE(MergeFormat::isGerman(QString::fromLatin1(tag))) << tag;
    // Any other language gets English words.
    EXPECT_EQ(MergeFormat::tenure(QDate(2021, 3, 3), QDate(2023, 3, 3), QStringLiteral("fr")),
              QStringLiteral("2 years"));
    EXPECT_EQ(MergeFormat::tenure(QDate(2021, 3, 3), QDate(2023, 3, 3), QStringLiteral("de-AT")),
              QStringLiteral("2 Jahre"));
}

TEST(MergeFormat, DatesInTheTemplatesLanguageWithoutWeekday)
{
    const QDate date(2021, 3, 3);
    EXPECT_EQ(MergeFormat::date(date, QStringLiteral("en")), QStringLiteral("March 3, 2021"));
    EXPECT_EQ(MergeFormat::date(date, QStringLiteral("de")), QStringLiteral("3. März 2021"));
    EXPECT_EQ(MergeFormat::date(date, QStringLiteral("de-CH")), QStringLiteral("3. März 2021"));
    EXPECT_EQ(MergeFormat::date(QDate(2021, 12, 24), QStringLiteral("de")), QStringLiteral("24. Dezember 2021"));
    EXPECT_EQ(MergeFormat::date(date, QStringLiteral("fr")), QStringLiteral("3 mars 2021"));
    // Unknown tags are written in English rather than in Qt's "C" locale.
    EXPECT_EQ(MergeFormat::date(date, QStringLiteral("xx")), QStringLiteral("March 3, 2021"));
    EXPECT_EQ(MergeFormat::date(date, QString()), QStringLiteral("March 3, 2021"));
    EXPECT_TRUE(MergeFormat::date(QDate(), QStringLiteral("en")).isEmpty());
}

TEST(CaseMergeValues, ContactNamesTakenApart)
{
    const auto check = [](const char *full, const char *first, const char *last) {
        const auto name = CaseMergeValues::splitName(QString::fromUtf8(full));
        EXPECT_EQ(name.first, QString::fromUtf8(first)) << full;
        EXPECT_EQ(name.last, QString::fromUtf8(last)) << full;
    };
    check("Maria Keller", "Maria", "Keller");
    check("  Maria   Keller  ", "Maria", "Keller");
    check("Maria", "Maria", "");
    check("", "", "");
    check("   ", "", "");
    check("Dr. Maria Keller", "Maria", "Keller");
    check("Frau Dr. Zoë van der Berg", "Zoë", "van der Berg");
    check("Keller, Maria", "Maria", "Keller");
    check("Maria Keller, PhD", "Maria", "Keller");
    check("Dr.", "Dr.", ""); // a title alone is all there is
}

TEST(CaseMergeValues, EveryFieldFromAFullCase)
{
    const MergeValues values = CaseMergeValues::forCase(fullCase(), sources(QStringLiteral("en")));
    EXPECT_EQ(values.value(MergeFields::AccountName), QStringLiteral("Müller & Söhne"));
    EXPECT_EQ(values.value(MergeFields::ContactFirstName), QStringLiteral("Maria"));
    EXPECT_EQ(values.value(MergeFields::ContactLastName), QStringLiteral("Keller"));
    EXPECT_EQ(values.value(MergeFields::CustomerSince), QStringLiteral("March 3, 2021"));
    // To the effective date, not to today.
    EXPECT_EQ(values.value(MergeFields::Tenure), QStringLiteral("3 years and 2 months"));
    EXPECT_EQ(values.value(MergeFields::Plan), QStringLiteral("Business"));
    EXPECT_EQ(values.value(MergeFields::RepName), QStringLiteral("Jonas Berg"));
    EXPECT_EQ(values.value(MergeFields::RepSignature), QStringLiteral("Jonas Berg\nCustomer Success"));
    EXPECT_EQ(values.value(MergeFields::EffectiveDate), QStringLiteral("May 31, 2024"));
    EXPECT_EQ(values.value(MergeFields::ExportLink), QStringLiteral("https://export.example.org/abc"));
    EXPECT_EQ(values.value(MergeFields::ExportDirections), QStringLiteral("Unzip the archive."));
    for (const QString &name : MergeFields::names())
        EXPECT_TRUE(values.has(name)) << show(name);
}

TEST(CaseMergeValues, WrittenInTheTemplatesLanguageNotTheAccounts)
{
    CaseDetail detail = fullCase();
    detail.header.language = QStringLiteral("en");
    const MergeValues values = CaseMergeValues::forCase(detail, sources(QStringLiteral("de")));
    EXPECT_EQ(values.value(MergeFields::CustomerSince), QStringLiteral("3. März 2021"));
    EXPECT_EQ(values.value(MergeFields::EffectiveDate), QStringLiteral("31. Mai 2024"));
    EXPECT_EQ(values.value(MergeFields::Tenure), QStringLiteral("3 Jahre und 2 Monate"));
}

TEST(CaseMergeValues, TenureRunsToTodayWithoutAnEffectiveDate)
{
    CaseDetail detail = fullCase();
    detail.header.offboardingCase.effectiveOn = QDate();
    const MergeValues values = CaseMergeValues::forCase(detail, sources(QStringLiteral("en")));
    EXPECT_EQ(values.value(MergeFields::Tenure), QStringLiteral("3 years and 3 months")); // to 2024-06-15
    EXPECT_FALSE(values.has(MergeFields::EffectiveDate));
}

TEST(CaseMergeValues, WhatACaseLacksIsBlank)
{
    CaseDetail detail = fullCase();
    detail.header.contactName.clear();
    detail.header.customerSince = QDate(2025, 1, 1); // after the effective date: no tenure
    const MergeValues values = CaseMergeValues::forCase(detail, MergeSources{});
    for (const QLatin1String name :
         {MergeFields::ContactFirstName, MergeFields::ContactLastName, MergeFields::Tenure, MergeFields::RepName,
          MergeFields::RepSignature, MergeFields::ExportLink, MergeFields::ExportDirections})
        EXPECT_FALSE(values.has(name)) << name.data();
    EXPECT_TRUE(values.has(MergeFields::CustomerSince));
}
