// SPDX-License-Identifier: GPL-3.0-or-later
#include "callrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList callValues(const Call &c)
{
    return {c.caseId,
            sqlNullable(c.userId),
            sqlNullable(c.contactId),
            sqlInstant(c.calledAt),
            c.durationSeconds,
            sqlEnum(c.direction),
            sqlEnum(c.outcome),
            c.summary,
            sqlDate(c.nextFollowUpOn),
            sqlNullable(c.followUpTaskId)};
}

Call readCall(RowReader &r)
{
    Call c;
    c.id = r.id();
    c.caseId = r.id();
    c.userId = r.id();
    c.contactId = r.id();
    c.calledAt = r.instant();
    c.durationSeconds = r.integer();
    c.direction = r.enumValue(CallDirection::Outbound);
    c.outcome = r.enumValue(CallOutcome::Reached);
    c.summary = r.text();
    c.nextFollowUpOn = r.date();
    c.followUpTaskId = r.id();
    return c;
}

const TableMapping<Call> &mapping()
{
    static const TableMapping<Call> m{
        QStringLiteral("calls"),
        {QStringLiteral("case_id"), QStringLiteral("user_id"), QStringLiteral("contact_id"),
         QStringLiteral("called_at"), QStringLiteral("duration_seconds"), QStringLiteral("direction"),
         QStringLiteral("outcome"), QStringLiteral("summary"), QStringLiteral("next_follow_up_on"),
         QStringLiteral("follow_up_task_id")},
        callValues,
        readCall,
    };
    return m;
}

} // namespace

CallRepository::CallRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> CallRepository::add(Call &call)
{
    return insertRow(m_db, mapping(), call);
}

Result<Call> CallRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no call number %1; someone may have deleted it.").arg(id));
}

Status CallRepository::update(const Call &call)
{
    return updateRow(m_db, mapping(), call,
                     tr("This call (number %1) no longer exists; someone may have deleted it. Your change was not "
                        "saved.")
                         .arg(call.id));
}

Status CallRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no call number %1 to delete.").arg(id));
}

Result<QList<Call>> CallRepository::listForCase(qint64 caseId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE case_id = ? ORDER BY called_at DESC, id DESC"), {caseId});
}

QJsonObject CallRepository::auditFields(const Call &call)
{
    return fairwell::auditFields(mapping().columns, callValues(call));
}

} // namespace fairwell
