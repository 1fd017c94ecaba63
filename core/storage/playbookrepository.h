// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbook.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes playbooks (their steps: PlaybookStepRepository).
// Updates are optimistic, like cases.
class PlaybookRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::PlaybookRepository)

public:
    explicit PlaybookRepository(Database &db);

    // Fills in the new id, version and timestamps.
    Result<qint64> add(Playbook &playbook);
    Result<Playbook> find(qint64 id);
    // Conflict when someone else changed it since it was read.
    Status update(Playbook &playbook);
    // Deletes a playbook no case used, with its steps. Once a case used it
    // (or a task was copied from a step), it is refused (InvalidInput) and
    // nothing goes: make the playbook inactive instead.
    Status remove(qint64 id);
    // Highest priority first, then by name: the order matching tries them.
    Result<QList<Playbook>> list(bool activeOnly = false);

private:
    Database &m_db;
};

} // namespace fairwell
