// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbooksteprepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

#include <QSet>

#include <algorithm>

namespace fairwell {

namespace {

QVariantList stepValues(const PlaybookStep &s)
{
    return {s.playbookId, s.position, sqlEnum(s.kind), s.title, s.helpText, sqlEnum(s.ownerRole),
            s.dueOffsetDays, s.required, s.archived};
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
    s.archived = r.boolean();
    return s;
}

const TableMapping<PlaybookStep> &mapping()
{
    static const TableMapping<PlaybookStep> m{
        QStringLiteral("playbook_steps"),
        {QStringLiteral("playbook_id"), QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("title"),
         QStringLiteral("help_text"), QStringLiteral("owner_role"), QStringLiteral("due_offset_days"),
         QStringLiteral("required"), QStringLiteral("archived")},
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
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE playbook_id = ? AND NOT archived ORDER BY position, id"),
                    {playbookId});
}

Status PlaybookStepRepository::saveSteps(qint64 playbookId, QList<PlaybookStep> &steps)
{
    QList<PlaybookStep> saved = steps;
    const Status written = m_db.write([&]() -> Status {
        auto live = listForPlaybook(playbookId);
        if (!live)
            return fail(live.error());
        QSet<qint64> kept;
        for (const PlaybookStep &step : std::as_const(saved)) {
            if (step.id == 0)
                continue;
            const bool isLive = std::any_of(live->cbegin(), live->cend(),
                                            [&](const PlaybookStep &s) { return s.id == step.id; });
            if (!isLive || kept.contains(step.id))
                return fail(ErrorCode::Conflict,
                            tr("The step \"%1\" is no longer part of this playbook; someone may have changed "
                               "it since you opened it. Reload the playbook; yours was not saved.")
                                .arg(step.title),
                            m_db.spec().displayName());
            kept.insert(step.id);
        }
        // Live positions must stay distinct after every single statement:
        // parking them below zero first lets the list take 1, 2, … in any
        // order.
        if (auto parked = sql::changedRows(
                m_db, QStringLiteral("UPDATE playbook_steps SET position = -position - 1 "
                                     "WHERE playbook_id = ? AND NOT archived"),
                {playbookId});
            !parked)
            return fail(parked.error());
        for (const PlaybookStep &old : std::as_const(*live)) {
            if (kept.contains(old.id))
                continue;
            PlaybookStep archived = old;
            archived.archived = true;
            if (auto done = update(archived); !done)
                return done;
        }
        for (qsizetype i = 0; i < saved.size(); ++i) {
            PlaybookStep &step = saved[i];
            step.playbookId = playbookId;
            step.position = int(i + 1);
            step.archived = false;
            if (step.id != 0) {
                if (auto done = update(step); !done)
                    return done;
            } else if (auto id = insertRow(m_db, mapping(), step); !id) {
                return fail(id.error());
            }
        }
        return {};
    });
    if (written)
        steps = saved;
    return written;
}

} // namespace fairwell
