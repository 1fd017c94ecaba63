// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartdata.h"

#include <cmath>

namespace fairwell {

bool ChartData::isEmpty() const
{
    for (const ChartSeries &one : series) {
        for (qsizetype i = 0; i < one.values.size() && i < categories.size(); ++i) {
            // NaN compares false: a gap is no value.
            if (one.values.at(i) > 0)
                return false;
        }
    }
    return true;
}

} // namespace fairwell
