// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/task.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace fairwell {

class Database;

// Reads and writes the tasks of cases.
// Updates are optimistic, like cases.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::TaskRepository)

public:
    explicit TaskRepository(Database &db);

    // Fills in the new id and version.
    Result<qint64> add(Task &task);
    Result<Task> find(qint64 id);
    // Conflict when someone else changed the task since it was read.
    Status update(Task &task);
    Status remove(qint64 id);
    // In task order.
    Result<QList<Task>> listForCase(qint64 caseId);
    // Why a task was skipped (empty: it was not, or it was reopened); kept
    // apart from Task, which playbooks and the demo copy around.
    Status setSkipReason(qint64 taskId, const QString &reason);
    Result<QString> skipReason(qint64 taskId);
    // A person's open tasks, soonest due first (undated ones last).
    Result<QList<Task>> listOpenForAssignee(qint64 assigneeId);

private:
    Database &m_db;
};

} // namespace fairwell
