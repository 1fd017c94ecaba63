// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/caseedit.h"

#include "services/authorization.h"
#include "services/casehistory.h"
#include "session/servicecontext.h"
#include "storage/caserepository.h"
#include "storage/database.h"

namespace fairwell {

Status CaseEdit::run(ServiceContext &context, qint64 caseId, int caseVersion, const Work &work)
{
    if (auto allowed = Authorization::requireActor(context.actor); !allowed)
        return allowed;
    Database &db = context.db;
    return db.write([&]() -> Status {
        CaseRepository cases(db);
        // Locked until the commit: of two desks quoting one version, the
        // second waits here and then finds the version moved on.
        auto offboardingCase = cases.findForUpdate(caseId);
        if (!offboardingCase)
            return fail(offboardingCase.error());
        if (auto allowed = Authorization::requireCaseAccess(context.actor, *offboardingCase); !allowed)
            return allowed;
        if (offboardingCase->version != caseVersion)
            return fail(CaseHistory(db).conflict(caseId, caseVersion, offboardingCase->version));
        auto change = work(*offboardingCase);
        if (!change)
            return fail(change.error());
        return cases.update(*offboardingCase, context.actor.userId, *change);
    });
}

} // namespace fairwell
