// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

enum class DeliveryResult {
    // The server accepted the message (250 after the data).
    Delivered,
    // Worth trying again later: a 4xx reply, connection refused, a timeout
    // before the message was handed over.
    TemporaryFailure,
    // Trying again will not help: a 5xx reply, a rejected recipient, an
    // untrusted certificate, a refused login.
    PermanentFailure,
    // The whole message was handed over but the server's answer never came:
    // it may have been delivered. Never retried without a person deciding.
    Uncertain,
};

struct DeliveryOutcome
{
    DeliveryResult result = DeliveryResult::TemporaryFailure;
    // The server's own words (its reply line) or, with no reply, what went
    // wrong in words for a user; empty when delivered.
    QString detail;
};

} // namespace fairwell
