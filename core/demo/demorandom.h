// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <random>

namespace fairwell {

// The demo data's source of chance. The standard fixes mt19937_64's output
// for a given seed, but not what std::uniform_int_distribution and friends
// make of it, so every draw here is our own arithmetic on the raw numbers:
// the same seed gives the same data with any compiler or library. Only
// integer and exactly-representable double arithmetic is used (no log/exp,
// whose last bits differ between libm versions).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(mix(seed))
    {
    }

    // An independent stream for one purpose, so changing how one part of the
    // data is drawn leaves every other part as it was.
    static DemoRandom stream(quint64 seed, quint64 purpose) { return DemoRandom(seed ^ mix(purpose + 1)); }

    quint64 next() { return m_engine(); }

    // A whole number in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        // The modulo's bias is below 2^-40 for any span demo data uses.
        return low + qint64(next() % span);
    }

    int index(qsizetype size) { return int(between(0, qint64(size) - 1)); }

    // A number in [0, 1) with 53 random bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    // Per-mille chance, for the places that want exact integer thresholds.
    bool perMille(int chanceInThousand) { return between(0, 999) < chanceInThousand; }

    // The index of one weight, chosen in proportion to the weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        qint64 draw = between(0, total - 1);
        int position = 0;
        for (int weight : weights) {
            if (draw < weight)
                return position;
            draw -= weight;
            ++position;
        }
        return position - 1;
    }

    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(index(list.size()));
    }

private:
    // splitmix64's finaliser: spreads nearby seeds far apart.
    static quint64 mix(quint64 value)
    {
        value += 0x9E3779B97F4A7C15ULL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
        return value ^ (value >> 31);
    }

    std::mt19937_64 m_engine;
};

} // namespace fairwell
