// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/caseworkservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/casedetailreader.h"
#include "services/caseedit.h"
#include "services/casehistory.h"
#include "services/caseopening.h"
#include "session/servicecontext.h"
#include "storage/alternativeofferedrepository.h"
#include "storage/callrepository.h"
#include "storage/caserepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/exitreasonrepository.h"
#include "storage/repositorysupport.h"
#include "storage/taskrepository.h"
#include "storage/winbackcheckinrepository.h"

#include <QJsonArray>
#include <QLocale>

#include <functional>

namespace fairwell {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject taskStatusFields(const Task &task, const QString &skipReason)
{
    return {{QStringLiteral("status"), toString(task.status)},
            {QStringLiteral("completed_at"), task.completedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("completed_by"), task.completedBy},
            {QStringLiteral("skip_reason"), skipReason}};
}

} // namespace

CaseWorkService::CaseWorkService(ServiceContext &context)
    : m_context(context)
{
}

int CaseWorkService::currentVersionOf(const Error &conflict)
{
    return CaseHistory::versionIn(conflict);
}

Result<CaseDetail> CaseWorkService::detail(qint64 caseId)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    Database &db = m_context.db;
    CaseDetail detail;
    const Status read = db.write([&]() -> Status {
        auto loaded = CaseDetailReader(db).read(caseId, QDate::currentDate());
        if (!loaded)
            return fail(loaded.error());
        detail = std::move(*loaded);
        return {};
    });
    if (!read)
        return fail(read.error());
    return detail;
}

Result<StartOffboardingOutcome> CaseWorkService::startOffboarding(const StartOffboardingInput &input)
{
    return CaseOpening(m_context).start(input);
}

Result<qint64> CaseWorkService::logCall(qint64 caseId, int caseVersion, const CallInput &input)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime calledAt = input.calledAt.isValid() ? input.calledAt.toUTC() : now;
    if (input.durationMinutes < 0 || input.durationMinutes > 24 * 60)
        return fail(ErrorCode::InvalidInput,
                    tr("A call lasts between 0 and 1440 minutes; %1 is not possible. Nothing was changed.")
                        .arg(input.durationMinutes));
    if (calledAt > now.addSecs(5 * 60))
        return fail(ErrorCode::InvalidInput, tr("A call cannot be logged in the future. Nothing was changed."));
    if (input.followUpOn.isValid() && input.followUpOn < calledAt.toLocalTime().date())
        return fail(ErrorCode::InvalidInput,
                    tr("The follow-up date is before the call. Choose the call's day or a later one. Nothing was "
                       "changed."));
    Database &db = m_context.db;
    qint64 callId = 0;
    const Status written = CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        AuditTrail audit(db, m_context.actor);
        Call call;
        call.caseId = c.id;
        call.userId = m_context.actor.userId;
        if (auto contact = ContactRepository(db).primaryForAccount(c.accountId))
            call.contactId = contact->id;
        else if (contact.error().code != ErrorCode::NotFound)
            return fail(contact.error());
        call.calledAt = calledAt;
        call.durationSeconds = input.durationMinutes * 60;
        call.direction = input.direction;
        call.outcome = input.outcome;
        call.summary = input.summary.trimmed();
        call.nextFollowUpOn = input.followUpOn;
        if (input.followUpOn.isValid()) {
            TaskRepository tasks(db);
            auto existing = tasks.listForCase(c.id);
            if (!existing)
                return fail(existing.error());
            Task task;
            task.caseId = c.id;
            task.position = existing->isEmpty() ? 1 : existing->constLast().position + 1;
            task.kind = StepKind::PersonalCall;
            task.title = tr("Follow-up call");
            task.helpText = call.summary;
            task.ownerRole = UserRole::Rep;
            task.assigneeId = c.ownerId;
            task.dueOn = input.followUpOn;
            task.required = false;
            if (auto id = tasks.add(task); !id)
                return fail(id.error());
            if (auto audited = audit.inserted(QStringLiteral("task"), task.id,
                                              {{QStringLiteral("case_id"), task.caseId},
                                               {QStringLiteral("kind"), toString(task.kind)},
                                               {QStringLiteral("title"), task.title},
                                               {QStringLiteral("assignee_id"), task.assigneeId},
                                               {QStringLiteral("due_on"), isoDate(task.dueOn)}});
                !audited)
                return fail(audited.error());
            call.followUpTaskId = task.id;
        }
        auto id = CallRepository(db).add(call);
        if (!id)
            return fail(id.error());
        if (auto audited = audit.inserted(QStringLiteral("call"), call.id, CallRepository::auditFields(call)); !audited)
            return fail(audited.error());
        callId = call.id;
        return QJsonObject{{CaseHistory::changeKey(), QStringLiteral("call_logged")},
                           {QStringLiteral("call_id"), call.id}};
    });
    if (!written)
        return fail(written.error());
    return callId;
}

Status CaseWorkService::recordFeedback(qint64 caseId, int caseVersion, const FeedbackInput &input)
{
    if (input.satisfaction && (*input.satisfaction < 1 || *input.satisfaction > 5))
        return fail(ErrorCode::InvalidInput,
                    tr("Satisfaction is rated from 1 to 5; %1 is not. Nothing was changed.").arg(*input.satisfaction));
    QList<qint64> secondary;
    for (const qint64 id : input.secondaryReasonIds) {
        if (id == 0 || secondary.contains(id))
            return fail(ErrorCode::InvalidInput,
                        tr("Each secondary reason may be named once. Nothing was changed."));
        if (id == input.primaryReasonId)
            return fail(ErrorCode::InvalidInput,
                        tr("The primary reason cannot also be a secondary one. Nothing was changed."));
        secondary.append(id);
    }
    Database &db = m_context.db;
    return CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        ExitFeedbackRepository repository(db);
        std::optional<ExitFeedback> stored;
        if (auto found = repository.findForCase(c.id))
            stored = *found;
        else if (found.error().code != ErrorCode::NotFound)
            return fail(found.error());
        ExitReasonRepository reasons(db);
        // An archived reason may stay where it was chosen before; it cannot be chosen anew.
        const auto check = [&](qint64 id, bool wasChosen) -> Status {
            auto reason = reasons.find(id);
            if (!reason)
                return fail(reason.error());
            if (!reason->active && !wasChosen)
                return fail(ErrorCode::InvalidInput,
                            tr("The exit reason \"%1\" is archived and can no longer be chosen. Nothing was changed.")
                                .arg(reason->name));
            return {};
        };
        if (input.primaryReasonId != 0) {
            if (auto ok = check(input.primaryReasonId, stored && stored->primaryReasonId == input.primaryReasonId); !ok)
                return fail(ok.error());
        }
        for (const qint64 id : std::as_const(secondary)) {
            const bool wasChosen = stored && (stored->secondaryReasonIds.contains(id) || stored->primaryReasonId == id);
            if (auto ok = check(id, wasChosen); !ok)
                return fail(ok.error());
        }
        ExitFeedback feedback = stored.value_or(ExitFeedback{});
        const QJsonObject before = stored ? ExitFeedbackRepository::auditFields(*stored) : QJsonObject();
        feedback.caseId = c.id;
        feedback.primaryReasonId = input.primaryReasonId;
        feedback.secondaryReasonIds = secondary;
        feedback.verbatim = input.verbatim.trimmed();
        feedback.satisfaction = input.satisfaction;
        feedback.competitor = input.competitor.trimmed();
        feedback.wouldReturn = input.wouldReturn;
        feedback.mayContactLater = input.mayContactLater;
        feedback.recordedBy = m_context.actor.userId;
        feedback.recordedAt = QDateTime::currentDateTimeUtc();
        AuditTrail audit(db, m_context.actor);
        if (stored) {
            if (auto saved = repository.update(feedback); !saved)
                return fail(saved.error());
            const auto [b, a] = changedFields(before, ExitFeedbackRepository::auditFields(feedback));
            if (auto audited = audit.updated(QStringLiteral("exit_feedback"), feedback.id, b, a); !audited)
                return fail(audited.error());
        } else {
            if (auto id = repository.add(feedback); !id)
                return fail(id.error());
            if (auto audited = audit.inserted(QStringLiteral("exit_feedback"), feedback.id, ExitFeedbackRepository::auditFields(feedback));
                !audited)
                return fail(audited.error());
        }
        return QJsonObject{{CaseHistory::changeKey(), QStringLiteral("feedback_recorded")},
                           {QStringLiteral("primary_reason_id"), feedback.primaryReasonId}};
    });
}

Result<qint64> CaseWorkService::recordAlternative(qint64 caseId, int caseVersion, const AlternativeInput &input)
{
    Database &db = m_context.db;
    qint64 alternativeId = 0;
    const Status written = CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        AlternativeOffered alternative;
        alternative.caseId = c.id;
        alternative.kind = input.kind;
        alternative.description = input.description.trimmed();
        alternative.response = input.response;
        alternative.offeredBy = m_context.actor.userId;
        auto id = AlternativeOfferedRepository(db).add(alternative);
        if (!id)
            return fail(id.error());
        if (auto audited = AuditTrail(db, m_context.actor)
                               .inserted(QStringLiteral("alternative_offered"), alternative.id,
                                         {{QStringLiteral("case_id"), alternative.caseId},
                                          {QStringLiteral("kind"), toString(alternative.kind)},
                                          {QStringLiteral("description"), alternative.description},
                                          {QStringLiteral("response"), toString(alternative.response)}});
            !audited)
            return fail(audited.error());
        alternativeId = alternative.id;
        return QJsonObject{{CaseHistory::changeKey(), QStringLiteral("alternative_recorded")},
                           {QStringLiteral("alternative_id"), alternative.id},
                           {QStringLiteral("kind"), toString(alternative.kind)}};
    });
    if (!written)
        return fail(written.error());
    return alternativeId;
}

// One task of the case moved to `status` (open again for a reopen).
Status CaseWorkService::changeTask(qint64 caseId, int caseVersion, qint64 taskId, TaskStatus status,
                                   const QString &skipReason)
{
    Database &db = m_context.db;
    return CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        TaskRepository tasks(db);
        auto task = tasks.find(taskId);
        if (!task)
            return fail(task.error());
        if (task->caseId != c.id)
            return fail(ErrorCode::NotFound,
                        tr("Task %1 belongs to another case. Nothing was changed.").arg(taskId));
        auto storedReason = tasks.skipReason(taskId);
        if (!storedReason)
            return fail(storedReason.error());
        const QJsonObject before = taskStatusFields(*task, *storedReason);
        QString change;
        if (status == TaskStatus::Open) {
            if (task->status == TaskStatus::Open)
                return fail(ErrorCode::InvalidInput,
                            tr("The task \"%1\" is open already. Nothing was changed.").arg(task->title));
            task->completedAt = {};
            task->completedBy = 0;
            change = QStringLiteral("task_reopened");
        } else {
            if (task->status != TaskStatus::Open)
                return fail(ErrorCode::InvalidInput,
                            tr("The task \"%1\" is no longer open; reopen it first. Nothing was changed.")
                                .arg(task->title));
            task->completedAt = QDateTime::currentDateTimeUtc();
            task->completedBy = m_context.actor.userId;
            change = status == TaskStatus::Done ? QStringLiteral("task_completed") : QStringLiteral("task_skipped");
        }
        task->status = status;
        if (auto saved = tasks.update(*task); !saved)
            return fail(saved.error());
        if (auto saved = tasks.setSkipReason(taskId, skipReason); !saved)
            return fail(saved.error());
        const auto [b, a] = changedFields(before, taskStatusFields(*task, skipReason));
        if (auto audited = AuditTrail(db, m_context.actor).updated(QStringLiteral("task"), taskId, b, a); !audited)
            return fail(audited.error());
        QJsonObject note{{CaseHistory::changeKey(), change},
                         {QStringLiteral("task_id"), taskId},
                         {QStringLiteral("task"), task->title}};
        if (!skipReason.isEmpty())
            note.insert(QStringLiteral("reason"), skipReason);
        return note;
    });
}

Status CaseWorkService::completeTask(qint64 caseId, int caseVersion, qint64 taskId)
{
    return changeTask(caseId, caseVersion, taskId, TaskStatus::Done, {});
}

Status CaseWorkService::skipTask(qint64 caseId, int caseVersion, qint64 taskId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the task is skipped. Nothing was changed."));
    return changeTask(caseId, caseVersion, taskId, TaskStatus::Skipped, why);
}

Status CaseWorkService::reopenTask(qint64 caseId, int caseVersion, qint64 taskId)
{
    return changeTask(caseId, caseVersion, taskId, TaskStatus::Open, {});
}

Status CaseWorkService::closeCase(qint64 caseId, int caseVersion, const CloseInput &input)
{
    if (input.mrrLostMinor < 0)
        return fail(ErrorCode::InvalidInput, tr("The MRR lost cannot be negative. Nothing was changed."));
    Database &db = m_context.db;
    return CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        if (c.status != CaseStatus::Open)
            return fail(ErrorCode::InvalidInput, tr("Case %1 is closed already. Nothing was changed.").arg(c.id));
        const QDate closedOn = input.closedOn.isValid() ? input.closedOn : QDate::currentDate();
        if (closedOn < c.openedOn)
            return fail(ErrorCode::InvalidInput,
                        tr("The close date %1 is before the case was opened (%2). Nothing was changed.")
                            .arg(QLocale().toString(closedOn, QLocale::ShortFormat),
                                 QLocale().toString(c.openedOn, QLocale::ShortFormat)));
        std::optional<ExitFeedback> feedback;
        if (auto found = ExitFeedbackRepository(db).findForCase(c.id))
            feedback = *found;
        else if (found.error().code != ErrorCode::NotFound)
            return fail(found.error());
        if (input.outcome == CaseOutcome::Churned && (!feedback || feedback->primaryReasonId == 0))
            return fail(ErrorCode::InvalidInput,
                        tr("A churned case needs the primary exit reason: record the feedback first. Nothing was "
                           "changed."));
        if (input.winbackDueOn.isValid()) {
            if (!feedback || !feedback->mayContactLater)
                return fail(ErrorCode::InvalidInput,
                            tr("A win-back check-in needs the customer's consent to be contacted later; the feedback "
                               "does not say so. Nothing was changed."));
            if (input.winbackDueOn <= closedOn)
                return fail(ErrorCode::InvalidInput,
                            tr("The win-back check-in must be after the close date. Nothing was changed."));
        }
        c.status = CaseStatus::Closed;
        c.outcome = input.outcome;
        c.closedOn = closedOn;
        c.mrrLostMinor = input.mrrLostMinor;
        QJsonObject note{{CaseHistory::changeKey(), QStringLiteral("case_closed")}};
        if (input.winbackDueOn.isValid()) {
            WinbackCheckin checkin;
            checkin.caseId = c.id;
            checkin.dueOn = input.winbackDueOn;
            // An unassigned case's check-in goes to whoever closed it.
            checkin.assigneeId = c.ownerId != 0 ? c.ownerId : m_context.actor.userId;
            if (auto id = WinbackCheckinRepository(db).add(checkin); !id)
                return fail(id.error());
            if (auto audited = AuditTrail(db, m_context.actor)
                                   .inserted(QStringLiteral("winback_checkin"), checkin.id,
                                             {{QStringLiteral("case_id"), checkin.caseId},
                                              {QStringLiteral("due_on"), isoDate(checkin.dueOn)},
                                              {QStringLiteral("assignee_id"), checkin.assigneeId},
                                              {QStringLiteral("status"), toString(checkin.status)}});
                !audited)
                return fail(audited.error());
            note.insert(QStringLiteral("checkin_id"), checkin.id);
            note.insert(QStringLiteral("winback_due_on"), isoDate(checkin.dueOn));
        }
        return note;
    });
}

Status CaseWorkService::reopenCase(qint64 caseId, int caseVersion, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the case is reopened. Nothing was changed."));
    Database &db = m_context.db;
    const Status written = CaseEdit::run(m_context, caseId, caseVersion, [&](OffboardingCase &c) -> Result<QJsonObject> {
        if (c.status != CaseStatus::Closed)
            return fail(ErrorCode::InvalidInput, tr("Case %1 is open already. Nothing was changed.").arg(c.id));
        auto query = db.exec(QStringLiteral("SELECT id FROM cases WHERE account_id = ? AND status = ? AND id <> ?"),
                             {c.accountId, sqlEnum(CaseStatus::Open), c.id});
        if (!query)
            return fail(query.error());
        if (query->next())
            return fail(ErrorCode::InvalidInput,
                        tr("The account already has an open case (%1); work on that one instead. Nothing was "
                           "changed.")
                            .arg(query->value(0).toLongLong()));
        // A planned win-back check-in makes no sense for an account that is being worked on again.
        WinbackCheckinRepository checkins(db);
        auto planned = checkins.listForCase(c.id);
        if (!planned)
            return fail(planned.error());
        AuditTrail audit(db, m_context.actor);
        for (WinbackCheckin checkin : std::as_const(*planned)) {
            if (checkin.status != CheckinStatus::Planned)
                continue;
            checkin.status = CheckinStatus::Cancelled;
            checkin.completedAt = QDateTime::currentDateTimeUtc();
            if (auto saved = checkins.update(checkin); !saved)
                return fail(saved.error());
            if (auto audited = audit.updated(QStringLiteral("winback_checkin"), checkin.id,
                                             {{QStringLiteral("status"), toString(CheckinStatus::Planned)}},
                                             {{QStringLiteral("status"), toString(checkin.status)}});
                !audited)
                return fail(audited.error());
        }
        c.status = CaseStatus::Open;
        c.outcome.reset();
        c.closedOn = {};
        c.mrrLostMinor = 0;
        return QJsonObject{{CaseHistory::changeKey(), QStringLiteral("case_reopened")},
                           {QStringLiteral("reason"), why}};
    });
    if (!written && written.error().code == ErrorCode::UniqueViolation) {
        // Another desk opened a case for the account at the same moment.
        return fail(ErrorCode::InvalidInput,
                    tr("The account got another open case meanwhile; work on that one instead. Nothing was changed."),
                    db.spec().displayName());
    }
    return written;
}

} // namespace fairwell
