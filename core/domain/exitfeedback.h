// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fairwell {

enum class WouldReturn { Yes, No, Maybe, Unknown };

template<>
struct EnumNames<WouldReturn>
{
    static constexpr EnumName<WouldReturn> values[] = {
        {WouldReturn::Yes, "yes"},
        {WouldReturn::No, "no"},
        {WouldReturn::Maybe, "maybe"},
        {WouldReturn::Unknown, "unknown"},
    };
};

// Why the customer leaves, in the taxonomy's terms and in their own words.
// At most one per case.
struct ExitFeedback
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    qint64 primaryReasonId = 0; // 0: not given yet
    QList<qint64> secondaryReasonIds; // kept in ascending id order
    QString verbatim; // the customer's own words
    std::optional<int> satisfaction; // 1–5
    QString competitor; // empty: not switching, or unknown
    WouldReturn wouldReturn = WouldReturn::Unknown;
    bool mayContactLater = false;
    qint64 recordedBy = 0;
    QDateTime recordedAt; // UTC; set when saved if empty
};

} // namespace fairwell
