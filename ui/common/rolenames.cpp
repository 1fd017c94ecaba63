// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/rolenames.h"

namespace fairwell {

QString RoleNames::text(UserRole role)
{
    switch (role) {
    case UserRole::Rep:
        return tr("CS rep");
    case UserRole::Manager:
        return tr("Manager");
    case UserRole::Admin:
        return tr("Admin");
    }
    return {};
}

} // namespace fairwell
