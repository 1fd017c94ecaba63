// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

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

private:
    Database &m_db;
};

} // namespace fairwell
