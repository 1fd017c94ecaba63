// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/caseopening.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/playbookservice.h"
#include "session/servicecontext.h"
#include "storage/accountrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/exitreasonrepository.h"
#include "storage/playbookrepository.h"
#include "storage/repositorysupport.h"

namespace fairwell {

CaseOpening::CaseOpening(ServiceContext &context)
    : m_context(context)
{
}

Result<StartOffboardingOutcome> CaseOpening::start(const StartOffboardingInput &input)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    if (!input.effectiveOn.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("Enter the date the contract ends to start offboarding. Nothing was changed."));
    Database &db = m_context.db;
    StartOffboardingOutcome outcome;
    const auto openCaseOf = [&](qint64 accountId) -> Result<qint64> {
        auto query = db.exec(QStringLiteral("SELECT id FROM cases WHERE account_id = ? AND status = ?"),
                             {accountId, sqlEnum(CaseStatus::Open)});
        if (!query)
            return fail(query.error());
        return query->next() ? query->value(0).toLongLong() : 0;
    };
    const Status written = db.write([&]() -> Status {
        auto account = AccountRepository(db).find(input.accountId);
        if (!account)
            return fail(account.error());
        auto open = openCaseOf(account->id);
        if (!open)
            return fail(open.error());
        if (*open != 0) {
            outcome = {*open, true};
            return {};
        }
        qint64 reasonCategoryId = 0;
        if (input.firstReasonId != 0) {
            auto reason = ExitReasonRepository(db).find(input.firstReasonId);
            if (!reason)
                return fail(reason.error());
            if (!reason->active)
                return fail(ErrorCode::InvalidInput,
                            tr("The exit reason \"%1\" is archived; choose an active one. Nothing was changed.")
                                .arg(reason->name));
            reasonCategoryId = reason->categoryId;
        }
        PlaybookService playbooks(m_context);
        qint64 playbookId = input.playbookId;
        if (playbookId != 0) {
            auto playbook = PlaybookRepository(db).find(playbookId);
            if (!playbook)
                return fail(playbook.error());
            if (!playbook->active)
                return fail(ErrorCode::InvalidInput,
                            tr("The playbook \"%1\" is archived; choose an active one. Nothing was changed.")
                                .arg(playbook->name));
        } else if (auto chosen = playbooks.chooseFor(account->id, reasonCategoryId)) {
            playbookId = chosen->id;
        } else if (chosen.error().code != ErrorCode::NotFound) {
            return fail(chosen.error());
        } // No playbook fits: the case starts without tasks rather than not at all.

        OffboardingCase offboardingCase;
        offboardingCase.accountId = account->id;
        offboardingCase.ownerId = m_context.actor.isManagerOrAdmin() ? 0 : m_context.actor.userId;
        offboardingCase.openedOn = QDate::currentDate();
        offboardingCase.effectiveOn = input.effectiveOn;
        offboardingCase.currency = account->currency;
        // In its own savepoint: another desk may have opened a case for the
        // account since the check above (cases_one_open_per_account).
        const Status added = db.write([&]() -> Status {
            auto id = CaseRepository(db).add(offboardingCase, m_context.actor.userId);
            return id ? Status() : fail(id.error());
        });
        if (!added) {
            if (added.error().code != ErrorCode::UniqueViolation)
                return added;
            auto theirs = openCaseOf(account->id);
            if (!theirs)
                return fail(theirs.error());
            if (*theirs == 0)
                return added;
            outcome = {*theirs, true};
            return {};
        }
        outcome = {offboardingCase.id, false};
        if (playbookId != 0) {
            if (auto applied = playbooks.applyToCase(offboardingCase.id, playbookId); !applied)
                return fail(applied.error());
        }
        if (input.firstReasonId != 0) {
            ExitFeedback feedback;
            feedback.caseId = offboardingCase.id;
            feedback.primaryReasonId = input.firstReasonId;
            feedback.recordedBy = m_context.actor.userId;
            if (auto id = ExitFeedbackRepository(db).add(feedback); !id)
                return fail(id.error());
            if (auto audited = AuditTrail(db, m_context.actor)
                                   .inserted(QStringLiteral("exit_feedback"), feedback.id, ExitFeedbackRepository::auditFields(feedback));
                !audited)
                return audited;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return outcome;
}

} // namespace fairwell
