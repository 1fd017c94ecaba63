// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fairwell {

enum class CallDirection { Outbound, Inbound };
enum class CallOutcome { Reached, Voicemail, NoAnswer, WrongNumber };

template<>
struct EnumNames<CallDirection>
{
    static constexpr EnumName<CallDirection> values[] = {
        {CallDirection::Outbound, "outbound"},
        {CallDirection::Inbound, "inbound"},
    };
};

template<>
struct EnumNames<CallOutcome>
{
    static constexpr EnumName<CallOutcome> values[] = {
        {CallOutcome::Reached, "reached"},
        {CallOutcome::Voicemail, "voicemail"},
        {CallOutcome::NoAnswer, "no_answer"},
        {CallOutcome::WrongNumber, "wrong_number"},
    };
};

// A phone call with the departing customer.
struct Call
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    qint64 userId = 0; // who called; 0: unknown
    qint64 contactId = 0; // whom; 0: unknown
    QDateTime calledAt; // UTC
    int durationSeconds = 0;
    CallDirection direction = CallDirection::Outbound;
    CallOutcome outcome = CallOutcome::Reached;
    QString summary;
    QDate nextFollowUpOn;
    qint64 followUpTaskId = 0; // the task made for the follow-up; 0: none
};

} // namespace fairwell
