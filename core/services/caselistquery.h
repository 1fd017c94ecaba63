// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace fairwell {

class Database;

// What the case list shows: every field is optional, an empty filter is
// every case.
struct CaseListFilter
{
    enum class Status { Any, Open, Closed };
    Status status = Status::Any;
    qint64 ownerId = 0;          // 0 = any owner
    QString text;                // matches account name or external id, case-insensitive
    bool winbackPlannedOnly = false;
    bool operator==(const CaseListFilter &) const = default;
};

enum class CaseListColumn { Account, ExternalId, Segment, Plan, Mrr, Owner, Status, Opened, Effective, Outcome };

// One line of the case list; segment, status and outcome are the stored
// keys ('mid_market', 'closed', 'churned'), the UI puts them into words.
// MRR is the account's monthly recurring revenue in minor units.
struct CaseListRow
{
    qint64 id = 0;
    QString accountName, externalId, segment, plan;
    qint64 mrrMinor = 0;
    QString currency;
    QString ownerName;
    QString status;
    QDate openedOn, effectiveOn, closedOn;
    QString outcome;
};

struct Person
{
    qint64 id = 0;
    QString displayName;
    QString role;
};

// The SQL behind every case list (All cases, My queue, Win-back): filters,
// sorts and pages in the database so a list of 50,000 cases costs one page.
// Uses the connection it is given, on that connection's thread.
class CaseListQuery
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseListQuery)

public:
    explicit CaseListQuery(Database &db);

    Result<qint64> count(const CaseListFilter &filter);
    Result<QList<CaseListRow>> page(const CaseListFilter &filter, CaseListColumn sortColumn, Qt::SortOrder order,
                                    int offset, int limit);
    Result<QList<Person>> people(); // active users, by name, for owner filters and "working as"

    // The pattern a search text becomes: lower-cased by the database, with
    // LIKE's own wildcards escaped so "50%" means the characters "50%".
    static QString likePattern(const QString &text);

private:
    // Appends the WHERE clause for `filter` to `sql` and its values to `values`.
    void appendWhere(const CaseListFilter &filter, QString &sql, QVariantList &values) const;

    Database &m_db;
};

} // namespace fairwell
