// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList noteValues(const Note &n)
{
    return {n.caseId,
            sqlNullable(n.templateId),
            sqlNullable(n.authorId),
            n.recipientName,
            n.recipientEmail,
            n.subject,
            n.body,
            sqlEnum(n.state),
            sqlEnum(n.delivery),
            sqlNullableText(n.messageId), // unique when set, so "none" must be NULL
            n.attempts,
            n.lastError,
            sqlInstant(n.queuedAt),
            sqlInstant(n.sentAt),
            sqlInstant(n.createdAt),
            sqlInstant(n.updatedAt)};
}

Note readNote(RowReader &r)
{
    Note n;
    n.id = r.id();
    n.caseId = r.id();
    n.templateId = r.id();
    n.authorId = r.id();
    n.recipientName = r.text();
    n.recipientEmail = r.text();
    n.subject = r.text();
    n.body = r.text();
    n.state = r.enumValue(NoteState::Draft);
    n.delivery = r.enumValue(NoteDelivery::Smtp);
    n.messageId = r.text();
    n.attempts = r.integer();
    n.lastError = r.text();
    n.queuedAt = r.instant();
    n.sentAt = r.instant();
    n.createdAt = r.instant();
    n.updatedAt = r.instant();
    n.version = r.integer();
    return n;
}

const TableMapping<Note> &mapping()
{
    static const TableMapping<Note> m{
        QStringLiteral("notes"),
        {QStringLiteral("case_id"), QStringLiteral("template_id"), QStringLiteral("author_id"),
         QStringLiteral("recipient_name"), QStringLiteral("recipient_email"), QStringLiteral("subject"),
         QStringLiteral("body"), QStringLiteral("state"), QStringLiteral("delivery"), QStringLiteral("message_id"),
         QStringLiteral("attempts"), QStringLiteral("last_error"), QStringLiteral("queued_at"),
         QStringLiteral("sent_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        noteValues,
        readNote,
    };
    return m;
}

} // namespace

NoteRepository::NoteRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> NoteRepository::add(Note &note)
{
    return insertRow(m_db, mapping(), note);
}

Result<Note> NoteRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no note number %1; someone may have deleted it.").arg(id));
}

Result<Note> NoteRepository::findByMessageId(const QString &messageId)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE message_id = ?"), {messageId},
                    tr("No note was sent with the message id %1.").arg(messageId));
}

Status NoteRepository::update(Note &note)
{
    return updateVersionedRow(m_db, mapping(), note, [&](bool stillExists) {
        if (!stillExists)
            return tr("Someone else deleted the note \"%1\" since you opened it. Yours was not saved.")
                .arg(note.subject);
        return tr("Someone else changed the note \"%1\" since you opened it (or it was sent meanwhile). Reload "
                  "it to see their change; yours was not saved.")
            .arg(note.subject);
    });
}

Status NoteRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no note number %1 to delete.").arg(id));
}

Result<QList<Note>> NoteRepository::listForCase(qint64 caseId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE case_id = ? ORDER BY created_at, id"), {caseId});
}

Result<QList<Note>> NoteRepository::listByState(NoteState state, int limit)
{
    // Never-queued notes (drafts) have no queued_at; they sort last.
    const QString order = QStringLiteral("WHERE state = ? ORDER BY queued_at IS NULL, queued_at, id");
    if (limit > 0)
        return fetchAll(m_db, mapping(), order + QStringLiteral(" LIMIT ?"), {sqlEnum(state), limit});
    return fetchAll(m_db, mapping(), order, {sqlEnum(state)});
}

} // namespace fairwell
