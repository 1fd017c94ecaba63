// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"
#include "mail/outgoingmail.h"
#include "services/notetypes.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

struct ServiceContext;

// A person's work on thank-you notes: drafts saved as they type, sending
// (queueing for the outbox), and the decisions the outbox leaves to a
// person. The background sender's side is OutboxService.
//
// Who: the case's owner, managers and admins may write and send the notes
// of a case; a rep those of their own cases and unassigned ones (the rule
// of CaseWorkService). Every change runs in one transaction, quotes the
// note's version (a stale one is ErrorCode::Conflict, saying what the note
// is now; `detail` holds the current version), raises it, and writes one
// audit row (entity "note") that the case timeline shows. A note never
// raises its case's version: it is not a change to the case.
class NoteService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteService)

public:
    explicit NoteService(ServiceContext &context);

    // Creates a draft (draft.id 0: for draft.caseId) or overwrites one
    // (quoting draft.version). Cheap, for saving as the person types:
    // nothing is checked but the right to the case, the version and that
    // the note is still a draft. Creating one writes an audit row; later
    // saves do not (queue() records what was sent).
    Result<NoteRef> saveDraft(const NoteDraft &draft);
    // Deletes a draft, with an audit row.
    Status discardDraft(qint64 noteId, int version);

    // Sends a draft: it becomes queued for the outbox, due at once, with its
    // Message-ID for life, in one transaction with its audit row ("thank-you
    // note queued" in the case timeline). Refused (InvalidInput) without a
    // mail server configured (use markSentByHand then), without a valid To
    // address, with an invalid Cc, an empty subject or body, a subject of
    // more than one line, or a "{{" left from a template.
    Result<NoteRef> queue(qint64 noteId, int version);

    // A person's decisions on what the outbox could not settle.
    // failed or may_have_been_sent → queued, due at once, attempts from 0.
    Result<NoteRef> retry(qint64 noteId, int version);
    // draft, queued, failed or may_have_been_sent → cancelled.
    Result<NoteRef> cancel(qint64 noteId, int version);
    // may_have_been_sent → sent (the person checked it arrived).
    Result<NoteRef> confirmSent(qint64 noteId, int version);
    // draft, queued or failed → sent by the person through their mail
    // client (NoteDelivery::MailClient) or as an .eml file (Eml, with the
    // Message-ID written into the file, which the note keeps when it has
    // none yet).
    Result<NoteRef> markSentByHand(qint64 noteId, int version, NoteDelivery delivery,
                                   const QString &messageId = {});

    Result<Note> find(qint64 noteId);
    // Oldest first.
    Result<QList<Note>> notesForCase(qint64 caseId);
    Result<QList<OutboxEntry>> outbox(const OutboxFilter &filter);
    // Per state, drafts included; `authorId` 0: everyone's.
    Result<OutboxCounts> outboxCounts(qint64 authorId = 0);

    // The message the note makes now (for an .eml, or to look at); a note
    // not queued yet gets a new Message-ID that is not stored.
    Result<OutgoingMail> outgoingMail(qint64 noteId);

    // The version in a Conflict's detail, or 0.
    static int currentVersionOf(const Error &conflict);
    // The translated word for a state ("may have been sent").
    static QString stateWord(NoteState state);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
