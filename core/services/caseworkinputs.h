// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alternativeoffered.h"
#include "domain/call.h"
#include "domain/exitfeedback.h"
#include "domain/offboardingcase.h"
#include "domain/winbackcheckin.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fairwell {

// What the "Start offboarding" dialog asks for.
struct StartOffboardingInput
{
    qint64 accountId = 0;
    QDate effectiveOn;        // required: when the contract ends
    qint64 firstReasonId = 0; // 0: none yet
    qint64 playbookId = 0;    // 0: the matching one (PlaybookService::chooseFor)
};

struct StartOffboardingOutcome
{
    qint64 caseId = 0;
    bool existing = false; // the account had an open case: that one, unchanged
};

struct CallInput
{
    QDateTime calledAt; // UTC; invalid: now
    int durationMinutes = 0;
    CallDirection direction = CallDirection::Outbound;
    CallOutcome outcome = CallOutcome::Reached;
    QString summary;
    QDate followUpOn; // valid: a follow-up call task due that day
};

struct FeedbackInput
{
    qint64 primaryReasonId = 0; // 0: none yet
    QList<qint64> secondaryReasonIds;
    QString verbatim;
    std::optional<int> satisfaction; // 1–5
    QString competitor;
    WouldReturn wouldReturn = WouldReturn::Unknown;
    bool mayContactLater = false;
};

struct AlternativeInput
{
    AlternativeKind kind = AlternativeKind::Pause;
    QString description;
    AlternativeResponse response = AlternativeResponse::Thinking;
};

struct CloseInput
{
    CaseOutcome outcome = CaseOutcome::Churned;
    qint64 mrrLostMinor = 0; // in the case's currency
    QDate closedOn;          // invalid: today
    QDate winbackDueOn;      // valid: plan a win-back check-in (needs consent in the feedback)
};

struct WinbackOutcomeInput
{
    CheckinOutcome outcome = CheckinOutcome::NotYet;
    QString notes;
    QDate returnedOn;        // required when returned
    qint64 newMrrMinor = 0;  // when returned
    bool doNotContact = false; // the customer asked not to be contacted again
};

} // namespace fairwell
