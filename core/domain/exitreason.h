// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

// One reason a customer leaves, under a reason category.
struct ExitReason
{
    qint64 id = 0; // 0: not saved yet
    qint64 categoryId = 0;
    QString name;
    int position = 0; // order within its category
    bool active = true;
};

} // namespace fairwell
