// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace fairwell {

QString Error::text() const
{
    QString result = message;
    if (!where.isEmpty())
        result += QLatin1Char('\n') + QCoreApplication::translate("fairwell::Error", "Where: %1").arg(where);
    if (!detail.isEmpty())
        result += QLatin1Char('\n') + QCoreApplication::translate("fairwell::Error", "Details: %1").arg(detail);
    return result;
}

} // namespace fairwell
