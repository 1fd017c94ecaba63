// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/task.h"
#include "error.h"
#include "services/casedetail.h"
#include "services/caseworkinputs.h"

#include <QCoreApplication>

namespace fairwell {

struct ServiceContext;

// A rep's work on one case, from notice to close. Each change checks its
// input and the actor's right to the case, runs in one transaction, writes
// an audit row per changed row, and raises the case's version.
//
// Every change quotes the case version the person saw. When the case moved
// on since, nothing is saved and the answer is ErrorCode::Conflict, whose
// message says who changed what and when (from the audit log) and whose
// `detail` holds the current version as a number; the UI offers to reload,
// or to apply the change again on the current version.
class CaseWorkService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseWorkService)

public:
    explicit CaseWorkService(ServiceContext &context);

    Result<CaseDetail> detail(qint64 caseId);

    // Opens a case for the account, applies the playbook and makes the
    // acting rep its owner (a manager's or admin's case starts unassigned).
    // An account with an open case gets that case back, unchanged.
    Result<StartOffboardingOutcome> startOffboarding(const StartOffboardingInput &input);

    Result<qint64> logCall(qint64 caseId, int caseVersion, const CallInput &input); // the call's id
    Status recordFeedback(qint64 caseId, int caseVersion, const FeedbackInput &input);
    Result<qint64> recordAlternative(qint64 caseId, int caseVersion, const AlternativeInput &input);
    Status completeTask(qint64 caseId, int caseVersion, qint64 taskId);
    Status skipTask(qint64 caseId, int caseVersion, qint64 taskId, const QString &reason);
    Status reopenTask(qint64 caseId, int caseVersion, qint64 taskId);
    Status closeCase(qint64 caseId, int caseVersion, const CloseInput &input);
    Status reopenCase(qint64 caseId, int caseVersion, const QString &reason);

    // The version in a Conflict's detail, or 0.
    static int currentVersionOf(const Error &conflict);

private:
    // Moves one task of the case to `status` (Open: reopens it).
    Status changeTask(qint64 caseId, int caseVersion, qint64 taskId, TaskStatus status, const QString &skipReason);

    ServiceContext &m_context;
};

} // namespace fairwell
