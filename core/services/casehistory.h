// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/offboardingcase.h"
#include "domain/winbackcheckin.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fairwell {

class Database;

// A case's own audit rows read back as what people did to it: for the
// timeline, and for a conflict message that says who changed what since
// the version someone saw.
class CaseHistory
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::CaseHistory)

public:
    // The keys of the "change" the case work writes into a case's audit row
    // (CaseRepository::update's `change`).
    static QString changeKey() { return QStringLiteral("change"); }

    struct Change
    {
        qint64 auditId = 0;
        QDateTime at; // UTC
        qint64 userId = 0;
        QString userName;
        bool inserted = false; // the case was opened
        QJsonObject before;
        QJsonObject after;

        QString change() const { return after.value(changeKey()).toString(); }
        int version() const { return after.value(QStringLiteral("version")).toInt(); } // 0: not recorded
    };

    explicit CaseHistory(Database &db);

    // Newest first.
    Result<QList<Change>> changes(qint64 caseId);

    // One line in words, without who and when ("closed the case as churned").
    QString describe(const Change &change);

    // The Conflict for someone who quoted `quotedVersion` of a case now at
    // `currentVersion`: says who did what and when since, nothing was saved;
    // its detail is the current version.
    Error conflict(qint64 caseId, int quotedVersion, int currentVersion);

    // The version number in a conflict's detail, or 0.
    static int versionIn(const Error &conflict);

    // Translated words for stored values.
    static QString outcomeWord(CaseOutcome outcome);
    static QString checkinOutcomeWord(CheckinOutcome outcome);

private:
    QString userName(qint64 userId);

    Database &m_db;
};

} // namespace fairwell
