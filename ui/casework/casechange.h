// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

class QWidget;

namespace fairwell {

class Session;
struct ServiceContext;

// One change to a case, run as a job of the session quoting the case
// version the person saw. On a conflict it asks the person (ConflictPrompt)
// and either applies the change again on the current version or reports
// that the case should be reloaded. Used by the case view and every action
// dialog, so all of them treat a conflict alike.
class CaseChange
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseChange)

public:
    using Work = std::function<Status(ServiceContext &, int caseVersion)>;
    enum class Outcome { Saved, Failed, ReloadRequested };
    using Done = std::function<void(Outcome, const Error &)>;

    // `parent` receives the answer (dropped when it is gone) and parents
    // the conflict prompt.
    static void run(Session *session, QWidget *parent, Work work, int caseVersion, Done done);
};

} // namespace fairwell
