// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"
#include "domain/user.h"

#include <QString>

namespace fairwell {

// What a playbook step (and the task copied from it) asks for.
enum class StepKind {
    PersonalCall,
    ThankYouNote,
    ExitSurvey,
    DataExport,
    BillingChore,
    AlternativeConversation,
    WinbackCheckin,
    Custom,
};

template<>
struct EnumNames<StepKind>
{
    static constexpr EnumName<StepKind> values[] = {
        {StepKind::PersonalCall, "personal_call"},
        {StepKind::ThankYouNote, "thank_you_note"},
        {StepKind::ExitSurvey, "exit_survey"},
        {StepKind::DataExport, "data_export"},
        {StepKind::BillingChore, "billing_chore"},
        {StepKind::AlternativeConversation, "alternative_conversation"},
        {StepKind::WinbackCheckin, "winback_checkin"},
        {StepKind::Custom, "custom"},
    };
};

// One step of a playbook.
struct PlaybookStep
{
    qint64 id = 0; // 0: not saved yet
    qint64 playbookId = 0;
    int position = 0; // unique within the playbook
    StepKind kind = StepKind::Custom;
    QString title;
    QString helpText;
    UserRole ownerRole = UserRole::Rep;
    int dueOffsetDays = 0; // due this many days after the case was opened
    bool required = true;
    // Removed from its playbook but kept for the tasks copied from it.
    bool archived = false;
};

} // namespace fairwell
