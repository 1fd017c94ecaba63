// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

// Someone a case can belong to, as pickers and filters list them.
struct Person
{
    qint64 id = 0;
    QString displayName;
    QString role;
};

} // namespace fairwell
