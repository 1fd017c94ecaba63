// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "domain/call.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the calls logged on cases.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CallRepository)

public:
    explicit CallRepository(Database &db);

    Result<qint64> add(Call &call);
    Result<Call> find(qint64 id);
    Status update(const Call &call);
    Status remove(qint64 id);
    // Newest first.
    Result<QList<Call>> listForCase(qint64 caseId);

    // The call's columns as the audit log keeps them.
    static QJsonObject auditFields(const Call &call);

private:
    Database &m_db;
};

} // namespace fairwell
