// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

enum class AuditAction { Insert, Update, Delete };

template<>
struct EnumNames<AuditAction>
{
    static constexpr EnumName<AuditAction> values[] = {
        {AuditAction::Insert, "insert"},
        {AuditAction::Update, "update"},
        {AuditAction::Delete, "delete"},
    };
};

// One line of the audit log: who changed what, when, before and after.
struct AuditEntry
{
    qint64 id = 0; // 0: not saved yet
    QDateTime occurredAt; // UTC
    qint64 userId = 0; // 0: the system
    QString entity; // e.g. "case"
    qint64 entityId = 0;
    AuditAction action = AuditAction::Update;
    QString beforeJson; // compact JSON of the changed fields; empty for an insert
    QString afterJson; // empty for a delete
};

} // namespace fairwell
