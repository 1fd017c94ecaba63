// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/outboxservice.h"

#include "services/authorization.h"
#include "services/mailsettingsservice.h"
#include "services/noteedit.h"
#include "services/notemail.h"
#include "session/servicecontext.h"
#include "storage/database.h"
#include "storage/noterepository.h"

#include <algorithm>

namespace fairwell {

namespace {

// The outbox acts on its own: its audit rows name no person.
constexpr qint64 kOutbox = 0;

QJsonObject changeNamed(const char *change)
{
    return {{QStringLiteral("change"), QLatin1String(change)}};
}

// The timeline shows why, whether or not the words changed since the last
// attempt.
QJsonObject withDetail(const char *change, const QString &detail)
{
    QJsonObject extra = changeNamed(change);
    if (!detail.isEmpty())
        extra.insert(QStringLiteral("detail"), detail);
    return extra;
}

} // namespace

int OutboxPolicy::retryDelaySeconds(int attempts) const
{
    qint64 delay = std::max(1, firstRetrySeconds);
    for (int i = 1; i < attempts && delay < maxRetrySeconds; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, maxRetrySeconds));
}

OutboxService::OutboxService(ServiceContext &context, const OutboxPolicy &policy)
    : m_context(context)
    , m_policy(policy)
{
}

Result<std::optional<ClaimedNote>> OutboxService::claimNextDue(const QDateTime &now)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    std::optional<ClaimedNote> claimed;
    const Status written = db.write([&]() -> Status {
        NoteRepository notes(db);
        auto due = notes.claimableDue(now);
        if (!due)
            return fail(due.error());
        if (!*due)
            return {};
        Note note = **due;
        const Note before = note;
        auto settings = MailSettingsService::read(db);
        if (!settings)
            return fail(settings.error());
        // Queued before the outbox gave every note its Message-ID on queueing.
        if (note.messageId.isEmpty())
            note.messageId = NoteMail::newMessageId(settings->fromAddress);
        note.state = NoteState::Sending;
        note.sendingStartedAt = now;
        ++note.attempts;
        // The row is locked (or the file is), so the version still holds;
        // should it not, update() says Conflict and nothing is claimed.
        if (auto updated = notes.update(note); !updated)
            return updated;
        if (auto audited = NoteEdit::audit(db, kOutbox, before, note, changeNamed("note_sending")); !audited)
            return audited;
        auto mail = NoteMail::build(db, note, *settings, now);
        if (!mail)
            return fail(mail.error());
        claimed = ClaimedNote{note, *mail};
        return {};
    });
    if (!written)
        return fail(written.error());
    return claimed;
}

Result<NoteState> OutboxService::recordOutcome(qint64 noteId, int claimedVersion, const DeliveryOutcome &outcome,
                                               const QDateTime &now)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    NoteState state = NoteState::Sending;
    const Status written = db.write([&]() -> Status {
        NoteRepository notes(db);
        auto found = notes.findForUpdate(noteId);
        if (!found)
            return fail(found.error());
        Note note = *found;
        const Note before = note;
        const bool ours = note.state == NoteState::Sending && note.version == claimedVersion;
        // Flagged by another desktop while this one waited for the server:
        // a delivery settles it, anything else is for the person to decide.
        const bool lateDelivery = outcome.result == DeliveryResult::Delivered
                                  && note.state == NoteState::MayHaveBeenSent;
        if (!ours && !lateDelivery)
            return fail(NoteEdit::conflict(db, note, claimedVersion));
        const char *change = "";
        switch (outcome.result) {
        case DeliveryResult::Delivered:
            note.state = NoteState::Sent;
            note.delivery = NoteDelivery::Smtp;
            note.sentAt = now;
            note.nextAttemptAt = {};
            note.lastError.clear();
            change = "note_sent";
            break;
        case DeliveryResult::TemporaryFailure:
            note.lastError = outcome.detail;
            if (note.attempts >= m_policy.maxAttempts) {
                note.state = NoteState::Failed;
                note.nextAttemptAt = {};
                note.lastError = tr("%1 (gave up after %n attempt(s))", nullptr, note.attempts).arg(outcome.detail);
                change = "note_failed";
            } else {
                note.state = NoteState::Queued;
                note.nextAttemptAt = now.addSecs(m_policy.retryDelaySeconds(note.attempts));
                change = "note_retry_planned";
            }
            break;
        case DeliveryResult::PermanentFailure:
            note.state = NoteState::Failed;
            note.nextAttemptAt = {};
            note.lastError = outcome.detail;
            change = "note_failed";
            break;
        case DeliveryResult::Uncertain:
            note.state = NoteState::MayHaveBeenSent;
            note.nextAttemptAt = {};
            note.lastError = outcome.detail;
            change = "note_may_have_been_sent";
            break;
        }
        if (auto updated = notes.update(note); !updated)
            return updated;
        if (auto audited = NoteEdit::audit(db, kOutbox, before, note, withDetail(change, note.lastError)); !audited)
            return audited;
        state = note.state;
        return {};
    });
    if (!written)
        return fail(written.error());
    return state;
}

Result<int> OutboxService::recoverInterrupted(const QDateTime &now, int staleAfterSeconds)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    int flagged = 0;
    const Status written = db.write([&]() -> Status {
        NoteRepository notes(db);
        auto stale = notes.listSendingSince(now.addSecs(-qint64(staleAfterSeconds)));
        if (!stale)
            return fail(stale.error());
        for (Note note : std::as_const(*stale)) {
            const Note before = note;
            note.state = NoteState::MayHaveBeenSent;
            note.nextAttemptAt = {};
            note.lastError = tr("Sending stopped halfway (Fairwell or its connection ended before the mail server "
                                "answered), so the note may have reached the recipient. Check, then confirm it as "
                                "sent or send it again.");
            if (auto updated = notes.update(note); !updated)
                return updated;
            if (auto audited =
                    NoteEdit::audit(db, kOutbox, before, note, withDetail("note_may_have_been_sent", note.lastError));
                !audited)
                return audited;
            ++flagged;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return flagged;
}

Result<QDateTime> OutboxService::nextWakeUp(int staleAfterSeconds)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    auto pending = NoteRepository(m_context.db).pending();
    if (!pending)
        return fail(pending.error());
    QDateTime wake = pending->nextAttemptAt;
    QDateTime stale = pending->oldestSendingStartedAt.isValid()
                          ? pending->oldestSendingStartedAt.addSecs(staleAfterSeconds + 1)
                          : QDateTime();
    if (pending->sendingWithoutStart)
        stale = QDateTime::currentDateTimeUtc();
    if (stale.isValid() && (!wake.isValid() || stale < wake))
        wake = stale;
    return wake;
}

} // namespace fairwell
