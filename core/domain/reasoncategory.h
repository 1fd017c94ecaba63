// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

// The upper level of the exit-reason taxonomy (category → reason).
struct ReasonCategory
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    int position = 0; // order in lists
    bool active = true;
};

} // namespace fairwell
