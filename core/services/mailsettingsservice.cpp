// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/mailsettingsservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/noteaddresses.h"
#include "session/servicecontext.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace fairwell {

namespace {

const QString kHost = QStringLiteral("mail_host");
const QString kPort = QStringLiteral("mail_port");
const QString kSecurity = QStringLiteral("mail_security");
const QString kUser = QStringLiteral("mail_user");
const QString kFromAddress = QStringLiteral("mail_from_address");
const QString kFromName = QStringLiteral("mail_from_name");
const QString kCaFile = QStringLiteral("mail_ca_file");
const QString kTimeout = QStringLiteral("mail_timeout_seconds");
const QString kExportText = QStringLiteral("export_directions");
const QString kExportLink = QStringLiteral("export_link");
// The audit log's name for the settings table; its rows have no id.
const QString kAuditEntity = QStringLiteral("settings");

QString signatureKey(qint64 userId)
{
    return QStringLiteral("signature.%1").arg(userId);
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

// Writes `wanted` over the stored values and one audit row with what
// changed; nothing when nothing did.
Status saveKeys(Database &db, const Actor &actor, const QMap<QString, QString> &wanted)
{
    return db.write([&]() -> Status {
        SettingsRepository settings(db);
        QJsonObject before, after;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            auto stored = settings.value(it.key());
            if (!stored)
                return fail(stored.error());
            if (*stored == it.value())
                continue;
            if (auto saved = settings.setValue(it.key(), it.value()); !saved)
                return saved;
            before.insert(it.key(), *stored);
            after.insert(it.key(), it.value());
        }
        return AuditTrail(db, actor).updated(kAuditEntity, 0, before, after);
    });
}

} // namespace

MailSettingsService::MailSettingsService(ServiceContext &context)
    : m_context(context)
{
}

Result<SmtpSettings> MailSettingsService::read(Database &db)
{
    auto stored = SettingsRepository(db).values(QStringLiteral("mail_"));
    if (!stored)
        return fail(stored.error());
    SmtpSettings s;
    s.host = stored->value(kHost).trimmed();
    bool ok = false;
    const int port = stored->value(kPort).toInt(&ok);
    if (ok)
        s.port = port;
    s.security = fromString<SmtpSecurity>(stored->value(kSecurity)).value_or(SmtpSecurity::StartTls);
    s.userName = stored->value(kUser);
    s.fromAddress = stored->value(kFromAddress);
    s.fromName = stored->value(kFromName);
    s.caFile = stored->value(kCaFile);
    const int timeout = stored->value(kTimeout).toInt(&ok);
    if (ok)
        s.timeoutSeconds = timeout;
    return s;
}

Result<QString> MailSettingsService::readSignature(Database &db, qint64 userId)
{
    return SettingsRepository(db).value(signatureKey(userId));
}

Status MailSettingsService::validate(const SmtpSettings &s)
{
    const QString host = s.host.trimmed();
    if (!host.isEmpty()) {
        if (host.contains(QLatin1Char(' ')) || hasLineBreak(host) || QUrl::toAce(host).isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("\"%1\" is not a server name (like smtp.example.com) or address. Nothing was changed.")
                            .arg(host));
        if (s.port < 1 || s.port > 65535)
            return fail(ErrorCode::InvalidInput,
                        tr("A port is a number from 1 to 65535 (usually 587 for STARTTLS, 465 for TLS); %1 is "
                           "not. Nothing was changed.")
                            .arg(s.port));
        if (s.fromAddress.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("Notes need a From address to go out through the mail server. Nothing was changed."));
        if (s.timeoutSeconds < 5 || s.timeoutSeconds > 600)
            return fail(ErrorCode::InvalidInput,
                        tr("The time to wait for the server is 5 to 600 seconds; %1 is not. Nothing was changed.")
                            .arg(s.timeoutSeconds));
    }
    if (!s.fromAddress.trimmed().isEmpty() && !NoteAddresses::isValidAddress(s.fromAddress.trimmed()))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a mail address a server would take as From (like thanks@example.com). "
                       "Nothing was changed.")
                        .arg(s.fromAddress));
    if (hasLineBreak(s.fromName) || hasLineBreak(s.userName) || hasLineBreak(s.caFile))
        return fail(ErrorCode::InvalidInput,
                    tr("The From name, user name and certificate file are one line each. Nothing was changed."));
    return {};
}

Result<SmtpSettings> MailSettingsService::smtpSettings()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return read(m_context.db);
}

Status MailSettingsService::saveSmtpSettings(const SmtpSettings &s)
{
    if (auto allowed = Authorization::requireAdmin(m_context.actor); !allowed)
        return allowed;
    if (auto valid = validate(s); !valid)
        return valid;
    const QMap<QString, QString> wanted{
        {kHost, s.host.trimmed()},
        {kPort, QString::number(s.port)},
        {kSecurity, toString(s.security)},
        {kUser, s.userName.trimmed()},
        {kFromAddress, s.fromAddress.trimmed()},
        {kFromName, s.fromName.trimmed()},
        {kCaFile, s.caFile.trimmed()},
        {kTimeout, QString::number(s.timeoutSeconds)},
    };
    return saveKeys(m_context.db, m_context.actor, wanted);
}

Result<ExportDirections> MailSettingsService::exportDirections()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    SettingsRepository settings(m_context.db);
    ExportDirections directions;
    auto text = settings.value(kExportText);
    if (!text)
        return fail(text.error());
    auto link = settings.value(kExportLink);
    if (!link)
        return fail(link.error());
    directions.text = *text;
    directions.link = *link;
    return directions;
}

Status MailSettingsService::saveExportDirections(const ExportDirections &directions)
{
    if (auto allowed = Authorization::requireAdmin(m_context.actor); !allowed)
        return allowed;
    const QString link = directions.link.trimmed();
    if (!link.isEmpty()) {
        const QUrl url(link, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return fail(ErrorCode::InvalidInput,
                        tr("\"%1\" is not a web link (like https://example.com/export). Nothing was changed.")
                            .arg(link));
    }
    return saveKeys(m_context.db, m_context.actor,
                    {{kExportText, directions.text.trimmed()}, {kExportLink, link}});
}

Result<QString> MailSettingsService::signature(qint64 userId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return readSignature(m_context.db, userId != 0 ? userId : m_context.actor.userId);
}

Status MailSettingsService::saveSignature(const QString &signature)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return allowed;
    QString text = signature;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return saveKeys(m_context.db, m_context.actor, {{signatureKey(m_context.actor.userId), text}});
}

} // namespace fairwell
