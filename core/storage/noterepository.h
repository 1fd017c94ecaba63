// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace fairwell {

class Database;
struct FieldChanges;

// Reads and writes thank-you notes, which are also the outbox. Updates are
// optimistic, so two senders never both claim the same queued note.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteRepository)

public:
    explicit NoteRepository(Database &db);

    // Fills in the new id, version and timestamps.
    Result<qint64> add(Note &note);
    Result<Note> find(qint64 id);
    Result<Note> findByMessageId(const QString &messageId);
    // Conflict when someone (or another sender) changed it since it was read.
    Status update(Note &note);
    Status remove(qint64 id);
    // Oldest first.
    Result<QList<Note>> listForCase(qint64 caseId);
    // The outbox: notes in `state`, longest queued first; `limit` 0: all.
    Result<QList<Note>> listByState(NoteState state, int limit = 0);

    // Locked until the transaction ends (PostgreSQL; SQLite's write
    // transaction holds the file).
    Result<Note> findForUpdate(qint64 id);
    // The queued note due first (next_attempt_at <= now), locked for this
    // transaction; one another transaction holds already is passed over.
    Result<std::optional<Note>> claimableDue(const QDateTime &now);
    // Notes in "sending" whose attempt began before `startedBefore` (or
    // that never said when), locked.
    Result<QList<Note>> listSendingSince(const QDateTime &startedBefore);

    // Notes in one of `states` (of `authorId`, unless 0), the last changed
    // first, after the keyset (`afterUpdatedAt`, `afterId`) when given.
    Result<QList<Note>> listOutbox(const QList<NoteState> &states, qint64 authorId, const QDateTime &afterUpdatedAt,
                                   qint64 afterId, int limit);
    // How many notes are in each state (of `authorId`, unless 0).
    Result<QMap<NoteState, int>> countByState(qint64 authorId);

    // What the sender waits for.
    struct Pending
    {
        QDateTime nextAttemptAt; // the earliest queued note's; invalid: none queued
        QDateTime oldestSendingStartedAt; // invalid: none sending
        bool sendingWithoutStart = false;
    };
    Result<Pending> pending();

    // The audit log's name for notes, and a note's fields as it records them.
    static QString auditEntity();
    static QJsonObject auditFields(const Note &note);
    static FieldChanges changes(const Note &before, const Note &after);

private:
    Database &m_db;
};

} // namespace fairwell
