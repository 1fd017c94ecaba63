// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbook.h"
#include "domain/playbookstep.h"
#include "domain/task.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fairwell {

// What a playbook's rules are matched against: the departing account and,
// when known, the category of its first exit reason.
struct PlaybookFacts
{
    QString segment;   // stored key: 'smb', 'mid_market', 'enterprise'
    QString plan;
    qint64 mrrMinor = 0;
    qint64 reasonCategoryId = 0; // 0: no reason known yet
};

// A playbook's matching rules; an empty rule matches everything.
struct PlaybookRule
{
    qint64 playbookId = 0;
    QString segment;
    QString plan;
    std::optional<qint64> mrrMinMinor;
    std::optional<qint64> mrrMaxMinor;
    qint64 reasonCategoryId = 0;
    int priority = 0;

    static PlaybookRule of(const Playbook &playbook);
    bool matches(const PlaybookFacts &facts) const;
};

// The rules that turn playbooks into a case's work, shared by the services
// and the demo generator so both give a case the same playbook and tasks.
namespace PlaybookRules {

// Orders rules the way they are tried: highest priority first, then the
// oldest playbook.
void sortForMatching(QList<PlaybookRule> &rules);

// The first matching rule of `rules` (already in matching order), or -1.
int choose(const QList<PlaybookRule> &rules, const PlaybookFacts &facts);

// The task a step becomes on a case opened on `openedOn`: due that many
// days later; a rep's step goes to the case owner, a manager's or admin's
// step waits for whoever holds that role.
Task taskFromStep(const PlaybookStep &step, qint64 caseId, const QDate &openedOn, qint64 caseOwnerId, int position);

} // namespace PlaybookRules

} // namespace fairwell
