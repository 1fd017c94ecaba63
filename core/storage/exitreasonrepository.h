// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exitreason.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the reasons of the exit-reason taxonomy.
class ExitReasonRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ExitReasonRepository)

public:
    explicit ExitReasonRepository(Database &db);

    Result<qint64> add(ExitReason &reason);
    Result<ExitReason> find(qint64 id);
    Status update(const ExitReason &reason);
    // InvalidInput while feedback still names the reason (retire it instead).
    Status remove(qint64 id);
    // By position, then name.
    Result<QList<ExitReason>> listForCategory(qint64 categoryId, bool activeOnly = false);
    // The whole taxonomy, in category order, then reason order.
    Result<QList<ExitReason>> list(bool activeOnly = false);

private:
    Database &m_db;
};

} // namespace fairwell
