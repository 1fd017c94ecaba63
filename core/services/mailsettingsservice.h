// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "mail/smtpsettings.h"

#include <QCoreApplication>
#include <QString>

namespace fairwell {

class Database;
struct ServiceContext;

// What a note may say about taking one's data along (the template's
// export-directions field): words, a link, or both.
struct ExportDirections
{
    QString text;
    QString link;
};

// The mail settings a team shares through its database (`settings` table):
// the SMTP server without its password (keys mail_host, mail_port,
// mail_security, mail_user, mail_from_address, mail_from_name,
// mail_ca_file, mail_timeout_seconds), the export directions
// (export_directions, export_link) and each person's signature
// (signature.<user id>). Everyone may read them; only an admin changes the
// server and the export directions; each person keeps their own signature.
class MailSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::MailSettingsService)

public:
    explicit MailSettingsService(ServiceContext &context);

    // The stored settings; the password is always empty (it lives in the
    // keyring or is asked for). No host stored: not configured.
    Result<SmtpSettings> smtpSettings();
    // Admins only. The password is never stored: whatever it holds is
    // ignored. Saving a host of "" switches SMTP off.
    Status saveSmtpSettings(const SmtpSettings &settings);
    // InvalidInput with words for the dialog: port out of range, a host
    // with spaces, a missing or malformed From address, a timeout out of
    // 5…600 seconds.
    static Status validate(const SmtpSettings &settings);

    Result<ExportDirections> exportDirections();
    Status saveExportDirections(const ExportDirections &directions); // admins only

    // `userId` 0: the acting person's.
    Result<QString> signature(qint64 userId = 0);
    // The acting person's own.
    Status saveSignature(const QString &signature);

    // The stored SMTP settings, read on `db` in the caller's transaction,
    // for other services (no check of who asks).
    static Result<SmtpSettings> read(Database &db);
    static Result<QString> readSignature(Database &db, qint64 userId);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
