// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fairwell {

// An admin's ordered list of steps, chosen for a case by its matching rules
// (an empty rule matches everything); the highest priority wins.
struct Playbook
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString description;
    std::optional<Segment> matchSegment;
    QString matchPlan; // empty: any plan
    std::optional<qint64> matchMrrMinMinor;
    std::optional<qint64> matchMrrMaxMinor;
    qint64 matchReasonCategoryId = 0; // 0: any reason
    int priority = 0;
    bool active = true;
    int version = 1; // optimistic concurrency
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

} // namespace fairwell
