// SPDX-License-Identifier: GPL-3.0-or-later
// The template renderer on its own: every malformed placeholder with the
// line and column it is reported at, every way a value can be missing,
// fallbacks, literal braces, several lines and characters beyond ASCII.
#include "domain/notetemplate.h"
#include "notes/mergefields.h"
#include "notes/templateengine.h"
#include "notes/templaterenderer.h"

#include <gtest/gtest.h>

using namespace fairwell;

namespace {

std::string show(const QString &text)
{
    return text.toStdString();
}

MergeValues fullValues()
{
    MergeValues values;
    values.set(MergeFields::AccountName, QStringLiteral("Müller & Söhne"));
    values.set(MergeFields::ContactFirstName, QStringLiteral("Maria"));
    values.set(MergeFields::ContactLastName, QStringLiteral("Keller"));
    values.set(MergeFields::CustomerSince, QStringLiteral("March 3, 2021"));
    values.set(MergeFields::Tenure, QStringLiteral("3 years and 2 months"));
    values.set(MergeFields::Plan, QStringLiteral("Pro"));
    values.set(MergeFields::RepName, QStringLiteral("Jonas Berg"));
    values.set(MergeFields::RepSignature, QStringLiteral("Jonas Berg\nCustomer Success"));
    values.set(MergeFields::EffectiveDate, QStringLiteral("May 31, 2024"));
    values.set(MergeFields::ExportLink, QStringLiteral("https://export.example.org/abc"));
    values.set(MergeFields::ExportDirections, QStringLiteral("Unzip the file."));
    return values;
}

QString rendered(const QString &text, const MergeValues &values = fullValues())
{
    auto parsed = TemplateRenderer::parse(text);
    EXPECT_TRUE(parsed.has_value()) << show(text) << ": " << show(parsed ? QString() : parsed.error().text());
    if (!parsed)
        return QStringLiteral("<fault>");
    auto note = TemplateRenderer::render(*parsed, values);
    EXPECT_TRUE(note.has_value()) << show(text) << ": " << show(note ? QString() : note.error().text());
    return note ? *note : QStringLiteral("<missing>");
}

// A malformed template and where its fault must be reported.
struct Malformed
{
    const char16_t *name;
    QString text;
    int line;
    int column;
    qsizetype offset;
    QString problem; // a piece of the message that says what is wrong

    friend void PrintTo(const Malformed &c, std::ostream *out) { *out << c.text.toStdString(); }
};

class MalformedTemplate : public ::testing::TestWithParam<Malformed>
{
};

} // namespace

TEST_P(MalformedTemplate, IsRejectedAtItsLineAndColumn)
{
    const Malformed &c = GetParam();
    const auto fault = TemplateRenderer::check(c.text);
    ASSERT_TRUE(fault.has_value()) << show(c.text);
    EXPECT_EQ(fault->line, c.line) << show(fault->message());
    EXPECT_EQ(fault->column, c.column) << show(fault->message());
    EXPECT_EQ(fault->offset, c.offset) << show(fault->message());
    EXPECT_TRUE(fault->problem.contains(c.problem)) << show(fault->problem) << " lacks " << show(c.problem);

    // The app's Result says the same, in words, with the place.
    auto parsed = TemplateRenderer::parse(c.text);
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(parsed.error().message.startsWith(QStringLiteral("Line %1, column %2: ").arg(c.line).arg(c.column)))
        << show(parsed.error().message);
    EXPECT_TRUE(parsed.error().message.contains(c.problem));
    EXPECT_EQ(parsed.error().where, QStringLiteral("line %1, column %2").arg(c.line).arg(c.column));
}

// Columns count characters as a reader sees them; offsets are QString
// indexes for an editor's cursor.
INSTANTIATE_TEST_SUITE_P(
    Faults, MalformedTemplate,
    ::testing::Values(
        Malformed{u"Unclosed", QStringLiteral("Hi {{contact.first_name,"), 1, 4, 3, QStringLiteral("not closed")},
        Malformed{u"UnclosedBeforeLineEnd", QStringLiteral("Hi {{contact.first_name\n}}"), 1, 4, 3,
                  QStringLiteral("not closed")},
        Malformed{u"UnclosedAfterLiteral", QStringLiteral("{{{{ {{plan"), 1, 6, 5, QStringLiteral("not closed")},
        Malformed{u"StrayClose", QStringLiteral("Hello }} there"), 1, 7, 6, QStringLiteral("no {{ before it")},
        Malformed{u"StrayTripleClose", QStringLiteral("}}}"), 1, 1, 0, QStringLiteral("no {{ before it")},
        Malformed{u"StrayCloseAfterPlaceholder", QStringLiteral("{{plan}}}}}"), 1, 9, 8,
                  QStringLiteral("no {{ before it")},
        Malformed{u"EmptyName", QStringLiteral("{{}}"), 1, 1, 0, QStringLiteral("holds no field name")},
        Malformed{u"BlankName", QStringLiteral("x {{ \t }}"), 1, 3, 2, QStringLiteral("holds no field name")},
        Malformed{u"NoNameBeforeBar", QStringLiteral("{{ | there}}"), 1, 1, 0,
                  QStringLiteral("no field name before the |")},
        Malformed{u"SpaceInName", QStringLiteral("{{contact first_name}}"), 1, 10, 9, QStringLiteral("a space")},
        Malformed{u"DashInName", QStringLiteral("{{contact-name}}"), 1, 10, 9, QStringLiteral("\"-\"")},
        Malformed{u"AccentInName", QStringLiteral("{{contact.naïve}}"), 1, 13, 12, QStringLiteral("\"ï\"")},
        Malformed{u"CombiningAccentInName", QStringLiteral("{{cafe\u0301}}"), 1, 6, 6,
                  QStringLiteral("cannot contain")},
        Malformed{u"InvisibleSpaceInName", QStringLiteral("{{plan\u00a0x}}"), 1, 7, 6,
                  QStringLiteral("invisible character U+00A0")},
        Malformed{u"Nested", QStringLiteral("{{ plan {{ tenure }} }}"), 1, 9, 8,
                  QStringLiteral("opened at column 1")},
        Malformed{u"NestedLater", QStringLiteral("ab {{plan {{tenure}}"), 1, 11, 10,
                  QStringLiteral("opened at column 4")},
        Malformed{u"SingleCloseInside", QStringLiteral("{{contact.first_name}x}}"), 1, 21, 20,
                  QStringLiteral("single }")},
        Malformed{u"SingleOpenInside", QStringLiteral("{{contact.{first}}"), 1, 11, 10, QStringLiteral("single {")},
        Malformed{u"EmptyFallback", QStringLiteral("{{contact.first_name | }}"), 1, 22, 21,
                  QStringLiteral("Nothing follows the |")},
        Malformed{u"EmptyFallbackAfterField", QStringLiteral("{{rep.signature | rep.name |}}"), 1, 28, 27,
                  QStringLiteral("Nothing follows the |")},
        Malformed{u"TextFallbackNotLast", QStringLiteral("{{contact.first_name | there | friend}}"), 1, 30, 29,
                  QStringLiteral("\"there\" before this | always has a value")},
        Malformed{u"UnknownField", QStringLiteral("{{contact.nickname}}"), 1, 3, 2,
                  QStringLiteral("no merge field called \"contact.nickname\"")},
        Malformed{u"UnknownFieldWrongCase", QStringLiteral("{{ Contact.First_Name }}"), 1, 4, 3,
                  QStringLiteral("Did you mean \"contact.first_name\"?")},
        Malformed{u"MisspeltFallbackField", QStringLiteral("{{rep.signature |  rep.nmae}}"), 1, 20, 19,
                  QStringLiteral("Did you mean \"rep.name\"?")},
        Malformed{u"LaterLine", QStringLiteral("Hi,\n\nthanks {{acount.name}}"), 3, 10, 14,
                  QStringLiteral("Did you mean \"account.name\"?")},
        Malformed{u"WindowsLineEnds", QStringLiteral("a\r\nb\r\n  {{x}}"), 3, 5, 10,
                  QStringLiteral("\"x\"")},
        Malformed{u"OldMacLineEnds", QStringLiteral("a\rb }}"), 2, 3, 4, QStringLiteral("no {{ before it")},
        Malformed{u"TabIsOneColumn", QStringLiteral("\t}}"), 1, 2, 1, QStringLiteral("no {{ before it")},
        // 🙏 is a surrogate pair: two QChars, one column.
        Malformed{u"EmojiBefore", QStringLiteral("Grüße 🙏 {{x}}"), 1, 11, 11, QStringLiteral("\"x\"")},
        // 👨‍👩‍👧 is three emoji joined by two ZWJ: eight QChars, one column.
        Malformed{u"ZwjSequenceBefore", QStringLiteral("👨‍👩‍👧 }}"), 1, 3, 9, QStringLiteral("no {{ before it")},
        // e + combining acute: two QChars, one column.
        Malformed{u"CombiningBefore", QStringLiteral("Cafe\u0301 }}"), 1, 6, 6, QStringLiteral("no {{ before it")}),
    [](const auto &info) { return QString::fromUtf16(info.param.name).toStdString(); });

TEST(TemplateRenderer, FirstFaultIsTheOneReported)
{
    const auto fault = TemplateRenderer::check(QStringLiteral("{{plan}} }} {{nope}}"));
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->column, 10);
}

TEST(TemplateRenderer, FaultMessageNamesLineAndColumn)
{
    const auto fault = TemplateRenderer::check(QStringLiteral("ok\n  }}"));
    ASSERT_TRUE(fault.has_value());
    EXPECT_TRUE(fault->message().startsWith(QStringLiteral("Line 2, column 3: There is a }} here")))
        << show(fault->message());
    EXPECT_EQ(fault->place(), QStringLiteral("line 2, column 3"));
}

TEST(TemplateRenderer, FillsEveryKnownField)
{
    for (const QString &name : MergeFields::names()) {
        const QString text = QStringLiteral("[{{") + name + QStringLiteral("}}]");
        EXPECT_EQ(rendered(text), QLatin1Char('[') + fullValues().value(name) + QLatin1Char(']')) << show(name);
    }
}

TEST(TemplateRenderer, WhitespaceInsideBracesIsAllowed)
{
    EXPECT_EQ(rendered(QStringLiteral("{{ plan }}/{{\tplan\t}}/{{plan   }}")), QStringLiteral("Pro/Pro/Pro"));
    EXPECT_EQ(rendered(QStringLiteral("Hi {{  contact.first_name   |   there   }},"), {}), QStringLiteral("Hi there,"));
}

TEST(TemplateRenderer, MissingValueStopsAndNamesTheField)
{
    MergeValues values = fullValues();
    values.set(MergeFields::ContactFirstName, QString());
    auto parsed = TemplateRenderer::parse(QStringLiteral("Hi {{contact.first_name}}, thanks."));
    ASSERT_TRUE(parsed.has_value());
    auto note = TemplateRenderer::render(*parsed, values);
    ASSERT_FALSE(note.has_value());
    EXPECT_EQ(note.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(note.error().message, QStringLiteral("The note needs the contact's first name, and this case has none. "
                                                   "Add it to the contact or write the greeting yourself."));
    EXPECT_EQ(note.error().detail, QStringLiteral("contact.first_name"));
    EXPECT_EQ(TemplateRenderer::missingFields(*parsed, values), QStringList{QStringLiteral("contact.first_name")});
}

TEST(TemplateRenderer, AbsentBlankAndWhitespaceValuesAreAllMissing)
{
    auto parsed = TemplateRenderer::parse(QStringLiteral("{{plan}}"));
    ASSERT_TRUE(parsed.has_value());
    for (const QString &blank : {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\n\t ")}) {
        MergeValues values;
        if (!blank.isNull())
            values.set(MergeFields::Plan, blank);
        EXPECT_EQ(TemplateRenderer::missingFields(*parsed, values), QStringList{QStringLiteral("plan")});
        auto note = TemplateRenderer::render(*parsed, values);
        ASSERT_FALSE(note.has_value());
        EXPECT_TRUE(note.error().message.contains(QStringLiteral("account's plan"))) << show(note.error().message);
        // The engine below hands out no half-filled text either.
        const TemplateEngine::Filled filled = TemplateEngine::fill(*parsed, values);
        EXPECT_TRUE(filled.text.isEmpty());
    }
}

TEST(TemplateRenderer, EveryMissingFieldIsNamedOnceInOrder)
{
    auto parsed = TemplateRenderer::parse(
        QStringLiteral("{{effective_date}} {{plan}} {{contact.first_name | there}} {{effective_date}} {{tenure}}"));
    ASSERT_TRUE(parsed.has_value());
    MergeValues values;
    values.set(MergeFields::Plan, QStringLiteral("Pro"));
    EXPECT_EQ(TemplateRenderer::missingFields(*parsed, values),
              (QStringList{QStringLiteral("effective_date"), QStringLiteral("tenure")}));
    auto note = TemplateRenderer::render(*parsed, values);
    ASSERT_FALSE(note.has_value());
    EXPECT_EQ(note.error().detail, QStringLiteral("effective_date, tenure"));
    const QStringList lines = note.error().message.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << show(note.error().message);
    EXPECT_EQ(lines.at(0), QStringLiteral("The note cannot be written yet:"));
    EXPECT_EQ(lines.at(1), MergeFields::find(MergeFields::EffectiveDate)->missing);
    EXPECT_EQ(lines.at(2), MergeFields::find(MergeFields::Tenure)->missing);
}

TEST(TemplateRenderer, EveryFieldHasItsOwnMissingSentence)
{
    for (const MergeField &field : MergeFields::all()) {
        auto parsed = TemplateRenderer::parse(QStringLiteral("{{") + field.name + QStringLiteral("}}"));
        ASSERT_TRUE(parsed.has_value());
        auto note = TemplateRenderer::render(*parsed, MergeValues());
        ASSERT_FALSE(note.has_value()) << show(field.name);
        EXPECT_EQ(note.error().message, field.missing);
        EXPECT_FALSE(note.error().message.contains(QStringLiteral("{{")));
    }
}

TEST(TemplateRenderer, FallbackTextStandsInForAMissingValue)
{
    const QString text = QStringLiteral("Hi {{contact.first_name | there}},");
    EXPECT_EQ(rendered(text), QStringLiteral("Hi Maria,"));
    MergeValues values = fullValues();
    values.set(MergeFields::ContactFirstName, QStringLiteral("  "));
    EXPECT_EQ(rendered(text, values), QStringLiteral("Hi there,"));
    EXPECT_EQ(rendered(text, MergeValues()), QStringLiteral("Hi there,"));
}

TEST(TemplateRenderer, FallbackTextMayHoldAnyWordsButBracesAndBars)
{
    EXPECT_EQ(rendered(QStringLiteral("{{contact.first_name | liebe Grüße 🙏, Frau Dr. Müller!}}"), {}),
              QStringLiteral("liebe Grüße 🙏, Frau Dr. Müller!"));
    // Reads like a domain, not like a slip in a field's name: text.
    EXPECT_EQ(rendered(QStringLiteral("{{export.link | example.com}}"), {}), QStringLiteral("example.com"));
    EXPECT_EQ(rendered(QStringLiteral("{{plan | e.g. Pro}}"), {}), QStringLiteral("e.g. Pro"));
}

TEST(TemplateRenderer, FallbackFieldsAreTriedInTurn)
{
    const QString text = QStringLiteral("{{rep.signature | rep.name}}");
    MergeValues values = fullValues();
    EXPECT_EQ(rendered(text, values), QStringLiteral("Jonas Berg\nCustomer Success"));
    values.set(MergeFields::RepSignature, QStringLiteral(" \n"));
    EXPECT_EQ(rendered(text, values), QStringLiteral("Jonas Berg"));

    const QString chain = QStringLiteral("{{rep.signature | rep.name | The Fairwell team}}");
    values.set(MergeFields::RepName, QString());
    EXPECT_EQ(rendered(chain, values), QStringLiteral("The Fairwell team"));

    // Neither has a value and no text follows: the field the placeholder
    // is about is the one named.
    auto parsed = TemplateRenderer::parse(text);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(TemplateRenderer::missingFields(*parsed, values), QStringList{QStringLiteral("rep.signature")});
    EXPECT_EQ(parsed->fields(), (QStringList{QStringLiteral("rep.signature"), QStringLiteral("rep.name")}));
    EXPECT_EQ(parsed->requiredFields(), QStringList{QStringLiteral("rep.signature")});
}

TEST(TemplateRenderer, LiteralBraces)
{
    EXPECT_EQ(rendered(QStringLiteral("{{{{plan}}}}")), QStringLiteral("{{plan}}"));
    EXPECT_EQ(rendered(QStringLiteral("{{{plan}}}")), QStringLiteral("{Pro}"));
    EXPECT_EQ(rendered(QStringLiteral("{{{{{{plan}}")), QStringLiteral("{{Pro"));
    EXPECT_EQ(rendered(QStringLiteral("{{{{{")), QStringLiteral("{{{"));
    EXPECT_EQ(rendered(QStringLiteral("}}}} and }}}}}")), QStringLiteral("}} and }}}"));
    EXPECT_EQ(rendered(QStringLiteral("a { b } c {}")), QStringLiteral("a { b } c {}"));
    EXPECT_EQ(rendered(QStringLiteral("{{plan}}}")), QStringLiteral("Pro}"));
    auto parsed = TemplateRenderer::parse(QStringLiteral("{{{{plan}}}}"));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_TRUE(parsed->fields().isEmpty());
}

TEST(TemplateRenderer, ValuesAreNeverReadAsTemplateText)
{
    MergeValues values = fullValues();
    values.set(MergeFields::AccountName, QStringLiteral("{{plan}} }} Corp"));
    EXPECT_EQ(rendered(QStringLiteral("Dear {{account.name}}"), values), QStringLiteral("Dear {{plan}} }} Corp"));
}

TEST(TemplateRenderer, ValuesAreTrimmed)
{
    MergeValues values = fullValues();
    values.set(MergeFields::ContactFirstName, QStringLiteral("  Maria \n"));
    EXPECT_EQ(rendered(QStringLiteral("Hi {{contact.first_name}}!"), values), QStringLiteral("Hi Maria!"));
}

TEST(TemplateRenderer, SeveralLinesKeepTheirLineEnds)
{
    EXPECT_EQ(rendered(QStringLiteral("Hi {{contact.first_name}},\n\nthanks.\r\n{{rep.signature}}\n")),
              QStringLiteral("Hi Maria,\n\nthanks.\r\nJonas Berg\nCustomer Success\n"));
}

TEST(TemplateRenderer, NonAsciiTextAndValues)
{
    MergeValues values = fullValues();
    values.set(MergeFields::ContactFirstName, QStringLiteral("Zoë 👩‍💻"));
    EXPECT_EQ(rendered(QStringLiteral("Grüße 🙏 an {{contact.first_name}} von {{account.name}} — 谢谢"), values),
              QStringLiteral("Grüße 🙏 an Zoë 👩‍💻 von Müller & Söhne — 谢谢"));
}

TEST(TemplateRenderer, EmptyTemplateIsEmptyNote)
{
    EXPECT_EQ(rendered(QString()), QString());
}

TEST(TemplateRenderer, SourceParsesBackToTheSameParts)
{
    for (const QString &text :
         {QStringLiteral("Hi {{ contact.first_name|there }}, {{{{x}}}} {{{plan}}} }}}}} {"),
          QStringLiteral("{{rep.signature|rep.name|  Team  }}\n{{{{{{plan}}"), QStringLiteral("{{{{{"),
          QStringLiteral("a}{{plan}}}b")}) {
        auto parsed = TemplateRenderer::parse(text);
        ASSERT_TRUE(parsed.has_value()) << show(text);
        auto again = TemplateRenderer::parse(parsed->source());
        ASSERT_TRUE(again.has_value()) << show(parsed->source());
        EXPECT_EQ(*again, *parsed) << show(text) << " -> " << show(parsed->source());
    }
}

TEST(TemplateRenderer, SubjectAndBodyRenderTogether)
{
    NoteTemplate note;
    note.subject = QStringLiteral("Thank you, {{contact.first_name | and all the best}} ({{rep.signature}})");
    note.body = QStringLiteral("Hi {{contact.first_name | there}},\n{{account.name}}");
    auto rendered = TemplateRenderer::render(note, fullValues());
    ASSERT_TRUE(rendered.has_value()) << show(rendered.error().text());
    // A subject is one line, even when a value spans several.
    EXPECT_EQ(rendered->subject, QStringLiteral("Thank you, Maria (Jonas Berg Customer Success)"));
    EXPECT_EQ(rendered->body, QStringLiteral("Hi Maria,\nMüller & Söhne"));
}

TEST(TemplateRenderer, SubjectAndBodyNameTheirMissingFieldsTogether)
{
    NoteTemplate note;
    note.subject = QStringLiteral("About {{plan}}");
    note.body = QStringLiteral("{{tenure}} {{plan}} {{account.name}}");
    MergeValues values;
    values.set(MergeFields::AccountName, QStringLiteral("Acme"));
    auto rendered = TemplateRenderer::render(note, values);
    ASSERT_FALSE(rendered.has_value());
    EXPECT_EQ(rendered.error().detail, QStringLiteral("plan, tenure"));
}

TEST(TemplateRenderer, SubjectOrBodyFaultSaysWhich)
{
    NoteTemplate note;
    note.subject = QStringLiteral("Thanks {{plan");
    note.body = QStringLiteral("ok");
    auto subject = TemplateRenderer::render(note, fullValues());
    ASSERT_FALSE(subject.has_value());
    EXPECT_EQ(subject.error().where, QStringLiteral("subject, line 1, column 8"));
    EXPECT_TRUE(subject.error().message.contains(QStringLiteral("subject"))) << show(subject.error().message);

    note.subject = QStringLiteral("Thanks");
    note.body = QStringLiteral("Hi,\n{{nope}}");
    auto body = TemplateRenderer::render(note, fullValues());
    ASSERT_FALSE(body.has_value());
    EXPECT_EQ(body.error().where, QStringLiteral("text, line 2, column 3"));
}
