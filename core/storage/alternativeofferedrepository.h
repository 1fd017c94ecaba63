// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alternativeoffered.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the alternatives offered on cases.
class AlternativeOfferedRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::AlternativeOfferedRepository)

public:
    explicit AlternativeOfferedRepository(Database &db);

    // Fills in the new id (and offeredAt when empty).
    Result<qint64> add(AlternativeOffered &alternative);
    Result<AlternativeOffered> find(qint64 id);
    Status update(const AlternativeOffered &alternative);
    Status remove(qint64 id);
    // In the order they were offered.
    Result<QList<AlternativeOffered>> listForCase(qint64 caseId);

private:
    Database &m_db;
};

} // namespace fairwell
