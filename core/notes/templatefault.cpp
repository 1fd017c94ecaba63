// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefault.h"

namespace fairwell {

QString TemplateFault::message() const
{
    return tr("Line %1, column %2: %3").arg(line).arg(column).arg(problem);
}

QString TemplateFault::place() const
{
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace fairwell
