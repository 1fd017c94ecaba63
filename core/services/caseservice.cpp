// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/caseservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "session/servicecontext.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/taskrepository.h"
#include "storage/userrepository.h"

namespace fairwell {

CaseService::CaseService(ServiceContext &context)
    : m_context(context)
{
}

Status CaseService::handOver(OffboardingCase &offboardingCase, qint64 ownerId)
{
    Database &db = m_context.db;
    offboardingCase.ownerId = ownerId;
    if (auto saved = CaseRepository(db).update(offboardingCase, m_context.actor.userId); !saved)
        return saved;
    TaskRepository tasks(db);
    auto list = tasks.listForCase(offboardingCase.id);
    if (!list)
        return fail(list.error());
    AuditTrail audit(db, m_context.actor);
    for (Task task : std::as_const(*list)) {
        if (task.status != TaskStatus::Open || task.ownerRole != UserRole::Rep || task.assigneeId == ownerId)
            continue;
        const qint64 before = task.assigneeId;
        task.assigneeId = ownerId;
        if (auto saved = tasks.update(task); !saved)
            return saved;
        if (auto audited = audit.updated(QStringLiteral("task"), task.id, {{QStringLiteral("assignee_id"), before}},
                                         {{QStringLiteral("assignee_id"), ownerId}});
            !audited)
            return audited;
    }
    return {};
}

Result<OffboardingCase> CaseService::claim(qint64 caseId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    OffboardingCase claimed;
    const Status written = db.write([&]() -> Status {
        // Read and locked in one go: of two people claiming at once, the
        // second waits here and then sees the first one's name.
        auto offboardingCase = CaseRepository(db).findForUpdate(caseId);
        if (!offboardingCase)
            return fail(offboardingCase.error());
        claimed = *offboardingCase;
        if (claimed.status != CaseStatus::Open)
            return fail(ErrorCode::InvalidInput, tr("Case %1 is closed; only open cases are claimed.").arg(caseId));
        if (claimed.ownerId == m_context.actor.userId)
            return {};
        if (claimed.ownerId != 0) {
            auto owner = UserRepository(db).find(claimed.ownerId);
            return fail(ErrorCode::Conflict,
                        tr("%1 has already taken case %2. Nothing was changed.")
                            .arg(owner ? owner->displayName : tr("Someone else"))
                            .arg(caseId),
                        db.spec().displayName());
        }
        return handOver(claimed, m_context.actor.userId);
    });
    if (!written)
        return fail(written.error());
    return claimed;
}

Result<QList<OffboardingCase>> CaseService::assign(const QList<qint64> &caseIds, qint64 ownerId)
{
    if (auto allowed = Authorization::requireManager(m_context.actor); !allowed)
        return fail(allowed.error());
    if (caseIds.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose at least one case to reassign."));
    Database &db = m_context.db;
    QList<OffboardingCase> assigned;
    const Status written = db.write([&]() -> Status {
        auto owner = UserRepository(db).find(ownerId);
        if (!owner)
            return fail(owner.error());
        if (!owner->active)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is no longer active and cannot own cases.").arg(owner->displayName));
        CaseRepository cases(db);
        for (const qint64 id : caseIds) {
            auto offboardingCase = cases.findForUpdate(id);
            if (!offboardingCase)
                return fail(offboardingCase.error());
            if (offboardingCase->status != CaseStatus::Open)
                return fail(ErrorCode::InvalidInput,
                            tr("Case %1 is closed; only open cases are reassigned. Nothing was changed.").arg(id));
            if (offboardingCase->ownerId != ownerId) {
                if (auto handed = handOver(*offboardingCase, ownerId); !handed)
                    return handed;
            }
            assigned.append(*offboardingCase);
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return assigned;
}

} // namespace fairwell
