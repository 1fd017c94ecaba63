// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session/actor.h"

#include <QCoreApplication>

namespace fairwell {

struct OffboardingCase;

// What each role may do, in one place, so every service answers alike:
// reps work cases they own or unassigned ones; managers also every case and
// reassign them; admins also configure Fairwell.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::Authorization)

public:
    static Status requireActor(const Actor &actor);
    static Status requireManager(const Actor &actor);
    static Status requireAdmin(const Actor &actor);
    // May `actor` work on (change) this case?
    static Status requireCaseAccess(const Actor &actor, const OffboardingCase &offboardingCase);
};

} // namespace fairwell
