// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbookrepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList playbookValues(const Playbook &p)
{
    return {p.name,
            p.description,
            sqlEnum(p.matchSegment),
            sqlNullableText(p.matchPlan),
            sqlOptional(p.matchMrrMinMinor),
            sqlOptional(p.matchMrrMaxMinor),
            sqlNullable(p.matchReasonCategoryId),
            p.priority,
            p.active,
            sqlInstant(p.createdAt),
            sqlInstant(p.updatedAt)};
}

Playbook readPlaybook(RowReader &r)
{
    Playbook p;
    p.id = r.id();
    p.name = r.text();
    p.description = r.text();
    p.matchSegment = r.optionalEnum<Segment>();
    p.matchPlan = r.text();
    p.matchMrrMinMinor = r.optionalInt64();
    p.matchMrrMaxMinor = r.optionalInt64();
    p.matchReasonCategoryId = r.id();
    p.priority = r.integer();
    p.active = r.boolean();
    p.createdAt = r.instant();
    p.updatedAt = r.instant();
    p.version = r.integer();
    return p;
}

const TableMapping<Playbook> &mapping()
{
    static const TableMapping<Playbook> m{
        QStringLiteral("playbooks"),
        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("match_segment"),
         QStringLiteral("match_plan"), QStringLiteral("match_mrr_min_minor"), QStringLiteral("match_mrr_max_minor"),
         QStringLiteral("match_reason_category_id"), QStringLiteral("priority"), QStringLiteral("active"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        playbookValues,
        readPlaybook,
    };
    return m;
}

} // namespace

PlaybookRepository::PlaybookRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> PlaybookRepository::add(Playbook &playbook)
{
    return insertRow(m_db, mapping(), playbook);
}

Result<Playbook> PlaybookRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no playbook number %1; someone may have deleted it.").arg(id));
}

Status PlaybookRepository::update(Playbook &playbook)
{
    return updateVersionedRow(m_db, mapping(), playbook, [&](bool stillExists) {
        if (!stillExists)
            return tr("Someone else deleted the playbook \"%1\" since you opened it. Yours was not saved.")
                .arg(playbook.name);
        return tr("Someone else changed the playbook \"%1\" since you opened it. Reload it to see their change; "
                  "yours was not saved.")
            .arg(playbook.name);
    });
}

Status PlaybookRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto steps = sql::changedRows(m_db, QStringLiteral("DELETE FROM playbook_steps WHERE playbook_id = ?"), {id});
        if (!steps)
            return fail(steps.error());
        return sql::removeById(m_db, mapping().table, id, tr("There is no playbook number %1 to delete.").arg(id));
    });
}

Result<QList<Playbook>> PlaybookRepository::list(bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(), QStringLiteral("WHERE active = ? ORDER BY priority DESC, name, id"), {true});
    return fetchAll(m_db, mapping(), QStringLiteral("ORDER BY priority DESC, name, id"));
}

} // namespace fairwell
