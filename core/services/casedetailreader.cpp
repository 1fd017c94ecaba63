// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/casedetailreader.h"

#include "domain/call.h"
#include "domain/note.h"
#include "services/casehistory.h"
#include "services/noteedit.h"
#include "storage/noterepository.h"
#include "storage/alternativeofferedrepository.h"
#include "storage/caserepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/exitfeedbackrepository.h"
#include "storage/repositorysupport.h"
#include "storage/taskrepository.h"
#include "storage/winbackcheckinrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace fairwell {

CaseDetailReader::CaseDetailReader(Database &db)
    : m_db(db)
{
}

Result<CaseDetail> CaseDetailReader::read(qint64 caseId, const QDate &today)
{
    CaseDetail detail;
    auto offboardingCase = CaseRepository(m_db).find(caseId);
    if (!offboardingCase)
        return fail(offboardingCase.error());
    detail.header.offboardingCase = *offboardingCase;
    if (auto ok = readHeader(detail, today); !ok)
        return fail(ok.error());
    if (auto ok = readTasks(detail, today); !ok)
        return fail(ok.error());
    if (auto feedback = ExitFeedbackRepository(m_db).findForCase(caseId))
        detail.feedback = *feedback;
    else if (feedback.error().code != ErrorCode::NotFound)
        return fail(feedback.error());
    auto alternatives = AlternativeOfferedRepository(m_db).listForCase(caseId);
    if (!alternatives)
        return fail(alternatives.error());
    detail.alternatives = *alternatives;
    std::reverse(detail.alternatives.begin(), detail.alternatives.end());
    auto checkins = WinbackCheckinRepository(m_db).listForCase(caseId);
    if (!checkins)
        return fail(checkins.error());
    for (const WinbackCheckin &checkin : std::as_const(*checkins)) {
        if (checkin.status == CheckinStatus::Planned) {
            detail.checkin = checkin;
            break;
        }
        if (!detail.checkin || checkin.completedAt > detail.checkin->completedAt)
            detail.checkin = checkin;
    }
    if (auto ok = readTimeline(detail); !ok)
        return fail(ok.error());
    return detail;
}

Status CaseDetailReader::readHeader(CaseDetail &detail, const QDate &today)
{
    CaseHeader &h = detail.header;
    const OffboardingCase &c = h.offboardingCase;
    // The last contact is the account's, whichever of its cases the call was logged on.
    auto query = m_db.exec(
        QStringLiteral("SELECT a.name, a.external_id, a.segment, a.plan, a.language, a.mrr_minor, a.currency, "
                       "a.customer_since, u.display_name, p.name, "
                       "(SELECT MAX(calls.called_at) FROM calls JOIN cases others ON others.id = calls.case_id "
                       "WHERE others.account_id = a.id) "
                       "FROM cases c JOIN accounts a ON a.id = c.account_id "
                       "LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN playbooks p ON p.id = c.playbook_id "
                       "WHERE c.id = ?"),
        {c.id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("There is no case number %1 in this database.").arg(c.id),
                    m_db.spec().displayName());
    RowReader r(*query);
    h.accountName = r.text();
    h.externalId = r.text();
    h.segment = r.text();
    h.plan = r.text();
    h.language = r.text();
    h.mrrMinor = r.int64();
    h.accountCurrency = r.text();
    h.customerSince = r.date();
    h.ownerName = r.text();
    h.playbookName = r.text();
    h.lastContactAt = r.instant();
    h.daysOpen = std::max<qint64>(0, c.openedOn.daysTo(c.status == CaseStatus::Closed && c.closedOn.isValid()
                                                          ? c.closedOn
                                                          : today));
    if (auto contact = ContactRepository(m_db).primaryForAccount(c.accountId)) {
        h.contactId = contact->id;
        h.contactName = contact->name;
        h.contactEmail = contact->email;
        h.contactPhone = contact->phone;
    } else if (contact.error().code != ErrorCode::NotFound) {
        return fail(contact.error());
    }
    return {};
}

Status CaseDetailReader::readTasks(CaseDetail &detail, const QDate &today)
{
    const qint64 caseId = detail.header.offboardingCase.id;
    auto tasks = TaskRepository(m_db).listForCase(caseId);
    if (!tasks)
        return fail(tasks.error());
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.skip_reason, assignee.display_name, done.display_name "
                                          "FROM tasks t LEFT JOIN users assignee ON assignee.id = t.assignee_id "
                                          "LEFT JOIN users done ON done.id = t.completed_by WHERE t.case_id = ?"),
                           {caseId});
    if (!query)
        return fail(query.error());
    struct Extra
    {
        QString skipReason, assignee, completedBy;
    };
    QHash<qint64, Extra> extras;
    while (query->next()) {
        RowReader r(*query);
        const qint64 id = r.id();
        Extra e;
        e.skipReason = r.text();
        e.assignee = r.text();
        e.completedBy = r.text();
        extras.insert(id, e);
    }
    for (const Task &task : std::as_const(*tasks)) {
        TaskLine line;
        line.task = task;
        const Extra e = extras.value(task.id);
        line.skipReason = e.skipReason;
        line.assigneeName = e.assignee;
        line.completedByName = e.completedBy;
        line.overdue = task.status == TaskStatus::Open && task.dueOn.isValid() && task.dueOn < today;
        detail.tasks.append(line);
    }
    return {};
}

namespace {

QString callOutcomeWord(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return CaseDetailReader::tr("reached");
    case CallOutcome::Voicemail:
        return CaseDetailReader::tr("voicemail");
    case CallOutcome::NoAnswer:
        return CaseDetailReader::tr("no answer");
    case CallOutcome::WrongNumber:
        return CaseDetailReader::tr("wrong number");
    }
    return {};
}

QString alternativeKindWord(AlternativeKind kind)
{
    switch (kind) {
    case AlternativeKind::Pause:
        return CaseDetailReader::tr("pause");
    case AlternativeKind::Downgrade:
        return CaseDetailReader::tr("downgrade");
    case AlternativeKind::Discount:
        return CaseDetailReader::tr("discount");
    case AlternativeKind::Training:
        return CaseDetailReader::tr("training");
    case AlternativeKind::Workaround:
        return CaseDetailReader::tr("workaround");
    }
    return {};
}

QString alternativeResponseWord(AlternativeResponse response)
{
    switch (response) {
    case AlternativeResponse::Accepted:
        return CaseDetailReader::tr("accepted");
    case AlternativeResponse::Declined:
        return CaseDetailReader::tr("declined");
    case AlternativeResponse::Thinking:
        return CaseDetailReader::tr("thinking about it");
    }
    return {};
}

} // namespace

Status CaseDetailReader::readNotes(CaseDetail &detail, const QHash<qint64, QString> &names)
{
    const qint64 caseId = detail.header.offboardingCase.id;
    struct NoteLine
    {
        QDateTime at;
        qint64 authorId = 0;
        NoteState state = NoteState::Draft;
        QString subject;
        QString recipient;
        bool shown = false;
    };
    QHash<qint64, NoteLine> notes;
    QList<qint64> order;
    auto noteRows = m_db.exec(QStringLiteral("SELECT id, created_at, updated_at, sent_at, author_id, state, subject, "
                                             "recipient_name, recipient_email FROM notes WHERE case_id = ? ORDER BY id"),
                              {caseId});
    if (!noteRows)
        return fail(noteRows.error());
    while (noteRows->next()) {
        RowReader r(*noteRows);
        const qint64 id = r.id();
        NoteLine line;
        const QDateTime created = r.instant();
        const QDateTime updated = r.instant();
        const QDateTime sent = r.instant();
        line.authorId = r.id();
        line.state = r.enumValue(NoteState::Draft);
        line.subject = r.text();
        line.recipient = r.text();
        const QString email = r.text();
        if (line.recipient.isEmpty())
            line.recipient = email.isEmpty() ? tr("the customer") : email;
        line.at = sent.isValid() ? sent : line.state == NoteState::Draft ? updated : created;
        notes.insert(id, line);
        order.append(id);
    }
    if (notes.isEmpty())
        return {};

    // What happened to each note, as the outbox and people recorded it.
    auto history = m_db.exec(QStringLiteral("SELECT a.entity_id, a.occurred_at, a.user_id, a.after_json "
                                            "FROM audit_log a JOIN notes n ON n.id = a.entity_id "
                                            "WHERE a.entity = ? AND n.case_id = ? ORDER BY a.id"),
                             {NoteRepository::auditEntity(), caseId});
    if (!history)
        return fail(history.error());
    while (history->next()) {
        RowReader r(*history);
        const qint64 noteId = r.id();
        const QDateTime at = r.instant();
        const qint64 userId = r.id();
        const QJsonObject after = QJsonDocument::fromJson(r.text().toUtf8()).object();
        const auto found = notes.find(noteId);
        if (found == notes.end())
            continue;
        NoteLine &line = found.value();
        const QString change = after.value(QStringLiteral("change")).toString();
        const QString detailText = after.value(QStringLiteral("detail")).toString();
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Note;
        e.at = at;
        e.actorName = names.value(userId);
        e.text = line.subject;
        if (change == QLatin1String("note_queued")) {
            e.title = tr("Thank-you note queued for %1").arg(line.recipient);
        } else if (change == QLatin1String("note_sent")) {
            e.title = tr("Note sent to %1").arg(line.recipient);
        } else if (change == QLatin1String("note_retry_planned")) {
            const QDateTime next = instantFromSql(after.value(QStringLiteral("next_attempt_at")).toString());
            e.title = tr("Note to %1 delayed; next try %2")
                          .arg(line.recipient, QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
            e.text = detailText;
        } else if (change == QLatin1String("note_failed")) {
            e.title = tr("Note to %1 failed").arg(line.recipient);
            e.text = detailText;
        } else if (change == QLatin1String("note_may_have_been_sent")) {
            e.title = tr("Note to %1 may have been sent: please check").arg(line.recipient);
            e.text = detailText;
        } else if (change == QLatin1String("note_retried")) {
            e.title = tr("Note to %1 queued again").arg(line.recipient);
        } else if (change == QLatin1String("note_cancelled")) {
            e.title = tr("Note to %1 cancelled").arg(line.recipient);
        } else if (change == QLatin1String("note_confirmed_sent")) {
            e.title = tr("Note to %1 confirmed as sent").arg(line.recipient);
        } else if (change == QLatin1String("note_sent_by_hand")) {
            const auto delivery = fromString<NoteDelivery>(after.value(QStringLiteral("delivery")).toString());
            e.title = delivery == NoteDelivery::Eml ? tr("Note to %1 sent by hand (.eml file)").arg(line.recipient)
                                                    : tr("Note to %1 sent from the mail program").arg(line.recipient);
        } else {
            continue; // drafted, handed to the server: not news for the case
        }
        line.shown = true;
        detail.timeline.append(e);
    }
    // Drafts, and notes from before the outbox recorded its work.
    for (const qint64 id : std::as_const(order)) {
        const NoteLine &line = notes.value(id);
        if (line.shown && line.state != NoteState::Draft)
            continue;
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Note;
        e.at = line.at;
        e.actorName = names.value(line.authorId);
        e.title = tr("Note to %1 (%2)").arg(line.recipient, NoteEdit::stateWord(line.state));
        e.text = line.subject;
        detail.timeline.append(e);
    }
    return {};
}

Status CaseDetailReader::readTimeline(CaseDetail &detail)
{
    const qint64 caseId = detail.header.offboardingCase.id;
    QList<TimelineEntry> &timeline = detail.timeline;
    QHash<qint64, QString> names;
    auto users = m_db.exec(QStringLiteral("SELECT id, display_name FROM users"));
    if (!users)
        return fail(users.error());
    while (users->next())
        names.insert(users->value(0).toLongLong(), users->value(1).toString());
    QHash<qint64, QString> reasons;
    auto reasonRows = m_db.exec(QStringLiteral("SELECT id, name FROM exit_reasons"));
    if (!reasonRows)
        return fail(reasonRows.error());
    while (reasonRows->next())
        reasons.insert(reasonRows->value(0).toLongLong(), reasonRows->value(1).toString());

    auto calls = m_db.exec(QStringLiteral("SELECT c.called_at, c.user_id, c.duration_seconds, c.direction, c.outcome, "
                                          "c.summary, ct.name FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id "
                                          "WHERE c.case_id = ?"),
                           {caseId});
    if (!calls)
        return fail(calls.error());
    while (calls->next()) {
        RowReader r(*calls);
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Call;
        e.at = r.instant();
        e.actorName = names.value(r.id());
        const int minutes = r.integer() / 60;
        const auto direction = r.enumValue(CallDirection::Outbound);
        const auto outcome = r.enumValue(CallOutcome::Reached);
        e.text = r.text();
        QString contact = r.text();
        if (contact.isEmpty())
            contact = tr("the customer");
        e.title = (direction == CallDirection::Inbound ? tr("Call from %1: %2, %n min", nullptr, minutes)
                                                       : tr("Call to %1: %2, %n min", nullptr, minutes))
                      .arg(contact, callOutcomeWord(outcome));
        timeline.append(e);
    }

    if (auto ok = readNotes(detail, names); !ok)
        return ok;

    for (const AlternativeOffered &a : std::as_const(detail.alternatives)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Alternative;
        e.at = a.offeredAt;
        e.actorName = names.value(a.offeredBy);
        e.title = tr("Alternative offered: %1 (%2)").arg(alternativeKindWord(a.kind), alternativeResponseWord(a.response));
        e.text = a.description;
        timeline.append(e);
    }

    auto history = CaseHistory(m_db).changes(caseId);
    if (!history)
        return fail(history.error());
    bool feedbackSeen = false;
    QSet<qint64> tasksSeen;
    for (const CaseHistory::Change &c : std::as_const(*history)) {
        TimelineEntry e;
        e.at = c.at;
        e.actorName = c.userName;
        const QString change = c.change();
        const QString task = c.after.value(QStringLiteral("task")).toString();
        const QString reason = c.after.value(QStringLiteral("reason")).toString();
        if (change == QLatin1String("call_logged") || change == QLatin1String("alternative_recorded"))
            continue; // shown from their own rows, which also hold the ones made before the case work existed
        if (c.inserted) {
            e.kind = TimelineEntry::Kind::Status;
            e.title = tr("Case opened");
        } else if (change == QLatin1String("feedback_recorded")) {
            e.kind = TimelineEntry::Kind::Feedback;
            const qint64 primary = c.after.value(QStringLiteral("primary_reason_id")).toInteger();
            e.title = primary != 0 ? tr("Exit feedback recorded: %1").arg(reasons.value(primary))
                                   : tr("Exit feedback recorded");
            if (!feedbackSeen && detail.feedback)
                e.text = detail.feedback->verbatim;
            feedbackSeen = true;
        } else if (change.startsWith(QLatin1String("task_"))) {
            e.kind = TimelineEntry::Kind::Task;
            tasksSeen.insert(c.after.value(QStringLiteral("task_id")).toInteger());
            if (change == QLatin1String("task_completed"))
                e.title = tr("Task done: %1").arg(task);
            else if (change == QLatin1String("task_skipped"))
                e.title = tr("Task skipped: %1").arg(task);
            else
                e.title = tr("Task reopened: %1").arg(task);
            e.text = reason;
        } else if (change == QLatin1String("winback_recorded")) {
            e.kind = TimelineEntry::Kind::Winback;
            const auto outcome = fromString<CheckinOutcome>(c.after.value(QStringLiteral("checkin_outcome")).toString());
            e.title = tr("Win-back check-in: %1").arg(outcome ? CaseHistory::checkinOutcomeWord(*outcome) : QString());
            e.text = c.after.value(QStringLiteral("notes")).toString();
        } else if (change == QLatin1String("case_reopened")) {
            e.kind = TimelineEntry::Kind::Status;
            e.title = tr("Case reopened");
            e.text = reason;
        } else if (change == QLatin1String("case_closed") || c.after.value(QStringLiteral("status")) == QLatin1String("closed")) {
            e.kind = TimelineEntry::Kind::Status;
            const auto outcome = fromString<CaseOutcome>(c.after.value(QStringLiteral("outcome")).toString());
            e.title = tr("Case closed: %1").arg(outcome ? CaseHistory::outcomeWord(*outcome) : QString());
            const QString due = c.after.value(QStringLiteral("winback_due_on")).toString();
            if (!due.isEmpty())
                e.text = tr("Win-back check-in planned for %1")
                             .arg(QLocale().toString(QDate::fromString(due, Qt::ISODate), QLocale::ShortFormat));
        } else if (c.after.contains(QStringLiteral("owner_id"))) {
            e.kind = TimelineEntry::Kind::Owner;
            const qint64 owner = c.after.value(QStringLiteral("owner_id")).toInteger();
            e.title = owner == 0 ? tr("Case unassigned") : tr("Owner: %1").arg(names.value(owner));
        } else if (c.after.contains(QStringLiteral("playbook_id"))) {
            e.kind = TimelineEntry::Kind::Status;
            e.title = detail.header.playbookName.isEmpty() ? tr("Playbook applied")
                                                           : tr("Playbook applied: %1").arg(detail.header.playbookName);
        } else {
            e.kind = TimelineEntry::Kind::Status;
            e.title = tr("Case changed");
        }
        timeline.append(e);
    }
    // Feedback and finished tasks recorded before the case work wrote audit rows.
    if (!feedbackSeen && detail.feedback) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Feedback;
        e.at = detail.feedback->recordedAt;
        e.actorName = names.value(detail.feedback->recordedBy);
        e.title = detail.feedback->primaryReasonId != 0
                      ? tr("Exit feedback recorded: %1").arg(reasons.value(detail.feedback->primaryReasonId))
                      : tr("Exit feedback recorded");
        e.text = detail.feedback->verbatim;
        timeline.append(e);
    }
    for (const TaskLine &line : std::as_const(detail.tasks)) {
        if (line.task.status == TaskStatus::Open || !line.task.completedAt.isValid() || tasksSeen.contains(line.task.id))
            continue;
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Task;
        e.at = line.task.completedAt;
        e.actorName = line.completedByName;
        e.title = line.task.status == TaskStatus::Done ? tr("Task done: %1").arg(line.task.title)
                                                       : tr("Task skipped: %1").arg(line.task.title);
        e.text = line.skipReason;
        timeline.append(e);
    }
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return {};
}

} // namespace fairwell
