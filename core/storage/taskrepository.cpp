// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrepository.h"

#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/playbooksteprepository.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList taskValues(const Task &t)
{
    return {t.caseId,
            sqlNullable(t.stepId),
            t.position,
            sqlEnum(t.kind),
            t.title,
            t.helpText,
            sqlEnum(t.ownerRole),
            sqlNullable(t.assigneeId),
            sqlDate(t.dueOn),
            t.required,
            sqlEnum(t.status),
            sqlInstant(t.completedAt),
            sqlNullable(t.completedBy)};
}

Task readTask(RowReader &r)
{
    Task t;
    t.id = r.id();
    t.caseId = r.id();
    t.stepId = r.id();
    t.position = r.integer();
    t.kind = r.enumValue(StepKind::Custom);
    t.title = r.text();
    t.helpText = r.text();
    t.ownerRole = r.enumValue(UserRole::Rep);
    t.assigneeId = r.id();
    t.dueOn = r.date();
    t.required = r.boolean();
    t.status = r.enumValue(TaskStatus::Open);
    t.completedAt = r.instant();
    t.completedBy = r.id();
    t.version = r.integer();
    return t;
}

const TableMapping<Task> &mapping()
{
    static const TableMapping<Task> m{
        QStringLiteral("tasks"),
        {QStringLiteral("case_id"), QStringLiteral("step_id"), QStringLiteral("position"), QStringLiteral("kind"),
         QStringLiteral("title"), QStringLiteral("help_text"), QStringLiteral("owner_role"),
         QStringLiteral("assignee_id"), QStringLiteral("due_on"), QStringLiteral("required"),
         QStringLiteral("status"), QStringLiteral("completed_at"), QStringLiteral("completed_by")},
        taskValues,
        readTask,
    };
    return m;
}

} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> TaskRepository::add(Task &task)
{
    return insertRow(m_db, mapping(), task);
}

Result<Task> TaskRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no task number %1; someone may have deleted it.").arg(id));
}

Status TaskRepository::update(Task &task)
{
    return updateVersionedRow(m_db, mapping(), task, [&](bool stillExists) {
        if (!stillExists)
            return tr("Someone else deleted the task \"%1\" since you opened it. Yours was not saved.").arg(task.title);
        return tr("Someone else changed the task \"%1\" since you opened it. Reload it to see their change; "
                  "yours was not saved.")
            .arg(task.title);
    });
}

Status TaskRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no task number %1 to delete.").arg(id));
}

Result<QList<Task>> TaskRepository::listForCase(qint64 caseId)
{
    return fetchAll(m_db, mapping(), QStringLiteral("WHERE case_id = ? ORDER BY position, id"), {caseId});
}

Status TaskRepository::setSkipReason(qint64 taskId, const QString &reason)
{
    return m_db.write([&]() -> Status {
        auto changed = sql::changedRows(m_db, QStringLiteral("UPDATE tasks SET skip_reason = ? WHERE id = ?"),
                                        {reason.isNull() ? QStringLiteral("") : reason, taskId});
        if (!changed)
            return fail(changed.error());
        if (*changed == 0)
            return fail(sql::notFound(m_db, tr("There is no task number %1; someone may have deleted it.").arg(taskId)));
        return {};
    });
}

Result<QString> TaskRepository::skipReason(qint64 taskId)
{
    auto query = m_db.exec(QStringLiteral("SELECT skip_reason FROM tasks WHERE id = ?"), {taskId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(sql::notFound(m_db, tr("There is no task number %1; someone may have deleted it.").arg(taskId)));
    return query->value(0).toString();
}

Result<QList<Task>> TaskRepository::listOpenForAssignee(qint64 assigneeId)
{
    return fetchAll(m_db, mapping(),
                    QStringLiteral("WHERE assignee_id = ? AND status = ? ORDER BY due_on IS NULL, due_on, case_id, "
                                   "position, id"),
                    {assigneeId, sqlEnum(TaskStatus::Open)});
}

} // namespace fairwell
