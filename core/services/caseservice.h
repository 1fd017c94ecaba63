// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/offboardingcase.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace fairwell {

struct ServiceContext;

// Who owns a case: every open case has exactly one owner once claimed.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseService)

public:
    explicit CaseService(ServiceContext &context);

    // The acting person takes an unassigned open case, with its open rep
    // tasks. Conflict when someone else got there first: never two owners.
    Result<OffboardingCase> claim(qint64 caseId);

    // Managers and admins hand open cases (one or many, all or none) to an
    // active person; the open rep tasks follow the case.
    Result<QList<OffboardingCase>> assign(const QList<qint64> &caseIds, qint64 ownerId);

private:
    // Gives the locked `offboardingCase` to `ownerId`, audited.
    Status handOver(OffboardingCase &offboardingCase, qint64 ownerId);

    ServiceContext &m_context;
};

} // namespace fairwell
