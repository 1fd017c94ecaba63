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
    // Finds archived steps too: tasks still point at them.
    Result<PlaybookStep> find(qint64 id);
    Status update(const PlaybookStep &step);
    // Deletes a step no task was copied from; one that a task points at is
    // refused (InvalidInput). saveSteps() archives instead.
    Status remove(qint64 id);
    // The playbook's live steps, in step order.
    Result<QList<PlaybookStep>> listForPlaybook(qint64 playbookId);
    // An editor's whole new list, in one transaction. Steps with an id are
    // updated in place, so the tasks copied from them keep pointing at them;
    // steps without one are added; the playbook's live steps missing from
    // the list are archived, never deleted. Positions become 1, 2, … in
    // list order. A step in the list that is no longer one of the
    // playbook's live steps is a Conflict, and nothing is saved.
    Status saveSteps(qint64 playbookId, QList<PlaybookStep> &steps);

private:
    Database &m_db;
};

} // namespace fairwell
