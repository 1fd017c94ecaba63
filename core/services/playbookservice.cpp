// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbookservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/playbookrules.h"
#include "session/servicecontext.h"
#include "storage/accountrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"
#include "storage/taskrepository.h"

namespace fairwell {

namespace {

QJsonObject taskFields(const Task &task)
{
    return {{QStringLiteral("case_id"), task.caseId},
            {QStringLiteral("step_id"), task.stepId},
            {QStringLiteral("position"), task.position},
            {QStringLiteral("kind"), toString(task.kind)},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("owner_role"), toString(task.ownerRole)},
            {QStringLiteral("assignee_id"), task.assigneeId},
            {QStringLiteral("due_on"), task.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("required"), task.required}};
}

} // namespace

PlaybookService::PlaybookService(ServiceContext &context)
    : m_context(context)
{
}

Result<Playbook> PlaybookService::chooseFor(qint64 accountId, qint64 reasonCategoryId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    auto account = AccountRepository(m_context.db).find(accountId);
    if (!account)
        return fail(account.error());
    auto playbooks = PlaybookRepository(m_context.db).list(true);
    if (!playbooks)
        return fail(playbooks.error());
    QList<PlaybookRule> rules;
    for (const Playbook &playbook : std::as_const(*playbooks))
        rules.append(PlaybookRule::of(playbook));
    PlaybookRules::sortForMatching(rules);
    const PlaybookFacts facts{toString(account->segment), account->plan, account->mrrMinor, reasonCategoryId};
    const int chosen = PlaybookRules::choose(rules, facts);
    if (chosen < 0)
        return fail(ErrorCode::NotFound,
                    tr("No active playbook fits %1. An admin can add one, or widen a playbook's rules.")
                        .arg(account->name),
                    m_context.db.spec().displayName());
    for (const Playbook &playbook : std::as_const(*playbooks)) {
        if (playbook.id == rules.at(chosen).playbookId)
            return playbook;
    }
    return fail(ErrorCode::NotFound, tr("The chosen playbook is gone."), m_context.db.spec().displayName());
}

Result<QList<Task>> PlaybookService::applyToCase(qint64 caseId, qint64 playbookId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    QList<Task> created;
    const Status written = db.write([&]() -> Status {
        CaseRepository cases(db);
        // Locked until the end: the tasks are numbered after the ones the
        // case has, and a second desk applying at once must wait.
        auto offboardingCase = cases.findForUpdate(caseId);
        if (!offboardingCase)
            return fail(offboardingCase.error());
        if (auto allowed = Authorization::requireCaseAccess(m_context.actor, *offboardingCase); !allowed)
            return allowed;
        auto playbook = PlaybookRepository(db).find(playbookId);
        if (!playbook)
            return fail(playbook.error());
        if (!playbook->active)
            return fail(ErrorCode::InvalidInput,
                        tr("The playbook \"%1\" is archived; choose an active one.").arg(playbook->name));
        auto steps = PlaybookStepRepository(db).listForPlaybook(playbookId);
        if (!steps)
            return fail(steps.error());
        TaskRepository tasks(db);
        auto existing = tasks.listForCase(caseId);
        if (!existing)
            return fail(existing.error());
        int position = existing->isEmpty() ? 0 : existing->constLast().position;
        AuditTrail audit(db, m_context.actor);
        for (const PlaybookStep &step : std::as_const(*steps)) {
            Task task = PlaybookRules::taskFromStep(step, caseId, offboardingCase->openedOn,
                                                    offboardingCase->ownerId, ++position);
            if (auto id = tasks.add(task); !id)
                return fail(id.error());
            if (auto audited = audit.inserted(QStringLiteral("task"), task.id, taskFields(task)); !audited)
                return audited;
            created.append(task);
        }
        offboardingCase->playbookId = playbookId;
        return cases.update(*offboardingCase, m_context.actor.userId);
    });
    if (!written)
        return fail(written.error());
    return created;
}

} // namespace fairwell
