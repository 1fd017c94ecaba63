// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

// A person at a customer account; one of them is the primary contact.
struct Contact
{
    qint64 id = 0; // 0: not saved yet
    qint64 accountId = 0;
    QString name;
    QString email;
    QString phone;
    QString title;
    bool isPrimary = false;
};

} // namespace fairwell
