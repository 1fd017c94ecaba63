// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbooksteprepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList stepValues(const PlaybookStep &s)
{
    return {s.playbookId, s.position, sqlEnum(s.kind), s.title, s.helpText, sqlEnum(s.ownerRole),
            s.dueOffsetDays, s.required};
}

PlaybookStep readStep(RowReader &r)
{
    PlaybookStep s;
    s.id = r.id();
    s.playbookId = r.id();
    s.position = r.integer();
    s.kind = r.enumValue(StepKind::Custom);
    s.title = r.text();
    s.helpText = r.text();
    s.ownerRole = r.enumValue(UserRole::Rep);
    s.dueOffsetDays = r.integer();
    s.required = r.boolean();
    return s;
}

const TableMapping<PlaybookStep> &mapping()
{
    static const TableMapping<PlaybookStep> m{
        QStringLiteral("playbook_steps"),
        {QStringLiteral("playbook_id"), QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("title"),
         QStringLiteral("help_text"), QStringLiteral("owner_role"), QStringLiteral("due_offset_days"),
         QStringLiteral("required")},
        stepValues,
        readStep,
    };
    return m;
}

} // namespace

PlaybookStepRepository::PlaybookStepRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> PlaybookStepRepository::add(PlaybookStep &step)
{
    return insertRow(m_db, mapping(), step);
}

Result<PlaybookStep> PlaybookStepRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no playbook step number %1.").arg(id));
}

Status PlaybookStepRepository::update(const PlaybookStep &step)
{
    return updateRow(m_db, mapping(), step,
                     tr("The playbook step \"%1\" no longer exists; someone may have deleted it.").arg(step.title));
}

Status PlaybookStepRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no playbook step number %1 to delete.").arg(id));
}

Result<QList<PlaybookStep>> PlaybookStepRepository::listForPlaybook(qint64 playbookId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE playbook_id = ? ORDER BY position, id"), {playbookId});
}

Status PlaybookStepRepository::replaceSteps(qint64 playbookId, QList<PlaybookStep> &steps)
{
    QList<PlaybookStep> saved = steps;
    const Status written = m_db.write([&]() -> Status {
        auto removed = sql::changedRows(m_db, QStringLiteral("DELETE FROM playbook_steps WHERE playbook_id = ?"),
                                        {playbookId});
        if (!removed)
            return fail(removed.error());
        for (qsizetype i = 0; i < saved.size(); ++i) {
            saved[i].playbookId = playbookId;
            saved[i].position = int(i + 1);
            if (auto id = insertRow(m_db, mapping(), saved[i]); !id)
                return fail(id.error());
        }
        return {};
    });
    if (written)
        steps = saved;
    return written;
}

} // namespace fairwell
