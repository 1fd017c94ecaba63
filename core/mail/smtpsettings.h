// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QString>

namespace fairwell {

// How the connection is secured. There is no plain-text mode: a password
// and the customers' names never cross the network unencrypted.
enum class SmtpSecurity { StartTls, ImplicitTls };

template<>
struct EnumNames<SmtpSecurity>
{
    static constexpr EnumName<SmtpSecurity> values[] = {
        {SmtpSecurity::StartTls, "starttls"},
        {SmtpSecurity::ImplicitTls, "tls"},
    };
};

// The mail server as the database's settings hold it (shared by a team),
// plus the password, which is never stored with them.
struct SmtpSettings
{
    QString host; // empty: no SMTP configured (mail client or .eml instead)
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString userName; // empty: no login
    QString password; // from the keyring or asked once per session
    QString fromAddress; // the envelope and From address
    QString fromName; // empty: the rep's own name
    // Extra CA bundle to trust besides the system's (a company CA, or the
    // test server's); certificates are always verified.
    QString caFile;
    int timeoutSeconds = 30;

    bool isConfigured() const { return !host.isEmpty(); }
};

} // namespace fairwell
