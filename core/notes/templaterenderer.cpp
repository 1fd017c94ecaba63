// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterenderer.h"

#include "domain/notetemplate.h"
#include "notes/mergefields.h"
#include "notes/templateengine.h"

namespace fairwell {

namespace {

std::unexpected<Error> missingError(const QStringList &missing)
{
    return fail(ErrorCode::InvalidInput, TemplateRenderer::missingMessage(missing), {},
                missing.join(QLatin1String(", ")));
}

} // namespace

Result<ParsedTemplate> TemplateRenderer::parse(const QString &text)
{
    auto parsed = TemplateEngine::parse(text);
    if (const auto *fault = std::get_if<TemplateFault>(&parsed))
        return fail(ErrorCode::InvalidInput, fault->message(), fault->place());
    return std::get<ParsedTemplate>(std::move(parsed));
}

std::optional<TemplateFault> TemplateRenderer::check(const QString &text)
{
    auto parsed = TemplateEngine::parse(text);
    if (const auto *fault = std::get_if<TemplateFault>(&parsed))
        return *fault;
    return std::nullopt;
}

QStringList TemplateRenderer::missingFields(const ParsedTemplate &parsed, const MergeValues &values)
{
    return TemplateEngine::missingFields(parsed, values);
}

Result<QString> TemplateRenderer::render(const ParsedTemplate &parsed, const MergeValues &values)
{
    TemplateEngine::Filled filled = TemplateEngine::fill(parsed, values);
    if (!filled.missing.isEmpty())
        return missingError(filled.missing);
    return filled.text;
}

Result<RenderedNote> TemplateRenderer::render(const NoteTemplate &note, const MergeValues &values)
{
    auto subject = TemplateEngine::parse(note.subject);
    if (const auto *fault = std::get_if<TemplateFault>(&subject))
        return fail(ErrorCode::InvalidInput,
                    tr("The template's subject cannot be used. %1").arg(fault->message()),
                    tr("subject, %1").arg(fault->place()));
    auto body = TemplateEngine::parse(note.body);
    if (const auto *fault = std::get_if<TemplateFault>(&body))
        return fail(ErrorCode::InvalidInput, tr("The template's text cannot be used. %1").arg(fault->message()),
                    tr("text, %1").arg(fault->place()));

    const TemplateEngine::Filled filledSubject = TemplateEngine::fill(std::get<ParsedTemplate>(subject), values);
    const TemplateEngine::Filled filledBody = TemplateEngine::fill(std::get<ParsedTemplate>(body), values);
    QStringList missing = filledSubject.missing;
    for (const QString &field : filledBody.missing) {
        if (!missing.contains(field))
            missing.append(field);
    }
    if (!missing.isEmpty())
        return missingError(missing);
    // A subject is one header line, whatever a value spanning lines brings.
    return RenderedNote{filledSubject.text.simplified(), filledBody.text};
}

QString TemplateRenderer::missingMessage(const QStringList &missing)
{
    QStringList sentences;
    for (const QString &name : missing) {
        const auto field = MergeFields::find(name);
        sentences.append(field ? field->missing
                               : tr("The note needs the field \"%1\", and this case has no value for it.").arg(name));
    }
    if (sentences.size() == 1)
        return sentences.first();
    return tr("The note cannot be written yet:") + QLatin1Char('\n') + sentences.join(QLatin1Char('\n'));
}

} // namespace fairwell
