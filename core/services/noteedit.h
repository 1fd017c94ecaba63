// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace fairwell {

class Database;
struct ServiceContext;

// The frame of a person's change to a note, like CaseEdit for a case: lock
// the note, check the actor's right to its case and the note version they
// quote, do the work, save the note with a raised version and one audit
// row of what changed (the work's answer is added to the row's "after",
// with the note's "change" and its case). The case's own version is left
// alone: a note is not a change to the case.
class NoteEdit
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteEdit)

public:
    // Changes `note` in place; answers extra audit fields (at least
    // {"change": "note_…"}), or nothing for a change that is not recorded
    // (a draft's text saved as the person types).
    using Work = std::function<Result<QJsonObject>(Note &note)>;

    // The saved note.
    static Result<Note> run(ServiceContext &context, qint64 noteId, int noteVersion, const Work &work);

    // The first half of run(), inside the caller's write(): the note,
    // locked, once the actor may change it at `noteVersion`.
    static Result<Note> lock(ServiceContext &context, qint64 noteId, int noteVersion);

    // One audit row for a note going from `before` to `after`, in
    // `actingUserId`'s name (0: the outbox itself).
    static Status audit(Database &db, qint64 actingUserId, const Note &before, const Note &after,
                        const QJsonObject &extra);

    // The Conflict for someone quoting `quotedVersion` of `current`; its
    // detail is the current version.
    static Error conflict(Database &db, const Note &current, int quotedVersion);

    // InvalidInput: `note` is not in a state that allows the change.
    // `message` (translated) holds %1 for the subject and %2 for the state;
    // " Nothing was changed." is added.
    static Error wrongState(Database &db, const Note &note, const QString &message);

    // The translated word for a state ("may have been sent").
    static QString stateWord(NoteState state);
};

} // namespace fairwell
