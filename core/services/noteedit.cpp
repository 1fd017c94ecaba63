// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/noteedit.h"

#include "domain/offboardingcase.h"
#include "services/authorization.h"
#include "session/servicecontext.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QString subjectOf(const Note &note)
{
    return note.subject.trimmed().isEmpty() ? NoteEdit::tr("(no subject)") : note.subject.trimmed();
}

} // namespace

QString NoteEdit::stateWord(NoteState state)
{
    switch (state) {
    case NoteState::Draft:
        return tr("draft");
    case NoteState::Queued:
        return tr("queued");
    case NoteState::Sending:
        return tr("sending");
    case NoteState::Sent:
        return tr("sent");
    case NoteState::Failed:
        return tr("failed");
    case NoteState::MayHaveBeenSent:
        return tr("may have been sent");
    case NoteState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

Result<Note> NoteEdit::lock(ServiceContext &context, qint64 noteId, int noteVersion)
{
    if (auto allowed = Authorization::requireActor(context.actor); !allowed)
        return fail(allowed.error());
    Database &db = context.db;
    // Locked until the commit: of two desks quoting one version, the second
    // waits here and then finds the version moved on.
    auto note = NoteRepository(db).findForUpdate(noteId);
    if (!note)
        return fail(note.error());
    auto offboardingCase = CaseRepository(db).find(note->caseId);
    if (!offboardingCase)
        return fail(offboardingCase.error());
    if (auto allowed = Authorization::requireCaseAccess(context.actor, *offboardingCase); !allowed)
        return fail(allowed.error());
    if (note->version != noteVersion)
        return fail(conflict(db, *note, noteVersion));
    return note;
}

Result<Note> NoteEdit::run(ServiceContext &context, qint64 noteId, int noteVersion, const Work &work)
{
    if (auto allowed = Authorization::requireActor(context.actor); !allowed)
        return fail(allowed.error());
    Database &db = context.db;
    Note saved;
    const Status written = db.write([&]() -> Status {
        auto note = lock(context, noteId, noteVersion);
        if (!note)
            return fail(note.error());
        const Note before = *note;
        auto extra = work(*note);
        if (!extra)
            return fail(extra.error());
        if (auto updated = NoteRepository(db).update(*note); !updated)
            return updated;
        if (!extra->isEmpty()) {
            if (auto audited = audit(db, context.actor.userId, before, *note, *extra); !audited)
                return audited;
        }
        saved = *note;
        return {};
    });
    if (!written)
        return fail(written.error());
    return saved;
}

Status NoteEdit::audit(Database &db, qint64 actingUserId, const Note &before, const Note &after,
                       const QJsonObject &extra)
{
    FieldChanges changes = NoteRepository::changes(before, after);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        changes.after.insert(it.key(), it.value());
    changes.after.insert(QStringLiteral("case_id"), after.caseId);
    // Every transition names its state, even where it stays the same (a
    // retry after a temporary failure).
    if (!changes.after.contains(QStringLiteral("state")))
        changes.after.insert(QStringLiteral("state"), toString(after.state));
    auto recorded = AuditRepository(db).record(NoteRepository::auditEntity(), after.id, AuditAction::Update,
                                               changes.before, changes.after, actingUserId);
    if (!recorded)
        return fail(recorded.error());
    return {};
}

Error NoteEdit::conflict(Database &db, const Note &current, int quotedVersion)
{
    Q_UNUSED(quotedVersion);
    QString message = tr("The note \"%1\" changed since you opened it; it is %2 now.")
                          .arg(subjectOf(current), stateWord(current.state));
    if (auto last = AuditRepository(db).lastChangeSummary(NoteRepository::auditEntity(), current.id);
        last && !last->isEmpty())
        message += QLatin1Char(' ') + tr("Last change: %1.").arg(*last);
    message += QLatin1Char(' ') + tr("Nothing was changed; reload the note to see it, then try again.");
    return Error{ErrorCode::Conflict, message, db.spec().displayName(), QString::number(current.version)};
}

Error NoteEdit::wrongState(Database &db, const Note &note, const QString &message)
{
    return Error{ErrorCode::InvalidInput,
                 message.arg(subjectOf(note), stateWord(note.state)) + QLatin1Char(' ')
                     + tr("Nothing was changed."),
                 db.spec().displayName(), {}};
}

} // namespace fairwell
