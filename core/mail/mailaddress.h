// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace fairwell {

// One mailbox: a display name (may be empty) and an address.
struct MailAddress
{
    QString name;
    QString address;

    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};

using MailAddressList = QList<MailAddress>;

} // namespace fairwell
