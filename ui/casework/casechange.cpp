// SPDX-License-Identifier: GPL-3.0-or-later
#include "casechange.h"

#include "conflictprompt.h"

#include "services/caseworkservice.h"
#include "session/session.h"

#include <QWidget>

namespace fairwell {

void CaseChange::run(Session *session, QWidget *parent, Work work, int caseVersion, Done done)
{
    if (!session) {
        done(Outcome::Failed, Error{ErrorCode::QueryFailed, tr("The database is closed. Nothing was saved."),
                                    {}, {}});
        return;
    }
    QPointer<Session> guard(session);
    session->run<bool>(
        parent,
        [work, caseVersion](ServiceContext &context) -> Result<bool> {
            if (Status saved = work(context, caseVersion); !saved)
                return fail(saved.error());
            return true;
        },
        [guard, parent, work, done](const Result<bool> &result) {
            if (result) {
                done(Outcome::Saved, {});
                return;
            }
            if (result.error().code != ErrorCode::Conflict) {
                done(Outcome::Failed, result.error());
                return;
            }
            if (ConflictPrompt::ask(parent, result.error()) == ConflictPrompt::Choice::ApplyAgain) {
                const int current = CaseWorkService::currentVersionOf(result.error());
                if (current > 0 && guard) {
                    run(guard, parent, work, current, done);
                    return;
                }
            }
            done(Outcome::ReloadRequested, result.error());
        });
}

} // namespace fairwell
