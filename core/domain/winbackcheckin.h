// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fairwell {

enum class CheckinStatus { Planned, Done, Cancelled };
enum class CheckinOutcome { Returned, NotYet, Declined, NoAnswer };

template<>
struct EnumNames<CheckinStatus>
{
    static constexpr EnumName<CheckinStatus> values[] = {
        {CheckinStatus::Planned, "planned"},
        {CheckinStatus::Done, "done"},
        {CheckinStatus::Cancelled, "cancelled"},
    };
};

template<>
struct EnumNames<CheckinOutcome>
{
    static constexpr EnumName<CheckinOutcome> values[] = {
        {CheckinOutcome::Returned, "returned"},
        {CheckinOutcome::NotYet, "not_yet"},
        {CheckinOutcome::Declined, "declined"},
        {CheckinOutcome::NoAnswer, "no_answer"},
    };
};

// A dated win-back check-in after close, only where the customer agreed.
struct WinbackCheckin
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    QDate dueOn;
    qint64 assigneeId = 0;
    CheckinStatus status = CheckinStatus::Planned;
    std::optional<CheckinOutcome> outcome;
    QString notes;
    QDateTime completedAt; // UTC
    int version = 1; // optimistic concurrency
};

} // namespace fairwell
