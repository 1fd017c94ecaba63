// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notecomposer.h"

#include "domain/notetemplate.h"
#include "notes/casemergevalues.h"
#include "notes/templaterenderer.h"
#include "services/authorization.h"
#include "services/casedetailreader.h"
#include "services/mailsettingsservice.h"
#include "session/servicecontext.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/notetemplaterepository.h"

#include <algorithm>

namespace fairwell {

namespace {

Status requireCase(ServiceContext &context, qint64 caseId)
{
    if (auto allowed = Authorization::requireActor(context.actor); !allowed)
        return fail(allowed.error());
    auto offboardingCase = CaseRepository(context.db).find(caseId);
    if (!offboardingCase)
        return fail(offboardingCase.error());
    return Authorization::requireCaseAccess(context.actor, *offboardingCase);
}

} // namespace

NoteComposer::NoteComposer(ServiceContext &context)
    : m_context(context)
{
}

Result<CompositionStart> NoteComposer::start(qint64 caseId)
{
    if (auto allowed = requireCase(m_context, caseId); !allowed)
        return fail(allowed.error());
    auto detail = CaseDetailReader(m_context.db).read(caseId, QDate::currentDate());
    if (!detail)
        return fail(detail.error());
    CompositionStart start;
    start.caseId = caseId;
    start.accountName = detail->header.accountName;
    start.language = detail->header.language;
    start.to = MailAddress{detail->header.contactName, detail->header.contactEmail};

    auto templates = NoteTemplateRepository(m_context.db).list(true);
    if (!templates)
        return fail(templates.error());
    for (const NoteTemplate &noteTemplate : std::as_const(*templates))
        start.templates.append({noteTemplate.id, noteTemplate.name, noteTemplate.language});
    // The customer's language first (the note is for them), then English,
    // which most customers without a template of their own read.
    const auto rank = [&](const TemplateChoice &choice) {
        if (choice.language == start.language)
            return 0;
        return choice.language == QLatin1String("en") ? 1 : 2;
    };
    std::stable_sort(start.templates.begin(), start.templates.end(),
                     [&](const TemplateChoice &a, const TemplateChoice &b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });

    auto notes = NoteRepository(m_context.db).listForCase(caseId);
    if (!notes)
        return fail(notes.error());
    for (const Note &note : std::as_const(*notes)) {
        if (note.state == NoteState::Draft && (!start.draft || note.updatedAt >= start.draft->updatedAt))
            start.draft = note;
    }
    auto smtp = MailSettingsService::read(m_context.db);
    if (!smtp)
        return fail(smtp.error());
    start.smtpConfigured = smtp->isConfigured();
    return start;
}

Result<ComposedNote> NoteComposer::compose(qint64 caseId, qint64 templateId)
{
    if (auto allowed = requireCase(m_context, caseId); !allowed)
        return fail(allowed.error());
    auto noteTemplate = NoteTemplateRepository(m_context.db).find(templateId);
    if (!noteTemplate)
        return fail(noteTemplate.error());
    auto detail = CaseDetailReader(m_context.db).read(caseId, QDate::currentDate());
    if (!detail)
        return fail(detail.error());
    auto signature = MailSettingsService::readSignature(m_context.db, m_context.actor.userId);
    if (!signature)
        return fail(signature.error());
    MailSettingsService settings(m_context);
    auto directions = settings.exportDirections();
    if (!directions)
        return fail(directions.error());

    MergeSources sources;
    sources.repName = m_context.actor.displayName;
    sources.repSignature = *signature;
    sources.exportLink = directions->link;
    sources.exportDirections = directions->text;
    sources.language = noteTemplate->language;
    sources.today = QDate::currentDate();
    auto rendered = TemplateRenderer::render(*noteTemplate, CaseMergeValues::forCase(*detail, sources));
    if (!rendered) {
        Error error = rendered.error();
        error.message = tr("The template “%1” cannot be used for this case. %2")
                            .arg(noteTemplate->name, error.message);
        return fail(error);
    }
    return ComposedNote{noteTemplate->id, rendered->subject, rendered->body};
}

} // namespace fairwell
