// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caseworkinputs.h"

#include <QCoreApplication>

namespace fairwell {

struct ServiceContext;

// Opening a case for a departing account (CaseWorkService::startOffboarding):
// at most one open case per account, even when two desks try at once; the
// chosen playbook's steps become its tasks; a first reason becomes its
// feedback. One transaction, audited.
class CaseOpening
{
    // Its messages are the service's: one place for translators.
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseWorkService)

public:
    explicit CaseOpening(ServiceContext &context);

    Result<StartOffboardingOutcome> start(const StartOffboardingInput &input);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
