// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonObject>

#include <functional>

namespace fairwell {

struct OffboardingCase;
struct ServiceContext;

// The frame of every change to a case: lock the case, check the actor's
// right to it and the version they quote, do the work, then raise the
// case's version with an audit row saying what was done. The work answers
// that "change" note. A stale version is a Conflict that says who changed
// what since (CaseHistory).
class CaseEdit
{
public:
    using Work = std::function<Result<QJsonObject>(OffboardingCase &)>;

    static Status run(ServiceContext &context, qint64 caseId, int caseVersion, const Work &work);
};

} // namespace fairwell
