// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"

#include <QMetaType>
#include <QString>

namespace fairwell {

// The person a session works for: every change a service makes is made by
// them, checked against their role and written to the audit log in their
// name. An actor with no user id is nobody: services refuse it everything
// but choosing a profile.
struct Actor
{
    qint64 userId = 0;
    QString displayName;
    QString login;
    UserRole role = UserRole::Rep;

    bool isValid() const { return userId > 0; }
    bool isManagerOrAdmin() const { return isValid() && role != UserRole::Rep; }
    bool isAdmin() const { return isValid() && role == UserRole::Admin; }
    bool operator==(const Actor &) const = default;
};

} // namespace fairwell

Q_DECLARE_METATYPE(fairwell::Actor)
