// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fairwell {

// Why a case was opened: notice from the customer, or a manager's worry.
enum class CaseOrigin { Notice, AtRisk };
enum class CaseStatus { Open, Closed };
enum class CaseOutcome { Churned, Saved, Downgraded, Paused };

template<>
struct EnumNames<CaseOrigin>
{
    static constexpr EnumName<CaseOrigin> values[] = {
        {CaseOrigin::Notice, "notice"},
        {CaseOrigin::AtRisk, "at_risk"},
    };
};

template<>
struct EnumNames<CaseStatus>
{
    static constexpr EnumName<CaseStatus> values[] = {
        {CaseStatus::Open, "open"},
        {CaseStatus::Closed, "closed"},
    };
};

template<>
struct EnumNames<CaseOutcome>
{
    static constexpr EnumName<CaseOutcome> values[] = {
        {CaseOutcome::Churned, "churned"},
        {CaseOutcome::Saved, "saved"},
        {CaseOutcome::Downgraded, "downgraded"},
        {CaseOutcome::Paused, "paused"},
    };
};

// A case: one departure of one account. ("case" is a C++ keyword, hence the
// longer name.) The schema insists that a closed case has an outcome and a
// close date, and an open one neither.
struct OffboardingCase
{
    qint64 id = 0; // 0: not saved yet
    qint64 accountId = 0;
    qint64 ownerId = 0; // the one responsible person; 0: unassigned
    qint64 playbookId = 0; // 0: none applied
    CaseOrigin origin = CaseOrigin::Notice;
    CaseStatus status = CaseStatus::Open;
    QDate openedOn;
    QDate effectiveOn; // contract end; may be unknown
    QDate closedOn;
    std::optional<CaseOutcome> outcome;
    qint64 mrrLostMinor = 0;
    QString currency = QStringLiteral("EUR");
    qint64 returnedFromCaseId = 0; // a returning account's old case; 0: none
    int version = 1; // optimistic concurrency
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    Money mrrLost() const { return Money(mrrLostMinor, currency); }
};

} // namespace fairwell
