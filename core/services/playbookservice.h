// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbook.h"
#include "domain/task.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

struct ServiceContext;

// Playbooks at work: which one fits a departing account, and turning its
// steps into a case's tasks.
class PlaybookService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::PlaybookService)

public:
    explicit PlaybookService(ServiceContext &context);

    // The active playbook whose rules match the account (segment, plan,
    // MRR range) and, when given, the category of its first exit reason;
    // the highest priority wins. NotFound when none does.
    Result<Playbook> chooseFor(qint64 accountId, qint64 reasonCategoryId = 0);

    // Copies the playbook's steps into new tasks of the case, after the
    // tasks it has, and records the playbook on the case: all in one
    // transaction, each new task and the case change audited. Rep steps go
    // to the case owner. Later playbook edits leave these tasks alone.
    Result<QList<Task>> applyToCase(qint64 caseId, qint64 playbookId);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
