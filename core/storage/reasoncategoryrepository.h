// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reasoncategory.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the categories of the exit-reason taxonomy.
class ReasonCategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ReasonCategoryRepository)

public:
    explicit ReasonCategoryRepository(Database &db);

    Result<qint64> add(ReasonCategory &category);
    Result<ReasonCategory> find(qint64 id);
    Status update(const ReasonCategory &category);
    // InvalidInput while reasons still belong to it (they are kept).
    Status remove(qint64 id);
    // By position, then name.
    Result<QList<ReasonCategory>> list(bool activeOnly = false);

private:
    Database &m_db;
};

} // namespace fairwell
