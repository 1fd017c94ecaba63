// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitfeedbackrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

#include <QJsonArray>

#include <algorithm>

namespace fairwell {

namespace {

QVariantList feedbackValues(const ExitFeedback &f)
{
    return {f.caseId,
            sqlNullable(f.primaryReasonId),
            f.verbatim,
            sqlOptional(f.satisfaction),
            f.competitor,
            sqlEnum(f.wouldReturn),
            f.mayContactLater,
            sqlNullable(f.recordedBy),
            sqlInstant(f.recordedAt)};
}

ExitFeedback readFeedback(RowReader &r)
{
    ExitFeedback f;
    f.id = r.id();
    f.caseId = r.id();
    f.primaryReasonId = r.id();
    f.verbatim = r.text();
    f.satisfaction = r.optionalInt();
    f.competitor = r.text();
    f.wouldReturn = r.enumValue(WouldReturn::Unknown);
    f.mayContactLater = r.boolean();
    f.recordedBy = r.id();
    f.recordedAt = r.instant();
    return f;
}

const TableMapping<ExitFeedback> &mapping()
{
    static const TableMapping<ExitFeedback> m{
        QStringLiteral("exit_feedback"),
        {QStringLiteral("case_id"), QStringLiteral("primary_reason_id"), QStringLiteral("verbatim"),
         QStringLiteral("satisfaction"), QStringLiteral("competitor"), QStringLiteral("would_return"),
         QStringLiteral("may_contact_later"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")},
        feedbackValues,
        readFeedback,
    };
    return m;
}

QList<qint64> normalised(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

ExitFeedbackRepository::ExitFeedbackRepository(Database &db)
    : m_db(db)
{
}

Status ExitFeedbackRepository::saveReasons(const ExitFeedback &feedback)
{
    auto cleared = sql::changedRows(m_db, QStringLiteral("DELETE FROM exit_feedback_reasons WHERE feedback_id = ?"),
                                    {feedback.id});
    if (!cleared)
        return fail(cleared.error());
    if (feedback.secondaryReasonIds.isEmpty())
        return {};
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO exit_feedback_reasons (feedback_id, reason_id) VALUES (?, ?)"));
    if (!insert)
        return fail(insert.error());
    for (const qint64 reasonId : feedback.secondaryReasonIds) {
        if (auto ran = m_db.run(*insert, {feedback.id, reasonId}); !ran)
            return ran;
    }
    return {};
}

Result<ExitFeedback> ExitFeedbackRepository::withReasons(Result<ExitFeedback> feedback)
{
    if (!feedback)
        return feedback;
    auto query = m_db.exec(
        QStringLiteral("SELECT reason_id FROM exit_feedback_reasons WHERE feedback_id = ? ORDER BY reason_id"),
        {feedback->id});
    if (!query)
        return fail(query.error());
    while (query->next())
        feedback->secondaryReasonIds.append(query->value(0).toLongLong());
    return feedback;
}

Result<qint64> ExitFeedbackRepository::add(ExitFeedback &feedback)
{
    ExitFeedback saved = feedback;
    if (!saved.recordedAt.isValid())
        saved.recordedAt = QDateTime::currentDateTimeUtc();
    saved.secondaryReasonIds = normalised(saved.secondaryReasonIds);
    const Status written = m_db.write([&]() -> Status {
        if (auto id = insertRow(m_db, mapping(), saved); !id)
            return fail(id.error());
        return saveReasons(saved);
    });
    if (!written)
        return fail(written.error());
    feedback = saved;
    return saved.id;
}

Result<ExitFeedback> ExitFeedbackRepository::find(qint64 id)
{
    return withReasons(findById(m_db, mapping(), id, tr("There is no exit feedback number %1.").arg(id)));
}

Result<ExitFeedback> ExitFeedbackRepository::findForCase(qint64 caseId)
{
    return withReasons(fetchOne(m_db, mapping(), QStringLiteral("WHERE case_id = ?"), {caseId},
                                tr("No exit feedback has been recorded for case %1 yet.").arg(caseId)));
}

Status ExitFeedbackRepository::update(ExitFeedback &feedback)
{
    ExitFeedback changed = feedback;
    changed.secondaryReasonIds = normalised(changed.secondaryReasonIds);
    const Status written = m_db.write([&]() -> Status {
        const Status updated = updateRow(
            m_db, mapping(), changed,
            tr("This exit feedback no longer exists; someone may have deleted it. Your change was not saved."));
        if (!updated)
            return updated;
        return saveReasons(changed);
    });
    if (written)
        feedback = changed;
    return written;
}

Status ExitFeedbackRepository::remove(qint64 id)
{
    // Its secondary reasons go with it (ON DELETE CASCADE).
    return sql::removeById(m_db, mapping().table, id, tr("There is no exit feedback number %1 to delete.").arg(id));
}

QJsonObject ExitFeedbackRepository::auditFields(const ExitFeedback &feedback)
{
    QJsonObject fields = fairwell::auditFields(mapping().columns, feedbackValues(feedback));
    QJsonArray secondary;
    for (const qint64 id : feedback.secondaryReasonIds)
        secondary.append(id);
    fields.insert(QStringLiteral("secondary_reason_ids"), secondary);
    return fields;
}

} // namespace fairwell
