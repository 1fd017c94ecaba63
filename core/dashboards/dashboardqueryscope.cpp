// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardqueryscope.h"

#include "storage/database.h"

namespace fairwell {

QVariantList DashboardQueryScope::rangeValues(const QVariantList &more) const
{
    QVariantList values{sqlDate(filter.from), sqlDate(filter.to)};
    values.append(more);
    values.append(cases.values);
    return values;
}

} // namespace fairwell
