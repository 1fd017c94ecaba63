// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/winbackservice.h"

#include "services/audittrail.h"
#include "services/authorization.h"
#include "services/casehistory.h"
#include "services/caseworkinputs.h"
#include "session/servicecontext.h"
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/repositorysupport.h"
#include "storage/winbackcheckinrepository.h"

#include <QLocale>

namespace fairwell {

namespace {

const QString checkinEntity = QStringLiteral("winback_checkin");

// The check-in's columns, then its case's and account's, then the return.
QString lineSelect()
{
    return QStringLiteral(
        "SELECT w.id, w.case_id, w.due_on, w.assignee_id, w.status, w.outcome, w.notes, w.completed_at, w.version, "
        "c.account_id, a.name, u.display_name, c.closed_on, c.mrr_lost_minor, c.currency, w.returned_on, "
        "w.new_mrr_minor FROM winback_checkins w JOIN cases c ON c.id = w.case_id "
        "JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = w.assignee_id ");
}

WinbackLine readLine(RowReader &r, const QDate &today)
{
    WinbackLine line;
    WinbackCheckin &c = line.checkin;
    c.id = r.id();
    c.caseId = r.id();
    c.dueOn = r.date();
    c.assigneeId = r.id();
    c.status = r.enumValue(CheckinStatus::Planned);
    c.outcome = r.optionalEnum<CheckinOutcome>();
    c.notes = r.text();
    c.completedAt = r.instant();
    c.version = r.integer();
    line.accountId = r.id();
    line.accountName = r.text();
    line.assigneeName = r.text();
    line.closedOn = r.date();
    line.mrrLostMinor = r.int64();
    line.currency = r.text();
    line.returnedOn = r.date();
    line.newMrrMinor = r.int64();
    line.overdue = c.status == CheckinStatus::Planned && c.dueOn < today;
    return line;
}

Result<QList<WinbackLine>> fetchLines(Database &db, const QString &tail, const QVariantList &values)
{
    auto query = db.exec(lineSelect() + tail, values);
    if (!query)
        return fail(query.error());
    const QDate today = QDate::currentDate();
    QList<WinbackLine> lines;
    while (query->next()) {
        RowReader r(*query);
        lines.append(readLine(r, today));
    }
    return lines;
}

} // namespace

WinbackService::WinbackService(ServiceContext &context)
    : m_context(context)
{
}

Result<QList<WinbackLine>> WinbackService::planned(const QDate &until, int limit)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    QVariantList values{sqlEnum(CheckinStatus::Planned)};
    QString tail = QStringLiteral("WHERE w.status = ?");
    if (until.isValid()) {
        tail += QStringLiteral(" AND w.due_on <= ?");
        values << sqlDate(until);
    }
    // Oldest due date first puts the overdue ones on top.
    tail += QStringLiteral(" ORDER BY w.due_on, w.id LIMIT ?");
    values << std::max(0, limit);
    return fetchLines(m_context.db, tail, values);
}

Result<QList<WinbackLine>> WinbackService::finished(int limit)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return fetchLines(m_context.db,
                      QStringLiteral("WHERE w.status IN (?, ?) ORDER BY w.completed_at DESC, w.id DESC LIMIT ?"),
                      {sqlEnum(CheckinStatus::Done), sqlEnum(CheckinStatus::Cancelled), std::max(0, limit)});
}

Status WinbackService::recordOutcome(qint64 checkinId, int checkinVersion, const WinbackOutcomeInput &input)
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return allowed;
    const bool returned = input.outcome == CheckinOutcome::Returned;
    if (returned && !input.returnedOn.isValid())
        return fail(ErrorCode::InvalidInput, tr("Enter the date the account came back. Nothing was changed."));
    if (returned && input.newMrrMinor < 0)
        return fail(ErrorCode::InvalidInput, tr("The new MRR cannot be negative. Nothing was changed."));
    Database &db = m_context.db;
    const Actor &actor = m_context.actor;
    return db.write([&]() -> Status {
        WinbackCheckinRepository checkins(db);
        auto first = checkins.find(checkinId);
        if (!first)
            return fail(first.error());
        // The case is locked first, as every case change does, then the
        // check-in read again under that lock.
        CaseRepository cases(db);
        auto offboardingCase = cases.findForUpdate(first->caseId);
        if (!offboardingCase)
            return fail(offboardingCase.error());
        auto checkin = checkins.find(checkinId);
        if (!checkin)
            return fail(checkin.error());
        if (checkin->assigneeId != actor.userId) {
            if (auto allowed = Authorization::requireCaseAccess(actor, *offboardingCase); !allowed)
                return allowed;
        }
        if (checkin->version != checkinVersion) {
            auto who = AuditRepository(db).lastChangeSummary(checkinEntity, checkinId);
            const QString by = who && !who->isEmpty() ? *who : tr("someone else");
            return fail(ErrorCode::Conflict,
                        tr("This win-back check-in for case %1 was changed since you opened it (%2). Nothing was "
                           "changed; reload to see it, then try again.")
                            .arg(checkin->caseId)
                            .arg(by),
                        db.spec().displayName(), QString::number(checkin->version));
        }
        if (checkin->status != CheckinStatus::Planned)
            return fail(ErrorCode::InvalidInput,
                        tr("This win-back check-in is finished already. Nothing was changed."));
        if (returned && offboardingCase->closedOn.isValid() && input.returnedOn < offboardingCase->closedOn)
            return fail(ErrorCode::InvalidInput,
                        tr("The account cannot have come back (%1) before its case closed (%2). Nothing was changed.")
                            .arg(QLocale().toString(input.returnedOn, QLocale::ShortFormat),
                                 QLocale().toString(offboardingCase->closedOn, QLocale::ShortFormat)));
        const WinbackCheckin before = *checkin;
        checkin->outcome = input.outcome;
        checkin->notes = input.notes.trimmed();
        // Nobody answered: the check-in stays planned, to be tried again.
        if (input.outcome != CheckinOutcome::NoAnswer) {
            checkin->status = CheckinStatus::Done;
            checkin->completedAt = QDateTime::currentDateTimeUtc();
        }
        if (auto saved = checkins.update(*checkin); !saved)
            return saved;
        QJsonObject b{{QStringLiteral("status"), toString(before.status)},
                      {QStringLiteral("outcome"), before.outcome ? QJsonValue(toString(*before.outcome)) : QJsonValue()},
                      {QStringLiteral("notes"), before.notes}};
        QJsonObject a{{QStringLiteral("status"), toString(checkin->status)},
                      {QStringLiteral("outcome"), toString(input.outcome)},
                      {QStringLiteral("notes"), checkin->notes}};
        if (returned) {
            if (auto saved = checkins.setReturn(checkinId, input.returnedOn, input.newMrrMinor); !saved)
                return saved;
            a.insert(QStringLiteral("returned_on"), input.returnedOn.toString(Qt::ISODate));
            a.insert(QStringLiteral("new_mrr_minor"), input.newMrrMinor);
        }
        AuditTrail audit(db, actor);
        if (auto audited = audit.updated(checkinEntity, checkinId, b, a); !audited)
            return audited;
        if (input.doNotContact || input.outcome == CheckinOutcome::Declined) {
            ExitFeedbackRepository feedbacks(db);
            auto feedback = feedbacks.findForCase(offboardingCase->id);
            if (!feedback && feedback.error().code != ErrorCode::NotFound)
                return fail(feedback.error());
            if (feedback && feedback->mayContactLater) {
                feedback->mayContactLater = false;
                if (auto saved = feedbacks.update(*feedback); !saved)
                    return saved;
                if (auto audited = audit.updated(QStringLiteral("exit_feedback"), feedback->id,
                                                 {{QStringLiteral("may_contact_later"), true}},
                                                 {{QStringLiteral("may_contact_later"), false}});
                    !audited)
                    return audited;
            }
        }
        return cases.update(*offboardingCase, actor.userId,
                            {{CaseHistory::changeKey(), QStringLiteral("winback_recorded")},
                             {QStringLiteral("checkin_id"), checkinId},
                             {QStringLiteral("checkin_outcome"), toString(input.outcome)},
                             {QStringLiteral("notes"), checkin->notes}});
    });
}

} // namespace fairwell
