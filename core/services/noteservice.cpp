// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/noteservice.h"

#include "domain/offboardingcase.h"
#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/mailsettingsservice.h"
#include "services/noteaddresses.h"
#include "services/noteedit.h"
#include "services/notemail.h"
#include "session/servicecontext.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/repositorysupport.h"

#include <QHash>
#include <QRegularExpression>

namespace fairwell {

namespace {

QJsonObject changeNamed(const char *change)
{
    return {{QStringLiteral("change"), QLatin1String(change)}};
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

NoteRef refOf(const Note &note)
{
    return NoteRef{note.id, note.version};
}

Result<NoteRef> refOf(const Result<Note> &note)
{
    if (!note)
        return fail(note.error());
    return refOf(*note);
}

bool isMessageId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^<[^<>@\\s]+@[^<>@\\s]+>$"));
    return form.match(id).hasMatch();
}

} // namespace

NoteService::NoteService(ServiceContext &context)
    : m_context(context)
{
}

int NoteService::currentVersionOf(const Error &conflict)
{
    if (conflict.code != ErrorCode::Conflict)
        return 0;
    bool ok = false;
    const int version = conflict.detail.toInt(&ok);
    return ok ? version : 0;
}

QString NoteService::stateWord(NoteState state)
{
    return NoteEdit::stateWord(state);
}

Result<NoteRef> NoteService::saveDraft(const NoteDraft &draft)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    const auto fill = [&draft](Note &note) {
        note.templateId = draft.templateId;
        note.recipientName = draft.to.name;
        note.recipientEmail = draft.to.address;
        note.cc = draft.cc;
        note.subject = draft.subject;
        note.body = draft.body;
    };
    if (draft.id != 0) {
        return refOf(NoteEdit::run(m_context, draft.id, draft.version, [&](Note &note) -> Result<QJsonObject> {
            if (note.state != NoteState::Draft)
                return fail(NoteEdit::wrongState(
                    db, note, tr("The note \"%1\" is %2 already; only a draft can be edited.")));
            fill(note);
            return QJsonObject(); // as the person types: not one audit row per pause
        }));
    }
    if (draft.caseId == 0)
        return fail(ErrorCode::InvalidInput, tr("A note belongs to a case; none was given. Nothing was changed."));
    Note note;
    const Status written = db.write([&]() -> Status {
        auto offboardingCase = CaseRepository(db).find(draft.caseId);
        if (!offboardingCase)
            return fail(offboardingCase.error());
        if (auto allowed = Authorization::requireCaseAccess(m_context.actor, *offboardingCase); !allowed)
            return allowed;
        note.caseId = draft.caseId;
        note.authorId = m_context.actor.userId;
        fill(note);
        if (auto added = NoteRepository(db).add(note); !added)
            return fail(added.error());
        return AuditTrail(db, m_context.actor)
            .inserted(NoteRepository::auditEntity(), note.id,
                      merged(changeNamed("note_drafted"), NoteRepository::auditFields(note)));
    });
    if (!written)
        return fail(written.error());
    return refOf(note);
}

Status NoteService::discardDraft(qint64 noteId, int version)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return allowed;
    Database &db = m_context.db;
    return db.write([&]() -> Status {
        auto note = NoteEdit::lock(m_context, noteId, version);
        if (!note)
            return fail(note.error());
        if (note->state != NoteState::Draft)
            return fail(NoteEdit::wrongState(
                db, *note, tr("The note \"%1\" is %2; only a draft can be discarded (cancel it instead).")));
        if (auto removed = NoteRepository(db).remove(noteId); !removed)
            return removed;
        auto recorded = AuditRepository(db).record(
            NoteRepository::auditEntity(), noteId, AuditAction::Delete,
            merged(NoteRepository::auditFields(*note), changeNamed("note_discarded")), {}, m_context.actor.userId);
        if (!recorded)
            return fail(recorded.error());
        return {};
    });
}

Result<NoteRef> NoteService::queue(qint64 noteId, int version)
{
    Database &db = m_context.db;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return refOf(NoteEdit::run(m_context, noteId, version, [&](Note &note) -> Result<QJsonObject> {
        if (note.state != NoteState::Draft)
            return fail(NoteEdit::wrongState(
                db, note, tr("The note \"%1\" is %2 already; only a draft can be sent.")));
        auto settings = MailSettingsService::read(db);
        if (!settings)
            return fail(settings.error());
        if (!settings->isConfigured())
            return fail(ErrorCode::InvalidInput,
                        tr("No mail server is set up for Fairwell, so the note cannot go out by itself. Open it "
                           "in your mail program or save it as an .eml file, then mark it as sent. Nothing was "
                           "changed."));
        if (auto to = NoteAddresses::check(MailAddress{note.recipientName, note.recipientEmail.trimmed()},
                                           tr("To"));
            !to)
            return fail(to.error());
        for (const MailAddress &cc : std::as_const(note.cc)) {
            if (auto checked = NoteAddresses::check(MailAddress{cc.name, cc.address.trimmed()}, tr("Cc")); !checked)
                return fail(checked.error());
        }
        const QString subject = note.subject.trimmed();
        if (subject.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("The note has no subject. Nothing was changed."));
        if (subject.contains(QLatin1Char('\n')) || subject.contains(QLatin1Char('\r')))
            return fail(ErrorCode::InvalidInput, tr("The subject must be a single line. Nothing was changed."));
        if (note.body.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, tr("The note has no text. Nothing was changed."));
        // A template's field left unfilled must never reach a customer.
        const QString placeholder = QStringLiteral("{{");
        if (note.subject.contains(placeholder) || note.body.contains(placeholder))
            return fail(ErrorCode::InvalidInput,
                        tr("The note still holds a \"{{\" placeholder from its template: fill it in or remove "
                           "it. Nothing was changed."));
        note.recipientEmail = note.recipientEmail.trimmed();
        for (MailAddress &cc : note.cc)
            cc.address = cc.address.trimmed();
        if (note.messageId.isEmpty())
            note.messageId = NoteMail::newMessageId(settings->fromAddress);
        note.state = NoteState::Queued;
        note.delivery = NoteDelivery::Smtp;
        note.queuedAt = now;
        note.nextAttemptAt = now;
        note.sendingStartedAt = {};
        note.attempts = 0;
        note.lastError.clear();
        // The whole note as it was sent: draft saves are not audited.
        return merged(NoteRepository::auditFields(note), changeNamed("note_queued"));
    }));
}

Result<NoteRef> NoteService::retry(qint64 noteId, int version)
{
    Database &db = m_context.db;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return refOf(NoteEdit::run(m_context, noteId, version, [&](Note &note) -> Result<QJsonObject> {
        if (note.state != NoteState::Failed && note.state != NoteState::MayHaveBeenSent)
            return fail(NoteEdit::wrongState(
                db, note, tr("The note \"%1\" is %2; only a failed note or one that may have been sent can be "
                             "sent again.")));
        note.state = NoteState::Queued;
        note.nextAttemptAt = now;
        note.attempts = 0;
        note.lastError.clear();
        return changeNamed("note_retried");
    }));
}

Result<NoteRef> NoteService::cancel(qint64 noteId, int version)
{
    Database &db = m_context.db;
    return refOf(NoteEdit::run(m_context, noteId, version, [&](Note &note) -> Result<QJsonObject> {
        switch (note.state) {
        case NoteState::Draft:
        case NoteState::Queued:
        case NoteState::Failed:
        case NoteState::MayHaveBeenSent:
            break;
        case NoteState::Sending:
            return fail(NoteEdit::wrongState(
                db, note, tr("The note \"%1\" is being handed to the mail server right now (%2), so it can no "
                             "longer be cancelled.")));
        case NoteState::Sent:
        case NoteState::Cancelled:
            return fail(NoteEdit::wrongState(db, note, tr("The note \"%1\" is %2 already.")));
        }
        note.state = NoteState::Cancelled;
        note.nextAttemptAt = {};
        return changeNamed("note_cancelled");
    }));
}

Result<NoteRef> NoteService::confirmSent(qint64 noteId, int version)
{
    Database &db = m_context.db;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return refOf(NoteEdit::run(m_context, noteId, version, [&](Note &note) -> Result<QJsonObject> {
        if (note.state != NoteState::MayHaveBeenSent)
            return fail(NoteEdit::wrongState(
                db, note, tr("The note \"%1\" is %2; only a note that may have been sent can be confirmed as "
                             "sent.")));
        note.state = NoteState::Sent;
        // It went out, if at all, when it was handed to the server.
        note.sentAt = note.sendingStartedAt.isValid() ? note.sendingStartedAt : now;
        note.nextAttemptAt = {};
        return changeNamed("note_confirmed_sent");
    }));
}

Result<NoteRef> NoteService::markSentByHand(qint64 noteId, int version, NoteDelivery delivery,
                                            const QString &messageId)
{
    if (delivery == NoteDelivery::Smtp)
        return fail(ErrorCode::InvalidInput,
                    tr("A note sent by hand went through the mail program or an .eml file, not through "
                       "Fairwell's mail server. Nothing was changed."));
    if (!messageId.isEmpty() && !isMessageId(messageId))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a Message-ID (like <id@example.com>). Nothing was changed.").arg(messageId));
    Database &db = m_context.db;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return refOf(NoteEdit::run(m_context, noteId, version, [&](Note &note) -> Result<QJsonObject> {
        if (note.state != NoteState::Draft && note.state != NoteState::Queued && note.state != NoteState::Failed)
            return fail(NoteEdit::wrongState(
                db, note, tr("The note \"%1\" is %2; only a draft, a queued or a failed note can be marked as "
                             "sent by hand.")));
        if (note.messageId.isEmpty() && !messageId.isEmpty())
            note.messageId = messageId;
        note.state = NoteState::Sent;
        note.delivery = delivery;
        note.sentAt = now;
        note.nextAttemptAt = {};
        return merged(NoteRepository::auditFields(note), changeNamed("note_sent_by_hand"));
    }));
}

Result<Note> NoteService::find(qint64 noteId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return NoteRepository(m_context.db).find(noteId);
}

Result<QList<Note>> NoteService::notesForCase(qint64 caseId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return NoteRepository(m_context.db).listForCase(caseId);
}

Result<QList<OutboxEntry>> NoteService::outbox(const OutboxFilter &filter)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    QList<NoteState> states = filter.states;
    if (states.isEmpty()) {
        for (const auto &entry : EnumNames<NoteState>::values) {
            if (entry.value != NoteState::Draft)
                states.append(entry.value);
        }
    }
    Database &db = m_context.db;
    QList<OutboxEntry> entries;
    const Status read = db.write([&]() -> Status {
        auto notes = NoteRepository(db).listOutbox(states, filter.authorId, filter.afterUpdatedAt, filter.afterId,
                                                   filter.limit > 0 ? filter.limit : 200);
        if (!notes)
            return fail(notes.error());
        if (notes->isEmpty())
            return {};
        QStringList marks;
        QVariantList ids;
        for (const Note &note : std::as_const(*notes)) {
            marks.append(QStringLiteral("?"));
            ids.append(note.id);
        }
        auto names = db.exec(QStringLiteral("SELECT n.id, a.name, u.display_name FROM notes n "
                                            "JOIN cases c ON c.id = n.case_id JOIN accounts a ON a.id = c.account_id "
                                            "LEFT JOIN users u ON u.id = n.author_id WHERE n.id IN (%1)")
                                 .arg(marks.join(QLatin1String(", "))),
                             ids);
        if (!names)
            return fail(names.error());
        QHash<qint64, std::pair<QString, QString>> byNote;
        while (names->next()) {
            RowReader r(*names);
            const qint64 id = r.id();
            const QString account = r.text();
            byNote.insert(id, {account, r.text()});
        }
        for (const Note &note : std::as_const(*notes)) {
            OutboxEntry entry;
            entry.note = note;
            entry.accountName = byNote.value(note.id).first;
            entry.authorName = byNote.value(note.id).second;
            entries.append(entry);
        }
        return {};
    });
    if (!read)
        return fail(read.error());
    return entries;
}

Result<OutboxCounts> NoteService::outboxCounts(qint64 authorId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return NoteRepository(m_context.db).countByState(authorId);
}

Result<OutgoingMail> NoteService::outgoingMail(qint64 noteId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    OutgoingMail mail;
    const Status read = db.write([&]() -> Status {
        auto note = NoteRepository(db).find(noteId);
        if (!note)
            return fail(note.error());
        auto settings = MailSettingsService::read(db);
        if (!settings)
            return fail(settings.error());
        auto built = NoteMail::build(db, *note, *settings, QDateTime::currentDateTimeUtc());
        if (!built)
            return fail(built.error());
        mail = *built;
        return {};
    });
    if (!read)
        return fail(read.error());
    return mail;
}

} // namespace fairwell
