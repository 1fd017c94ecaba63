// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/winbackcheckin.h"
#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace fairwell {

struct ServiceContext;
struct WinbackOutcomeInput;

// A line of the Win-back view.
struct WinbackLine
{
    WinbackCheckin checkin;
    qint64 accountId = 0;
    QString accountName;
    QString assigneeName;
    QDate closedOn;         // when the old case closed
    qint64 mrrLostMinor = 0;
    QString currency;
    QDate returnedOn;       // once returned
    qint64 newMrrMinor = 0; // once returned
    bool overdue = false;   // planned and due before today
};

// Win-back check-ins: the ones due and coming up, and what came of them.
class WinbackService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::WinbackService)

public:
    explicit WinbackService(ServiceContext &context);

    // Planned check-ins due up to `until` (overdue first, then by due
    // date), or all planned ones when `until` is invalid; at most `limit`.
    Result<QList<WinbackLine>> planned(const QDate &until, int limit);
    // Done or cancelled check-ins, the latest first, at most `limit`.
    Result<QList<WinbackLine>> finished(int limit);

    // Records what came of a planned check-in, quoting its version; a
    // returned account gets its return date and new MRR on the check-in,
    // linked to its old case. Conflict as CaseWorkService's.
    Status recordOutcome(qint64 checkinId, int checkinVersion, const WinbackOutcomeInput &input);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
