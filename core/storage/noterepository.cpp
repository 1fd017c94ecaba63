// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fairwell {

namespace {

// Cc mailboxes as a JSON array of {"name", "address"}; none: empty text.
QString mailboxesJson(const MailAddressList &list)
{
    if (list.isEmpty())
        return {};
    QJsonArray array;
    for (const MailAddress &a : list)
        array.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

MailAddressList mailboxesFromJson(const QString &json)
{
    MailAddressList list;
    if (json.isEmpty())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        list.append(MailAddress{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("address")).toString()});
    }
    return list;
}

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
            sqlInstant(n.updatedAt),
            sqlInstant(n.sendingStartedAt),
            sqlInstant(n.nextAttemptAt),
            mailboxesJson(n.cc)};
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
    n.sendingStartedAt = r.instant();
    n.nextAttemptAt = r.instant();
    n.cc = mailboxesFromJson(r.text());
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
         QStringLiteral("sent_at"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
         QStringLiteral("sending_started_at"), QStringLiteral("next_attempt_at"), QStringLiteral("cc")},
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

QString NoteRepository::auditEntity()
{
    return QStringLiteral("note");
}

QJsonObject NoteRepository::auditFields(const Note &note)
{
    return fairwell::auditFields(mapping().columns, noteValues(note));
}

FieldChanges NoteRepository::changes(const Note &before, const Note &after)
{
    return changedFields(mapping().columns, storable(noteValues(before)), storable(noteValues(after)));
}

Result<Note> NoteRepository::findForUpdate(qint64 id)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE id = ?") + m_db.forUpdate(), {id},
                    tr("There is no note number %1; someone may have deleted it.").arg(id));
}

Result<std::optional<Note>> NoteRepository::claimableDue(const QDateTime &now)
{
    // PostgreSQL: the row stays locked until the claim commits, and a second
    // sender passes over it to the next due note instead of waiting for it.
    // SQLite: the write transaction holds the whole file already.
    const QString lock = m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    auto due = fetchAll(m_db, mapping(),
                        QStringLiteral("WHERE state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1")
                            + lock,
                        {sqlEnum(NoteState::Queued), sqlInstant(now)});
    if (!due)
        return fail(due.error());
    if (due->isEmpty())
        return std::optional<Note>();
    return std::optional<Note>(due->constFirst());
}

Result<QList<Note>> NoteRepository::listSendingSince(const QDateTime &startedBefore)
{
    // A note in "sending" with no start time was left by a Fairwell from
    // before the outbox (version 9): it counts as long interrupted.
    return fetchAll(m_db, mapping(),
                    QStringLiteral("WHERE state = ? AND (sending_started_at IS NULL OR sending_started_at < ?) "
                                   "ORDER BY id")
                        + m_db.forUpdate(),
                    {sqlEnum(NoteState::Sending), sqlInstant(startedBefore)});
}

Result<QList<Note>> NoteRepository::listOutbox(const QList<NoteState> &states, qint64 authorId,
                                               const QDateTime &afterUpdatedAt, qint64 afterId, int limit)
{
    QStringList marks;
    QVariantList values;
    for (const NoteState state : states) {
        marks.append(QStringLiteral("?"));
        values.append(sqlEnum(state));
    }
    QString tail = QStringLiteral("WHERE state IN (%1)").arg(marks.join(QLatin1String(", ")));
    if (authorId != 0) {
        tail += QStringLiteral(" AND author_id = ?");
        values.append(authorId);
    }
    if (afterUpdatedAt.isValid()) {
        tail += QStringLiteral(" AND (updated_at < ? OR (updated_at = ? AND id < ?))");
        values << sqlInstant(afterUpdatedAt) << sqlInstant(afterUpdatedAt) << afterId;
    }
    tail += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    values.append(limit);
    return fetchAll(m_db, mapping(), tail, values);
}

Result<QMap<NoteState, int>> NoteRepository::countByState(qint64 authorId)
{
    QString sql = QStringLiteral("SELECT state, COUNT(*) FROM notes");
    QVariantList values;
    if (authorId != 0) {
        sql += QStringLiteral(" WHERE author_id = ?");
        values.append(authorId);
    }
    auto query = m_db.exec(sql + QStringLiteral(" GROUP BY state"), values);
    if (!query)
        return fail(query.error());
    QMap<NoteState, int> counts;
    while (query->next()) {
        RowReader r(*query);
        const auto state = r.optionalEnum<NoteState>();
        const int count = r.integer();
        if (state)
            counts.insert(*state, count);
    }
    return counts;
}

Result<NoteRepository::Pending> NoteRepository::pending()
{
    auto query = m_db.exec(QStringLiteral("SELECT (SELECT MIN(next_attempt_at) FROM notes WHERE state = ?), "
                                          "(SELECT COUNT(*) FROM notes WHERE state = ? AND sending_started_at IS NULL), "
                                          "(SELECT MIN(sending_started_at) FROM notes WHERE state = ?)"),
                           {sqlEnum(NoteState::Queued), sqlEnum(NoteState::Sending), sqlEnum(NoteState::Sending)});
    if (!query)
        return fail(query.error());
    Pending pending;
    if (query->next()) {
        RowReader r(*query);
        pending.nextAttemptAt = r.instant();
        pending.sendingWithoutStart = r.integer() > 0;
        pending.oldestSendingStartedAt = r.instant();
    }
    return pending;
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
