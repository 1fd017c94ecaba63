// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

// What a person may do in Fairwell; also the owner role of a playbook step.
enum class UserRole { Rep, Manager, Admin };

template<>
struct EnumNames<UserRole>
{
    static constexpr EnumName<UserRole> values[] = {
        {UserRole::Rep, "rep"},
        {UserRole::Manager, "manager"},
        {UserRole::Admin, "admin"},
    };
};

// A person who works with Fairwell (a CS rep, a manager or an admin).
struct User
{
    qint64 id = 0; // 0: not saved yet
    QString login;
    QString displayName;
    QString email;
    UserRole role = UserRole::Rep;
    bool active = true;
    QDateTime createdAt; // UTC; set when saved if empty
};

} // namespace fairwell
