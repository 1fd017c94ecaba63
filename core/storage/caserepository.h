// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/offboardingcase.h"
#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes cases. Every insert, update and delete also writes an
// audit row in the same transaction; updates are optimistic: a case changed
// by someone else since it was read is never silently overwritten.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseRepository)

public:
    explicit CaseRepository(Database &db);

    // The entity name cases carry in the audit log.
    static QString auditEntity();

    // Saves a new case; fills in its id, version and timestamps.
    // `actingUserId` 0 means the system.
    Result<qint64> add(OffboardingCase &offboardingCase, qint64 actingUserId);
    Result<OffboardingCase> find(qint64 id);
    // The same, and on PostgreSQL locked until the transaction ends (SQLite
    // has one writer at a time already): for a service that reads a case and
    // then writes on what it read.
    Result<OffboardingCase> findForUpdate(qint64 id);
    // Conflict when someone else changed or deleted the case since it was
    // read; on success the case's version and updatedAt move on.
    // `change` says what a service did to the case ({"change": "call_logged",
    // …}): with it, the audit row is written even when no column changed,
    // and carries the version before and after, so that a later conflict
    // can tell who changed what since the version someone saw.
    Status update(OffboardingCase &offboardingCase, qint64 actingUserId, const QJsonObject &change = {});
    Status remove(qint64 id, qint64 actingUserId);

    // Newest first.
    Result<QList<OffboardingCase>> listForAccount(qint64 accountId);
    // Soonest effective date first (unknown ones last).
    Result<QList<OffboardingCase>> listForOwner(qint64 ownerId, CaseStatus status);

private:
    Database &m_db;
};

} // namespace fairwell
