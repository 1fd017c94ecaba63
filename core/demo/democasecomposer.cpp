// SPDX-License-Identifier: GPL-3.0-or-later
#include "democasecomposer.h"

#include "demo/demorandom.h"
#include "demo/demotext.h"
#include "domain/notetemplate.h"
#include "notes/casemergevalues.h"
#include "notes/templaterenderer.h"
#include "services/casedetail.h"
#include "services/playbookrules.h"
#include "storage/database.h"

#include <algorithm>
#include <optional>

namespace fairwell {

namespace {

const QVariant NullId(QMetaType::fromType<qint64>());
const QVariant NullText(QMetaType::fromType<QString>());
const QVariant NullInt(QMetaType::fromType<int>());
// A null QString binds as NULL; text columns that are NOT NULL get this.
const QString EmptyText = QStringLiteral("");

// The thank-you note as the app writes it: the case's merge values through
// the note renderer. None when the template needs a value a demo case lacks
// (an admin's own template asking for a signature, say).
std::optional<RenderedNote> thankYouNote(const DemoCatalog::Template &chosen, const CaseDetail &detail,
                                         const MergeSources &sources)
{
    NoteTemplate note;
    note.language = chosen.language;
    note.subject = chosen.subject;
    note.body = chosen.body;
    auto rendered = TemplateRenderer::render(note, CaseMergeValues::forCase(detail, sources));
    if (!rendered)
        return std::nullopt;
    return *rendered;
}

} // namespace

DemoCaseComposer::DemoCaseComposer(const Context &context, NextIds &next)
    : m_context(context)
    , m_next(next)
    , m_yesterday(context.today.addDays(-1))
{
}

void DemoCaseComposer::compose(int index, Rows &rows, DemoRandom &random)
{
    const DemoPlan::Case &c = m_context.plan.cases[size_t(index)];
    const qint64 caseId = m_context.caseBase + index + 1;
    const DemoPlan::Account &account = m_context.plan.accounts[size_t(c.account)];
    const AccountFacts &facts = m_context.facts[size_t(c.account)];
    const DemoText::Region &region = DemoText::regions().at(account.region);
    const DemoCatalog::Playbook &playbook = m_context.catalog.playbooks.at(c.playbook);
    const DemoCatalog::Reason &reason = m_context.catalog.reasons.at(c.reason);
    const DemoCatalog::Category &category = m_context.catalog.categories.at(reason.category);
    const DemoPlan::User &owner = m_context.plan.users[size_t(c.owner)];
    const qint64 ownerId = m_context.userIds[size_t(c.owner)];
    const qint64 managerId = owner.manager >= 0 ? m_context.userIds[size_t(owner.manager)] : ownerId;
    const qint64 adminId = m_context.plan.admins.empty()
                               ? ownerId
                               : m_context.userIds[size_t(m_context.plan.admins[size_t(index) % m_context.plan.admins.size()])];
    const bool closed = c.isClosed();
    const bool german = region.language == QLatin1String("de");
    const QDate last = closed ? c.closedOn : m_yesterday; // the last day anything happened
    auto within = [&](const QDate &day) { return std::clamp(day, c.openedOn, last); };
    auto workTime = [&]() { return int(random.between(7 * 3600, 17 * 3600)); };
    const QString exportLink = QStringLiteral("https://export.fairwell.example/d/%1")
                                   .arg(random.next() & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));

    // --- The alternative, if one was mentioned: at most once, never pushed.
    QString offerKind, offerResponse;
    const bool businessChange = category.name == QLatin1String("Business changes");
    if ((playbook.offersAlternative && !businessChange) || c.atRisk) {
        static const QString kinds[] = {QStringLiteral("pause"), QStringLiteral("downgrade"),
                                        QStringLiteral("discount"), QStringLiteral("training"),
                                        QStringLiteral("workaround")};
        if (c.outcome == QLatin1String("paused")) {
            offerKind = kinds[0];
            offerResponse = QStringLiteral("accepted");
        } else if (c.outcome == QLatin1String("downgraded")) {
            offerKind = kinds[1];
            offerResponse = QStringLiteral("accepted");
        } else if (c.outcome == QLatin1String("saved")) {
            offerKind = kinds[2 + random.index(3)];
            offerResponse = QStringLiteral("accepted");
        } else if (closed && random.perMille(220)) {
            offerKind = kinds[random.index(5)];
            offerResponse = QStringLiteral("declined");
        } else if (!closed && random.perMille(250)) {
            offerKind = kinds[random.index(5)];
            offerResponse = random.perMille(500) ? QStringLiteral("thinking") : QStringLiteral("declined");
        }
    }
    const QDate offerDay = within(c.openedOn.addDays(random.between(1, 5)));
    if (!offerKind.isEmpty()) {
        rows.alternatives << ++m_next.alternative << caseId << offerKind
                          << DemoText::alternativeDescription(random, offerKind) << offerResponse << ownerId
                          << m_context.calendar.instant(offerDay, workTime());
    }

    // --- Calls, in time order; some set a follow-up, which makes a task.
    struct PlannedCall
    {
        QDate day;
        int time = 0;
        DemoText::CallOutcome outcome = DemoText::CallOutcome::Reached;
        bool inbound = false;
        QDate followUp;
        qint64 followUpTask = 0;
    };
    const bool lightTouch = !playbook.steps.isEmpty() && playbook.steps.first().kind != StepKind::PersonalCall;
    int callCount = 0;
    if (closed)
        callCount = lightTouch ? int(random.between(1, 6)) : int(random.between(3, 9)) + (account.segment == 2 ? 1 : 0);
    else
        callCount = c.openedOn.daysTo(m_yesterday) < 2 ? int(random.between(0, 1)) : int(random.between(1, 5));
    std::vector<PlannedCall> calls(static_cast<size_t>(callCount));
    const QDate firstCall = within(c.openedOn.addDays(random.between(0, 2)));
    const qint64 span = std::max<qint64>(0, firstCall.daysTo(last));
    for (size_t k = 0; k < calls.size(); ++k) {
        PlannedCall &call = calls[k];
        call.day = k == 0 ? firstCall : firstCall.addDays(random.between(0, span));
        call.time = workTime();
        call.inbound = k > 0 && random.perMille(150);
        call.outcome = call.inbound ? DemoText::CallOutcome::Reached
                                    : DemoText::CallOutcome(random.weighted({55, 25, 17, 3}));
    }
    std::sort(calls.begin(), calls.end(), [](const PlannedCall &a, const PlannedCall &b) {
        return a.day != b.day ? a.day < b.day : a.time < b.time;
    });

    // --- Tasks: a copy of each playbook step, then the follow-ups.
    QDate surveyDay, thankYouDay, exportDay;
    bool thankYouDone = false, exportDone = false;
    int position = 0;
    // `assignee` 0: the task waits for whoever holds its role, who also
    // completes it.
    auto addTask = [&](qint64 stepId, const QString &kind, const QString &title, const QString &helpText,
                       const QString &role, const QDate &due, bool required, const QString &status,
                       const QDate &doneOn, qint64 assignee) {
        const qint64 holder = role == QLatin1String("manager") ? managerId
                              : role == QLatin1String("admin") ? adminId
                                                               : ownerId;
        const bool done = status == QLatin1String("done");
        rows.tasks << ++m_next.task << caseId << sqlNullable(stepId) << ++position << kind << title << helpText << role
                   << sqlNullable(assignee) << m_context.calendar.date(due) << required << status
                   << (done ? m_context.calendar.instant(doneOn, workTime()) : NullText)
                   << (done ? QVariant(assignee ? assignee : holder) : NullId) << 1;
        return m_next.task;
    };
    for (const PlaybookStep &step : playbook.steps) {
        // The same rule the playbook service applies: due date and assignee.
        const Task planned = PlaybookRules::taskFromStep(step, caseId, c.openedOn, ownerId, position + 1);
        const QDate due = planned.dueOn;
        const QDate doneOn = within(due.addDays(random.between(-2, 1)));
        QString status = QStringLiteral("open");
        const QString kind = toString(step.kind);
        if (kind == QLatin1String("alternative_conversation")) {
            if (!offerKind.isEmpty())
                status = QStringLiteral("done");
            else if (closed || (due < m_context.today && random.perMille(500)))
                status = QStringLiteral("skipped");
        } else if (kind == QLatin1String("winback_checkin")) {
            if (closed)
                status = c.winbackDue.isValid() ? QStringLiteral("done") : QStringLiteral("skipped");
        } else if (closed && c.outcome == QLatin1String("saved")
                   && (kind == QLatin1String("data_export") || kind == QLatin1String("billing_chore"))) {
            status = QStringLiteral("skipped"); // they stayed: nothing to hand over or stop
        } else if (closed && kind == QLatin1String("exit_survey") && !c.feedback) {
            status = QStringLiteral("skipped");
        } else if (closed) {
            status = step.required || random.perMille(500) ? QStringLiteral("done") : QStringLiteral("skipped");
        } else if (kind == QLatin1String("exit_survey") && c.feedback) {
            status = QStringLiteral("done");
        } else if (due < m_context.today) {
            status = random.perMille(780) ? QStringLiteral("done") : QStringLiteral("open");
        } else if (random.perMille(100)) {
            status = QStringLiteral("done");
        }
        const bool done = status == QLatin1String("done");
        if (kind == QLatin1String("exit_survey") && !surveyDay.isValid())
            surveyDay = doneOn;
        if (kind == QLatin1String("thank_you_note")) {
            thankYouDay = doneOn;
            thankYouDone = done;
        }
        if (kind == QLatin1String("data_export")) {
            exportDay = doneOn;
            exportDone = done;
        }
        addTask(step.id, kind, step.title, step.helpText, toString(step.ownerRole), due, step.required, status, doneOn,
                planned.assigneeId);
    }
    for (size_t k = 0; k + 1 < calls.size() || (!closed && k < calls.size()); ++k) {
        PlannedCall &call = calls[k];
        if (call.outcome == DemoText::CallOutcome::WrongNumber || !random.perMille(130))
            continue;
        call.followUp = call.day.addDays(random.between(2, 7));
        QString status = QStringLiteral("open");
        if (closed || (call.followUp < m_context.today && random.perMille(700)))
            status = QStringLiteral("done");
        call.followUpTask = addTask(0, QStringLiteral("personal_call"), QStringLiteral("Follow-up call"),
                                    QStringLiteral("Set from the call on %1.").arg(m_context.calendar.dateText(call.day)),
                                    QStringLiteral("rep"), call.followUp, false, status, within(call.followUp),
                                    ownerId);
    }
    for (size_t k = 0; k < calls.size(); ++k) {
        const PlannedCall &call = calls[k];
        static const QString outcomes[] = {QStringLiteral("reached"), QStringLiteral("voicemail"),
                                           QStringLiteral("no_answer"), QStringLiteral("wrong_number")};
        int seconds = 0;
        switch (call.outcome) {
        case DemoText::CallOutcome::Reached:
            seconds = int(random.between(180, 1500) + random.between(0, 900));
            break;
        case DemoText::CallOutcome::Voicemail:
            seconds = int(random.between(20, 90));
            break;
        case DemoText::CallOutcome::NoAnswer:
            break;
        case DemoText::CallOutcome::WrongNumber:
            seconds = int(random.between(15, 60));
            break;
        }
        const bool otherContact = facts.otherContactId > 0 && random.perMille(150);
        const qint64 caller = account.segment == 2 && k == 1 ? managerId : ownerId;
        rows.calls << ++m_next.call << caseId << caller
                   << (otherContact ? facts.otherContactId : facts.primaryContactId)
                   << m_context.calendar.instant(call.day, call.time) << seconds
                   << (call.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"))
                   << outcomes[int(call.outcome)]
                   << DemoText::callSummary(random, call.outcome, facts.contactFirstName, int(k),
                                            closed && k + 1 == calls.size())
                   << m_context.calendar.date(call.followUp) << sqlNullable(call.followUpTask);
    }
    m_callsComposed += qint64(calls.size());

    // --- Exit feedback, in the customer's words.
    if (c.feedback) {
        const qint64 feedbackId = ++m_next.feedback;
        QString competitor = EmptyText;
        if (category.name == QLatin1String("Competition") && reason.name != QLatin1String("Building it in-house"))
            competitor = DemoText::competitor(random);
        else if (category.name == QLatin1String("Price and value") && random.perMille(150))
            competitor = DemoText::competitor(random);
        const QDate recorded = surveyDay.isValid() ? within(surveyDay) : within(c.openedOn.addDays(2));
        rows.feedback << feedbackId << caseId << m_context.catalog.reasons.at(c.reason).id
                      << DemoText::verbatim(random, reason.name, category.name)
                      << (c.satisfaction > 0 ? QVariant(c.satisfaction) : NullInt) << competitor << c.wouldReturn
                      << c.mayContactLater << ownerId << m_context.calendar.instant(recorded, workTime());
        const int secondary = random.weighted({50, 35, 15});
        QList<int> chosen{c.reason};
        for (int s = 0; s < secondary; ++s) {
            const int other = random.index(m_context.catalog.reasons.size());
            if (chosen.contains(other))
                continue;
            chosen.append(other);
            rows.feedbackReasons << feedbackId << m_context.catalog.reasons.at(other).id;
        }
    }

    // --- Notes: the thank-you note for everyone, export directions and a
    // written confirmation for most who leave.
    const QString repName = owner.name;
    auto addNote = [&](qint64 templateId, const QString &subject, const QString &body, const QDate &day, bool send) {
        const qint64 noteId = ++m_next.note;
        const int time = workTime();
        QString state = QStringLiteral("draft");
        if (send)
            state = random.perMille(25) ? QStringLiteral("failed") : QStringLiteral("sent");
        static const QString deliveries[] = {QStringLiteral("smtp"), QStringLiteral("mail_client"),
                                             QStringLiteral("eml")};
        const QString &delivery = deliveries[random.weighted({85, 10, 5})];
        const bool smtp = delivery == QLatin1String("smtp");
        const bool failed = state == QLatin1String("failed");
        const int attempts = !send ? 0 : failed ? 3 : smtp ? 1 + int(random.perMille(50)) : 1;
        const QVariant createdAt = m_context.calendar.instant(day, time);
        const QVariant queuedAt = send ? m_context.calendar.instant(day, std::min(time + 600, 86399)) : NullText;
        const QVariant sentAt = send && !failed ? m_context.calendar.instant(day, std::min(time + 605, 86399)) : NullText;
        rows.notes << noteId << caseId << sqlNullable(templateId) << ownerId << facts.contactName
                   << facts.contactEmail << subject << body << state << delivery
                   << (send ? QVariant(QStringLiteral("<demo-%1@fairwell.example>").arg(noteId)) : NullText)
                   << attempts
                   << (failed ? QStringLiteral("550 5.1.1 Recipient address rejected: mailbox unavailable")
                              : EmptyText)
                   << queuedAt << sentAt << 1 << createdAt << (send ? (failed ? queuedAt : sentAt) : createdAt);
    };
    if (closed || thankYouDone || thankYouDay.isValid()) {
        const DemoCatalog::Template *chosen = nullptr;
        QList<const DemoCatalog::Template *> fitting;
        for (const DemoCatalog::Template &note : m_context.catalog.templates) {
            if (note.language == region.language)
                fitting.append(&note);
        }
        if (fitting.isEmpty()) {
            for (const DemoCatalog::Template &note : m_context.catalog.templates) {
                if (note.language == QLatin1String("en"))
                    fitting.append(&note);
            }
        }
        chosen = fitting.isEmpty() ? &m_context.catalog.templates.first() : fitting.at(random.index(fitting.size()));
        CaseDetail detail;
        detail.header.accountName = facts.name;
        detail.header.plan = account.plan;
        detail.header.customerSince = account.customerSince;
        detail.header.contactName = facts.contactName;
        detail.header.offboardingCase.effectiveOn = c.effectiveOn;
        MergeSources sources;
        sources.repName = repName;
        sources.exportLink = exportLink;
        sources.language = chosen->language;
        sources.today = last;
        if (const auto note = thankYouNote(*chosen, detail, sources)) {
            QString body = note->body;
            if (random.perMille(700))
                body += QStringLiteral("\n\nP.S. ")
                        + DemoText::personalLine(random, chosen->language == QLatin1String("de"));
            const bool send = closed ? !random.perMille(40) : thankYouDone;
            if (closed || thankYouDone || random.perMille(400)) // an open case may have a draft already
                addNote(chosen->id, note->subject, body, thankYouDay.isValid() ? within(thankYouDay) : last, send);
        }
    }
    const bool leaving = c.outcome == QLatin1String("churned") || c.outcome == QLatin1String("downgraded");
    if (((closed && leaving) || (!closed && exportDone)) && random.perMille(900))
        addNote(0, DemoText::exportDirectionsSubject(german),
                DemoText::exportDirectionsBody(facts.contactFirstName, exportLink, repName, german),
                exportDay.isValid() ? within(exportDay) : last, true);
    if (closed && c.outcome == QLatin1String("churned") && random.perMille(400))
        addNote(0, DemoText::confirmationSubject(german),
                DemoText::confirmationBody(facts.contactFirstName, facts.name,
                                           m_context.calendar.dateText(c.effectiveOn.isValid() ? c.effectiveOn : c.closedOn),
                                           repName, german),
                last, true);

    // --- The win-back check-in, only with permission (decided in the plan).
    if (c.winbackDue.isValid()) {
        const bool done = c.winbackStatus == QLatin1String("done");
        rows.winbacks << ++m_next.winback << caseId << m_context.calendar.date(c.winbackDue) << ownerId << c.winbackStatus
                      << (done ? QVariant(c.winbackOutcome) : NullText)
                      << (done ? DemoText::winbackNote(random, c.winbackOutcome) : EmptyText)
                      << (done ? m_context.calendar.instant(c.winbackDoneOn, workTime()) : NullText) << 1;
    }

    // --- The case itself.
    const int openedAt = workTime();
    const int updatedAt = last == c.openedOn ? std::max(openedAt, workTime()) : workTime();
    static const QString origins[] = {QStringLiteral("notice"), QStringLiteral("at_risk")};
    rows.cases << caseId << m_context.accountBase + c.account + 1 << ownerId << playbook.id << origins[c.atRisk ? 1 : 0]
               << (closed ? QStringLiteral("closed") : QStringLiteral("open")) << m_context.calendar.date(c.openedOn)
               << m_context.calendar.date(c.effectiveOn) << m_context.calendar.date(c.closedOn)
               << (closed ? QVariant(c.outcome) : NullText) << c.mrrLostMinor << region.currency
               << (c.returnedFrom >= 0 ? QVariant(m_context.caseBase + c.returnedFrom + 1) : NullId) << 1
               << m_context.calendar.instant(c.openedOn, openedAt) << m_context.calendar.instant(last, updatedAt);
}

} // namespace fairwell
