// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/deliveryoutcome.h"
#include "mail/outgoingmail.h"

namespace fairwell {

// Hands one message to a mail server. deliver() blocks (network), so it is
// called on a thread of its own, never on the GUI thread nor the session's
// database worker.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual DeliveryOutcome deliver(const OutgoingMail &mail) = 0;
};

} // namespace fairwell
