// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbookstep.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the steps of playbooks.
class PlaybookStepRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::PlaybookStepRepository)

public:
    explicit PlaybookStepRepository(Database &db);

    Result<qint64> add(PlaybookStep &step);
    Result<PlaybookStep> find(qint64 id);
    Status update(const PlaybookStep &step);
    Status remove(qint64 id);
    // In step order.
    Result<QList<PlaybookStep>> listForPlaybook(qint64 playbookId);
    // An editor's whole new list, in one transaction: the old steps go, these
    // are saved with positions 1, 2, … in list order and get new ids. Tasks
    // already copied from the old steps stay as they are.
    Status replaceSteps(qint64 playbookId, QList<PlaybookStep> &steps);

private:
    Database &m_db;
};

} // namespace fairwell
