// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped thank-you note templates: each parses, uses the fallbacks a
// case may need, and renders with a full case in its own language; a broken
// default is refused with the template, line and column named.
#include "demo/defaultcontent.h"
#include "notes/casemergevalues.h"
#include "notes/mergefields.h"
#include "notes/templaterenderer.h"
#include "services/casedetail.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace fairwell;

namespace {

std::string show(const QString &text)
{
    return text.toStdString();
}

QList<NoteTemplate> shippedTemplates()
{
    auto templates = DefaultContent::templates();
    EXPECT_TRUE(templates.has_value()) << show(templates ? QString() : templates.error().text());
    return templates ? *templates : QList<NoteTemplate>();
}

CaseDetail fullCase()
{
    CaseDetail detail;
    CaseHeader &h = detail.header;
    h.accountName = QStringLiteral("Müller & Söhne");
    h.externalId = QStringLiteral("ACC-0042");
    h.segment = QStringLiteral("smb");
    h.plan = QStringLiteral("Business");
    h.language = QStringLiteral("de");
    h.customerSince = QDate(2021, 3, 3);
    h.ownerName = QStringLiteral("Jonas Berg");
    h.contactId = 7;
    h.contactName = QStringLiteral("Maria Keller");
    h.contactEmail = QStringLiteral("maria@example.org");
    h.offboardingCase.id = 42;
    h.offboardingCase.openedOn = QDate(2024, 4, 2);
    h.offboardingCase.effectiveOn = QDate(2024, 5, 31);
    return detail;
}

MergeSources sourcesFor(const NoteTemplate &note)
{
    MergeSources s;
    s.repName = QStringLiteral("Jonas Berg");
    s.repSignature = QStringLiteral("Jonas Berg\nCustomer Success, Fairwell");
    s.exportLink = QStringLiteral("https://export.example.org/acc-0042");
    s.exportDirections = QStringLiteral("Open README.txt first: it explains every file.");
    s.language = note.language;
    s.today = QDate(2024, 6, 15);
    return s;
}

// The part of `parsed` that fills `field`; none when it is not used.
std::optional<TemplatePart> partFor(const ParsedTemplate &parsed, const QString &field)
{
    for (const TemplatePart &part : parsed.parts()) {
        if (part.kind == TemplatePart::Kind::Field && part.text == field)
            return part;
    }
    return std::nullopt;
}

} // namespace

TEST(DefaultTemplates, EnglishAndGermanAreShipped)
{
    const QList<NoteTemplate> templates = shippedTemplates();
    ASSERT_EQ(templates.size(), 4);
    EXPECT_EQ(std::count_if(templates.cbegin(), templates.cend(),
                            [](const NoteTemplate &t) { return t.language == QLatin1String("en"); }),
              2);
    EXPECT_EQ(std::count_if(templates.cbegin(), templates.cend(),
                            [](const NoteTemplate &t) { return t.language == QLatin1String("de"); }),
              2);
    EXPECT_EQ(templates.first().name, QStringLiteral("Thank you (English)"));
}

TEST(DefaultTemplates, EachParsesAndUsesTheFallbacksACaseMayNeed)
{
    for (const NoteTemplate &note : shippedTemplates()) {
        SCOPED_TRACE(show(note.name));
        auto subject = TemplateRenderer::parse(note.subject);
        ASSERT_TRUE(subject.has_value()) << show(subject.error().text());
        auto body = TemplateRenderer::parse(note.body);
        ASSERT_TRUE(body.has_value()) << show(body.error().text());

        // A contact without a first name still gets a greeting.
        const auto greeting = partFor(*body, MergeFields::ContactFirstName);
        ASSERT_TRUE(greeting.has_value());
        EXPECT_FALSE(greeting->fallback.isEmpty());
        // The signature, or the rep's name where there is none.
        const auto signature = partFor(*body, MergeFields::RepSignature);
        ASSERT_TRUE(signature.has_value());
        EXPECT_EQ(signature->fallbackFields, QStringList{QString(MergeFields::RepName)});
        // The export, and how to use it.
        EXPECT_TRUE(partFor(*body, MergeFields::ExportLink).has_value());
        EXPECT_TRUE(partFor(*body, MergeFields::ExportDirections).has_value());
        EXPECT_TRUE(partFor(*body, MergeFields::AccountName).has_value());
    }
}

TEST(DefaultTemplates, EachRendersWithAFullCase)
{
    for (const NoteTemplate &note : shippedTemplates()) {
        SCOPED_TRACE(show(note.name));
        const MergeValues values = CaseMergeValues::forCase(fullCase(), sourcesFor(note));
        auto rendered = TemplateRenderer::render(note, values);
        ASSERT_TRUE(rendered.has_value()) << show(rendered.error().text());
        for (const QString &text : {rendered->subject, rendered->body}) {
            EXPECT_FALSE(text.contains(QLatin1String("{{")) || text.contains(QLatin1String("}}"))) << show(text);
            EXPECT_FALSE(text.contains(QLatin1String("  "))) << show(text);
        }
        EXPECT_TRUE(rendered->subject.contains(QLatin1String("Maria"))) << show(rendered->subject);
        EXPECT_TRUE(rendered->body.contains(QLatin1String("Maria,"))) << show(rendered->body);
        EXPECT_TRUE(rendered->body.contains(QStringLiteral("Müller & Söhne")));
        EXPECT_TRUE(rendered->body.contains(QLatin1String("https://export.example.org/acc-0042")));
        EXPECT_TRUE(rendered->body.contains(QLatin1String("Open README.txt first")));
        EXPECT_TRUE(rendered->body.endsWith(QLatin1String("Jonas Berg\nCustomer Success, Fairwell")))
            << show(rendered->body);
    }
}

TEST(DefaultTemplates, DatesAreWrittenInTheTemplatesLanguage)
{
    for (const NoteTemplate &note : shippedTemplates()) {
        if (!note.body.contains(QLatin1String("customer_since")))
            continue;
        auto rendered = TemplateRenderer::render(note, CaseMergeValues::forCase(fullCase(), sourcesFor(note)));
        ASSERT_TRUE(rendered.has_value());
        const QString expected = note.language == QLatin1String("de") ? QStringLiteral("seit dem 3. März 2021")
                                                                       : QStringLiteral("since March 3, 2021");
        EXPECT_TRUE(rendered->body.contains(expected)) << show(rendered->body);
    }
}

TEST(DefaultTemplates, ACaseWithoutNameOrSignatureStillGetsAWarmNote)
{
    CaseDetail detail = fullCase();
    detail.header.contactName.clear();
    for (const NoteTemplate &note : shippedTemplates()) {
        SCOPED_TRACE(show(note.name));
        MergeSources sources = sourcesFor(note);
        sources.repSignature.clear();
        sources.exportDirections.clear();
        auto rendered = TemplateRenderer::render(note, CaseMergeValues::forCase(detail, sources));
        ASSERT_TRUE(rendered.has_value()) << show(rendered.error().text());
        const bool german = note.language == QLatin1String("de");
        EXPECT_TRUE(rendered->body.startsWith(german ? QStringLiteral("Hallo zusammen,") : QStringLiteral("Hi there,")))
            << show(rendered->body);
        EXPECT_TRUE(rendered->body.endsWith(QLatin1String("\nJonas Berg"))) << show(rendered->body);
        EXPECT_FALSE(rendered->body.contains(QLatin1String("{{")));
    }
}

TEST(DefaultTemplates, WithoutTheExportLinkNoNoteIsWritten)
{
    for (const NoteTemplate &note : shippedTemplates()) {
        MergeSources sources = sourcesFor(note);
        sources.exportLink.clear();
        auto rendered = TemplateRenderer::render(note, CaseMergeValues::forCase(fullCase(), sources));
        ASSERT_FALSE(rendered.has_value()) << show(note.name);
        EXPECT_EQ(rendered.error().detail, QStringLiteral("export.link"));
    }
}

TEST(DefaultTemplates, ABrokenDefaultIsRefusedWithItsPlace)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QFile file(QDir(folder.path()).filePath(QStringLiteral("templates.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"templates": [{"name": "Broken", "language": "en", "subject": "Thanks",
                  "body": "Hi {{contact.first_name | there}},\n\nthanks from {{rep.nam}}"}]})");
    file.close();
    auto templates = DefaultContent::templates(folder.path());
    ASSERT_FALSE(templates.has_value());
    EXPECT_EQ(templates.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(templates.error().message.contains(QLatin1String("\"Broken\""))) << show(templates.error().message);
    EXPECT_TRUE(templates.error().message.contains(QLatin1String("Line 3, column 15")))
        << show(templates.error().message);
    EXPECT_TRUE(templates.error().where.contains(QLatin1String("templates.json")));
}
