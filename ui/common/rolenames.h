// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"

#include <QCoreApplication>
#include <QString>

namespace fairwell {

// A role as people read it, in one place for every widget that names one.
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::RoleNames)

public:
    static QString text(UserRole role);
};

} // namespace fairwell
