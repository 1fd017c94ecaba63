// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboarddata.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace fairwell {

int OutcomeCounts::closed() const
{
    return std::accumulate(byOutcome.begin(), byOutcome.end(), 0);
}

int OutcomeCounts::kept() const
{
    return count(CaseOutcomeKind::Saved) + count(CaseOutcomeKind::Downgraded) + count(CaseOutcomeKind::Paused);
}

std::optional<double> OutcomeCounts::saveRate() const
{
    const int all = closed();
    if (all == 0)
        return std::nullopt;
    return double(kept()) / all;
}

int SatisfactionFigures::scored() const
{
    return std::accumulate(byScore.begin(), byScore.end(), 0);
}

std::optional<double> SatisfactionFigures::average() const
{
    const int count = scored();
    if (count == 0)
        return std::nullopt;
    int sum = 0;
    for (size_t score = 0; score < byScore.size(); ++score)
        sum += int(score + 1) * byScore[score];
    return double(sum) / count;
}

QStringList DashboardData::currencies() const
{
    QSet<QString> found;
    auto collect = [&found](const MinorByCurrency &amounts) {
        for (auto it = amounts.begin(); it != amounts.end(); ++it)
            found.insert(it.key());
    };
    for (const ReasonSlice &slice : reasons)
        collect(slice.mrrLost);
    for (const TrendBucket &bucket : trend)
        collect(bucket.mrrLost);
    collect(winback.mrrReturned);
    QStringList sorted(found.begin(), found.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace fairwell
