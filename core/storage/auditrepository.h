// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/auditentry.h"
#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fairwell {

class Database;

// The audit log: who changed what, when, before and after. A row is written
// in the caller's transaction, so it exists exactly when the change does.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::AuditRepository)

public:
    explicit AuditRepository(Database &db);

    // `before`/`after` hold the changed fields (empty for an insert's before
    // and a delete's after); they are stored as compact JSON.
    // `actingUserId` 0 means the system.
    Result<qint64> record(const QString &entity, qint64 entityId, AuditAction action, const QJsonObject &before,
                          const QJsonObject &after, qint64 actingUserId);

    Result<AuditEntry> find(qint64 id);
    // Oldest first.
    Result<QList<AuditEntry>> listForEntity(const QString &entity, qint64 entityId);
    // Who last changed it and when, in a few words for a conflict message
    // ("Anna Berg, 03/05/2024 14:02"); empty when the log knows nothing.
    Result<QString> lastChangeSummary(const QString &entity, qint64 entityId);

private:
    Database &m_db;
};

} // namespace fairwell
