// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/authorization.h"

#include "domain/offboardingcase.h"

namespace fairwell {

Status Authorization::requireActor(const Actor &actor)
{
    if (!actor.isValid())
        return fail(ErrorCode::PermissionDenied,
                    tr("Nobody is working in this session yet: choose your profile first. Nothing was changed."));
    return {};
}

Status Authorization::requireManager(const Actor &actor)
{
    if (auto known = requireActor(actor); !known)
        return known;
    if (!actor.isManagerOrAdmin())
        return fail(ErrorCode::PermissionDenied,
                    tr("Only a manager or an admin may do this; %1 works as a rep. Nothing was changed.")
                        .arg(actor.displayName));
    return {};
}

Status Authorization::requireAdmin(const Actor &actor)
{
    if (auto known = requireActor(actor); !known)
        return known;
    if (!actor.isAdmin())
        return fail(ErrorCode::PermissionDenied,
                    tr("Only an admin may change how Fairwell is set up. Nothing was changed."));
    return {};
}

Status Authorization::requireCaseAccess(const Actor &actor, const OffboardingCase &offboardingCase)
{
    if (auto known = requireActor(actor); !known)
        return known;
    if (actor.isManagerOrAdmin() || offboardingCase.ownerId == 0 || offboardingCase.ownerId == actor.userId)
        return {};
    return fail(ErrorCode::PermissionDenied,
                tr("Case %1 belongs to someone else. A rep works on their own cases and unassigned ones; ask a "
                   "manager to reassign it. Nothing was changed.")
                    .arg(offboardingCase.id));
}

} // namespace fairwell
