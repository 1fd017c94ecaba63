// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/notetemplate.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes thank-you note templates. Updates are optimistic.
class NoteTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteTemplateRepository)

public:
    explicit NoteTemplateRepository(Database &db);

    // Fills in the new id, version and timestamps.
    Result<qint64> add(NoteTemplate &noteTemplate);
    Result<NoteTemplate> find(qint64 id);
    Result<NoteTemplate> findByName(const QString &name);
    // Conflict when someone else changed it since it was read.
    Status update(NoteTemplate &noteTemplate);
    // Notes written from it keep their text.
    Status remove(qint64 id);
    // By name.
    Result<QList<NoteTemplate>> list(bool activeOnly = false);

private:
    Database &m_db;
};

} // namespace fairwell
