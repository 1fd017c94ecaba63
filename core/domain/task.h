// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"
#include "domain/playbookstep.h"
#include "domain/user.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fairwell {

enum class TaskStatus { Open, Done, Skipped };

template<>
struct EnumNames<TaskStatus>
{
    static constexpr EnumName<TaskStatus> values[] = {
        {TaskStatus::Open, "open"},
        {TaskStatus::Done, "done"},
        {TaskStatus::Skipped, "skipped"},
    };
};

// A to-do on a case, usually a copy of a playbook step made when the
// playbook was applied (later playbook edits leave it alone).
struct Task
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    qint64 stepId = 0; // the step it was copied from; 0: added by hand
    int position = 0;
    StepKind kind = StepKind::Custom;
    QString title;
    QString helpText;
    UserRole ownerRole = UserRole::Rep;
    qint64 assigneeId = 0; // 0: nobody yet
    QDate dueOn;
    bool required = true;
    TaskStatus status = TaskStatus::Open;
    QDateTime completedAt; // UTC
    qint64 completedBy = 0;
    int version = 1; // optimistic concurrency
};

} // namespace fairwell
