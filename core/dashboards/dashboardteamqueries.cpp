// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardteamqueries.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace fairwell {

namespace {

QVariant nullIfZeroOwner(const QVariant &owner)
{
    return owner.isNull() || owner.toLongLong() == 0 ? QVariant() : owner;
}

} // namespace

DashboardTeamQueries::DashboardTeamQueries(const DashboardQueryScope &scope)
    : m_scope(scope)
{
}

Status DashboardTeamQueries::owners(QList<OwnerLoad> &owners)
{
    // Now, not the range: open cases per owner, and their open tasks due
    // before today. Owner 0 stands for "unassigned" in the join.
    const QString filter = m_scope.cases.andClauses();
    const QString sql =
        QStringLiteral(
            "SELECT g.owner_id, u.display_name, g.open_cases, coalesce(t.overdue, 0) FROM "
            "(SELECT coalesce(c.owner_id, 0) AS owner_id, count(*) AS open_cases FROM cases c "
            "WHERE c.status = ?%1 GROUP BY coalesce(c.owner_id, 0)) g "
            "LEFT JOIN users u ON u.id = g.owner_id "
            "LEFT JOIN (SELECT coalesce(c.owner_id, 0) AS owner_id, count(*) AS overdue FROM cases c "
            "JOIN tasks t ON t.case_id = c.id WHERE c.status = ? AND t.status = ? AND t.due_on < ?%1 "
            "GROUP BY coalesce(c.owner_id, 0)) t ON t.owner_id = g.owner_id "
            "ORDER BY g.open_cases DESC, CASE WHEN g.owner_id = 0 THEN 1 ELSE 0 END, %2, g.owner_id")
            .arg(filter, m_scope.runner.alphabetical(QStringLiteral("u.display_name")));
    const QString open = QStringLiteral("open");
    QVariantList values{open};
    values.append(m_scope.cases.values);
    values << open << open << sqlDate(m_scope.today);
    values.append(m_scope.cases.values);
    owners.clear();
    return m_scope.runner.run(QStringLiteral("owners now"), sql, values, [&](const QSqlQuery &row) {
        OwnerLoad load;
        if (const QVariant owner = nullIfZeroOwner(row.value(0)); owner.isValid())
            load.ownerId = owner.toLongLong();
        load.ownerName = row.value(1).toString();
        load.openCases = row.value(2).toInt();
        load.overdueTasks = row.value(3).toInt();
        owners.append(load);
    });
}

Status DashboardTeamQueries::firstCall(TeamDiscipline &discipline)
{
    // The first call is the lowest called_at of the case's calls index.
    const DashboardSql &dialect = m_scope.runner.sql();
    const QString firstCallDate =
        QStringLiteral("(SELECT %1 FROM calls k WHERE k.case_id = c.id)").arg(dialect.dateOf(QStringLiteral("min(k.called_at)")));
    // MATERIALIZED (SQLite 3.35+, PostgreSQL 12+): otherwise the subquery is
    // flattened and the first call looked up twice per case.
    const QString sql = QStringLiteral("WITH d AS MATERIALIZED (SELECT %1 AS days FROM cases c "
                                       "WHERE c.opened_on BETWEEN ? AND ?%2) "
                                       "SELECT d.days, count(*) FROM d GROUP BY d.days ORDER BY d.days")
                            .arg(dialect.daysBetween(QStringLiteral("c.opened_on"), firstCallDate),
                                 m_scope.cases.andClauses());
    discipline.daysToFirstCall.clear();
    discipline.openedWithoutCall = 0;
    return m_scope.runner.run(QStringLiteral("first call"), sql, m_scope.rangeValues(), [&](const QSqlQuery &row) {
        if (row.value(0).isNull())
            discipline.openedWithoutCall = row.value(1).toInt();
        else
            discipline.daysToFirstCall.append({row.value(0).toInt(), row.value(1).toInt()});
    });
}

Status DashboardTeamQueries::timeToClose(QList<DayCount> &days)
{
    const QString sql = QStringLiteral("SELECT %1, count(*) FROM cases c WHERE c.closed_on BETWEEN ? AND ?%2 "
                                       "GROUP BY 1 ORDER BY 1")
                            .arg(m_scope.runner.sql().daysBetween(QStringLiteral("c.opened_on"), QStringLiteral("c.closed_on")),
                                 m_scope.cases.andClauses());
    days.clear();
    return m_scope.runner.run(QStringLiteral("time to close"), sql, m_scope.rangeValues(), [&](const QSqlQuery &row) {
        days.append({row.value(0).toInt(), row.value(1).toInt()});
    });
}

Status DashboardTeamQueries::followUpAndSatisfaction(TeamDiscipline &discipline, SatisfactionFigures &satisfaction)
{
    // Grouped by score (NULL: no feedback, or feedback without a score;
    // count(f.id) tells them apart): at most six rows.
    const QString sql = QStringLiteral(
        "SELECT f.satisfaction, count(*), count(f.id), "
        "coalesce(sum(CASE WHEN c.outcome = ? THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN c.outcome = ? AND EXISTS (SELECT 1 FROM notes n WHERE n.case_id = c.id "
        "AND n.state = ?) THEN 1 ELSE 0 END), 0) "
        "FROM cases c LEFT JOIN exit_feedback f ON f.case_id = c.id WHERE c.closed_on BETWEEN ? AND ?%1 "
        "GROUP BY f.satisfaction")
                            .arg(m_scope.cases.andClauses());
    const QString churned = QStringLiteral("churned");
    QVariantList values{churned, churned, QStringLiteral("sent")};
    values.append(m_scope.rangeValues());
    discipline.closedCases = discipline.closedWithFeedback = discipline.churnedClosed = 0;
    discipline.churnedWithNoteSent = 0;
    satisfaction = {};
    return m_scope.runner.run(QStringLiteral("follow-up, satisfaction"), sql, values, [&](const QSqlQuery &row) {
        const int cases = row.value(1).toInt();
        const int withFeedback = row.value(2).toInt();
        discipline.closedCases += cases;
        discipline.closedWithFeedback += withFeedback;
        discipline.churnedClosed += row.value(3).toInt();
        discipline.churnedWithNoteSent += row.value(4).toInt();
        const int score = row.value(0).toInt();
        if (row.value(0).isNull() || score < 1 || score > 5)
            satisfaction.withoutScore += withFeedback;
        else
            satisfaction.byScore[size_t(score - 1)] = withFeedback;
    });
}

Status DashboardTeamQueries::winback(WinbackFigures &winback)
{
    winback = {};
    const QString due = QStringLiteral(
        "SELECT count(*), coalesce(sum(CASE WHEN w.status = ? THEN 1 ELSE 0 END), 0) FROM winback_checkins w "
        "JOIN cases c ON c.id = w.case_id WHERE w.due_on BETWEEN ? AND ? AND w.status <> ?%1")
                            .arg(m_scope.cases.andClauses());
    QVariantList dueValues{QStringLiteral("done"), sqlDate(m_scope.filter.from), sqlDate(m_scope.filter.to),
                           QStringLiteral("cancelled")};
    dueValues.append(m_scope.cases.values);
    Status status = m_scope.runner.run(QStringLiteral("win-back due"), due, dueValues, [&](const QSqlQuery &row) {
        winback.due = row.value(0).toInt();
        winback.done = row.value(1).toInt();
    });
    if (!status)
        return status;
    const QString returned = QStringLiteral(
        "SELECT c.currency, count(*), sum(coalesce(w.new_mrr_minor, 0)) FROM winback_checkins w "
        "JOIN cases c ON c.id = w.case_id WHERE w.outcome = ? AND w.returned_on BETWEEN ? AND ?%1 GROUP BY c.currency")
                                 .arg(m_scope.cases.andClauses());
    QVariantList returnedValues{QStringLiteral("returned")};
    returnedValues.append(m_scope.rangeValues());
    return m_scope.runner.run(QStringLiteral("win-back returned"), returned, returnedValues, [&](const QSqlQuery &row) {
        winback.returned += row.value(1).toInt();
        if (const qint64 mrr = row.value(2).toLongLong(); mrr != 0)
            winback.mrrReturned[row.value(0).toString()] += mrr;
    });
}

} // namespace fairwell
