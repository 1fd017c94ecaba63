// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

enum class AlternativeKind { Pause, Downgrade, Discount, Training, Workaround };
enum class AlternativeResponse { Accepted, Declined, Thinking };

template<>
struct EnumNames<AlternativeKind>
{
    static constexpr EnumName<AlternativeKind> values[] = {
        {AlternativeKind::Pause, "pause"},
        {AlternativeKind::Downgrade, "downgrade"},
        {AlternativeKind::Discount, "discount"},
        {AlternativeKind::Training, "training"},
        {AlternativeKind::Workaround, "workaround"},
    };
};

template<>
struct EnumNames<AlternativeResponse>
{
    static constexpr EnumName<AlternativeResponse> values[] = {
        {AlternativeResponse::Accepted, "accepted"},
        {AlternativeResponse::Declined, "declined"},
        {AlternativeResponse::Thinking, "thinking"},
    };
};

// An alternative offered to a leaving customer: recorded, never required.
struct AlternativeOffered
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    AlternativeKind kind = AlternativeKind::Pause;
    QString description;
    AlternativeResponse response = AlternativeResponse::Thinking;
    qint64 offeredBy = 0;
    QDateTime offeredAt; // UTC; set when saved if empty
};

} // namespace fairwell
