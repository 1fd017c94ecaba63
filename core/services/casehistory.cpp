// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/casehistory.h"

#include "domain/auditentry.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/repositorysupport.h"

#include <QJsonDocument>
#include <QLocale>

namespace fairwell {

namespace {

QJsonObject parsed(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// "14:02" today, the date and time on other days.
QString whenText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

CaseHistory::CaseHistory(Database &db)
    : m_db(db)
{
}

QString CaseHistory::outcomeWord(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Churned:
        return tr("churned");
    case CaseOutcome::Saved:
        return tr("saved");
    case CaseOutcome::Downgraded:
        return tr("downgraded");
    case CaseOutcome::Paused:
        return tr("paused");
    }
    return {};
}

QString CaseHistory::checkinOutcomeWord(CheckinOutcome outcome)
{
    switch (outcome) {
    case CheckinOutcome::Returned:
        return tr("returned");
    case CheckinOutcome::NotYet:
        return tr("not now");
    case CheckinOutcome::Declined:
        return tr("do not contact");
    case CheckinOutcome::NoAnswer:
        return tr("no answer");
    }
    return {};
}

Result<QList<CaseHistory::Change>> CaseHistory::changes(qint64 caseId)
{
    auto query = m_db.exec(QStringLiteral("SELECT a.id, a.occurred_at, a.user_id, u.display_name, a.action, "
                                          "a.before_json, a.after_json FROM audit_log a "
                                          "LEFT JOIN users u ON u.id = a.user_id "
                                          "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC"),
                           {CaseRepository::auditEntity(), caseId});
    if (!query)
        return fail(query.error());
    QList<Change> list;
    while (query->next()) {
        RowReader r(*query);
        Change c;
        c.auditId = r.id();
        c.at = r.instant();
        c.userId = r.id();
        c.userName = r.text();
        c.inserted = r.text() == toString(AuditAction::Insert);
        c.before = parsed(r.text());
        c.after = parsed(r.text());
        list.append(c);
    }
    return list;
}

QString CaseHistory::userName(qint64 userId)
{
    auto query = m_db.exec(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {userId});
    if (query && query->next())
        return query->value(0).toString();
    return tr("someone");
}

QString CaseHistory::describe(const Change &c)
{
    if (c.inserted)
        return tr("opened the case");
    const QString change = c.change();
    const QString task = c.after.value(QStringLiteral("task")).toString();
    if (change == QLatin1String("call_logged"))
        return tr("logged a call");
    if (change == QLatin1String("feedback_recorded"))
        return tr("recorded the exit feedback");
    if (change == QLatin1String("alternative_recorded"))
        return tr("recorded an alternative offered");
    if (change == QLatin1String("task_completed"))
        return tr("completed the task \"%1\"").arg(task);
    if (change == QLatin1String("task_skipped"))
        return tr("skipped the task \"%1\"").arg(task);
    if (change == QLatin1String("task_reopened"))
        return tr("reopened the task \"%1\"").arg(task);
    if (change == QLatin1String("case_reopened"))
        return tr("reopened the case");
    if (change == QLatin1String("winback_recorded")) {
        const auto outcome = fromString<CheckinOutcome>(c.after.value(QStringLiteral("checkin_outcome")).toString());
        return tr("recorded a win-back check-in (%1)").arg(outcome ? checkinOutcomeWord(*outcome) : QString());
    }
    if (change == QLatin1String("case_closed") || c.after.value(QStringLiteral("status")) == QLatin1String("closed")) {
        const auto outcome = fromString<CaseOutcome>(c.after.value(QStringLiteral("outcome")).toString());
        return tr("closed the case as %1").arg(outcome ? outcomeWord(*outcome) : tr("closed"));
    }
    if (c.after.contains(QStringLiteral("owner_id"))) {
        const qint64 owner = c.after.value(QStringLiteral("owner_id")).toInteger();
        if (owner == 0)
            return tr("left the case unassigned");
        if (owner == c.userId)
            return tr("took the case");
        return tr("assigned the case to %1").arg(userName(owner));
    }
    if (c.after.contains(QStringLiteral("playbook_id")))
        return tr("applied a playbook");
    return tr("changed the case");
}

Error CaseHistory::conflict(qint64 caseId, int quotedVersion, int currentVersion)
{
    const int since = std::max(1, currentVersion - quotedVersion);
    QString what;
    int described = 0;
    if (auto list = changes(caseId)) {
        // The newest change first; one audit row per version step, and rows
        // that carry their version stop the walk at the one that was seen.
        for (const Change &c : std::as_const(*list)) {
            if (c.inserted || described >= since || (c.version() > 0 && c.version() <= quotedVersion))
                break;
            if (described == 0) {
                const QString who = c.userName.isEmpty() ? tr("Someone") : c.userName;
                what = tr("%1 %2 at %3").arg(who, describe(c), whenText(c.at));
            }
            ++described;
        }
    }
    QString message;
    if (what.isEmpty())
        message = tr("Someone else changed case %1 since you opened it.").arg(caseId);
    else if (since > 1)
        message = tr("%1, after %n other change(s) to case %2 since you opened it.", nullptr, since - 1)
                      .arg(what)
                      .arg(caseId);
    else
        message = tr("%1, after you opened case %2.").arg(what).arg(caseId);
    message += QLatin1Char(' ') + tr("Nothing was changed; reload the case to see it, then try again.");
    return Error{ErrorCode::Conflict, message, m_db.spec().displayName(), QString::number(currentVersion)};
}

int CaseHistory::versionIn(const Error &conflict)
{
    if (conflict.code != ErrorCode::Conflict)
        return 0;
    bool ok = false;
    const int version = conflict.detail.toInt(&ok);
    return ok ? version : 0;
}

} // namespace fairwell
