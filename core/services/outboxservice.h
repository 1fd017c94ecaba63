// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"
#include "mail/deliveryoutcome.h"
#include "services/notetypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace fairwell {

struct ServiceContext;

// When a temporary failure is tried again: after 1, 2, 4 … minutes,
// capped at an hour, and not after the `maxAttempts`th attempt.
struct OutboxPolicy
{
    int maxAttempts = 8;
    int firstRetrySeconds = 60;
    int maxRetrySeconds = 3600;

    // The wait after the `attempts`th attempt failed for now.
    int retryDelaySeconds(int attempts) const;
};

// The background sender's side of the outbox. Any desktop's sender works
// on every desktop's notes, so each step is safe against another sender on
// the same database: a note is claimed by one of them only, and an attempt
// that stops halfway is flagged for a person, never repeated silently. The
// transitions are written in the outbox's own name (no person), each with
// an audit row the case timeline shows. Any person in a session may run it.
class OutboxService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::OutboxService)

public:
    explicit OutboxService(ServiceContext &context, const OutboxPolicy &policy = {});

    // Moves the queued note due first (next attempt at or before `now`) to
    // "sending": attempt started `now`, one more attempt. With the message
    // to hand over, dated `now`. Nothing due: std::nullopt.
    Result<std::optional<ClaimedNote>> claimNextDue(const QDateTime &now);

    // What came of the attempt on the note claimed at `claimedVersion`:
    // Delivered → sent; TemporaryFailure → queued again after the policy's
    // wait, or failed after its last attempt; PermanentFailure → failed with
    // the server's words; Uncertain → may_have_been_sent. Answers the new
    // state. When the note moved on meanwhile (another desktop flagged it
    // may-have-been-sent and a person decided), Conflict and nothing
    // changes; only news of a delivery still settles a note left "may have
    // been sent".
    Result<NoteState> recordOutcome(qint64 noteId, int claimedVersion, const DeliveryOutcome &outcome,
                                    const QDateTime &now);

    // Flags notes left "sending" since before `now` - `staleAfterSeconds`
    // (their sender stopped: a crash, a lost network) as may_have_been_sent.
    // Pass more than a delivery can take (the transport's timeout and a
    // margin for clocks), as another desktop may be sending right now.
    // Answers how many were flagged.
    Result<int> recoverInterrupted(const QDateTime &now, int staleAfterSeconds);

    // When the sender should look again: the earliest queued note's next
    // attempt, or when a note sending now would count as interrupted.
    // Invalid: nothing queued nor sending.
    Result<QDateTime> nextWakeUp(int staleAfterSeconds);

private:
    ServiceContext &m_context;
    OutboxPolicy m_policy;
};

} // namespace fairwell
