// SPDX-License-Identifier: GPL-3.0-or-later
#include "winbackcheckinrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList checkinValues(const WinbackCheckin &c)
{
    return {c.caseId,          sqlDate(c.dueOn), sqlNullable(c.assigneeId),  sqlEnum(c.status),
            sqlEnum(c.outcome), c.notes,          sqlInstant(c.completedAt)};
}

WinbackCheckin readCheckin(RowReader &r)
{
    WinbackCheckin c;
    c.id = r.id();
    c.caseId = r.id();
    c.dueOn = r.date();
    c.assigneeId = r.id();
    c.status = r.enumValue(CheckinStatus::Planned);
    c.outcome = r.optionalEnum<CheckinOutcome>();
    c.notes = r.text();
    c.completedAt = r.instant();
    c.version = r.integer();
    return c;
}

const TableMapping<WinbackCheckin> &mapping()
{
    static const TableMapping<WinbackCheckin> m{
        QStringLiteral("winback_checkins"),
        {QStringLiteral("case_id"), QStringLiteral("due_on"), QStringLiteral("assignee_id"), QStringLiteral("status"),
         QStringLiteral("outcome"), QStringLiteral("notes"), QStringLiteral("completed_at")},
        checkinValues,
        readCheckin,
    };
    return m;
}

} // namespace

WinbackCheckinRepository::WinbackCheckinRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> WinbackCheckinRepository::add(WinbackCheckin &checkin)
{
    return insertRow(m_db, mapping(), checkin);
}

Result<WinbackCheckin> WinbackCheckinRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no win-back check-in number %1.").arg(id));
}

Status WinbackCheckinRepository::update(WinbackCheckin &checkin)
{
    return updateVersionedRow(m_db, mapping(), checkin, [](bool stillExists) {
        if (!stillExists)
            return tr("Someone else deleted this win-back check-in since you opened it. Yours was not saved.");
        return tr("Someone else changed this win-back check-in since you opened it. Reload it to see their "
                  "change; yours was not saved.");
    });
}

Status WinbackCheckinRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id,
                           tr("There is no win-back check-in number %1 to delete.").arg(id));
}

Status WinbackCheckinRepository::setReturn(qint64 checkinId, const QDate &returnedOn, qint64 newMrrMinor)
{
    return m_db.write([&]() -> Status {
        const QVariant mrr = returnedOn.isValid() ? QVariant(newMrrMinor) : QVariant(QMetaType::fromType<qint64>());
        auto changed = sql::changedRows(
            m_db, QStringLiteral("UPDATE winback_checkins SET returned_on = ?, new_mrr_minor = ? WHERE id = ?"),
            {sqlDate(returnedOn), mrr, checkinId});
        if (!changed)
            return fail(changed.error());
        if (*changed == 0)
            return fail(sql::notFound(m_db, tr("There is no win-back check-in number %1.").arg(checkinId)));
        return {};
    });
}

Result<QList<WinbackCheckin>> WinbackCheckinRepository::listForCase(qint64 caseId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE case_id = ? ORDER BY due_on, id"), {caseId});
}

Result<QList<WinbackCheckin>> WinbackCheckinRepository::listPlannedDueBefore(const QDate &before)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE status = ? AND due_on < ? ORDER BY due_on, id"),
                    {sqlEnum(CheckinStatus::Planned), sqlDate(before)});
}

} // namespace fairwell
