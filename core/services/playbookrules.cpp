// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbookrules.h"

#include <algorithm>

namespace fairwell {

PlaybookRule PlaybookRule::of(const Playbook &playbook)
{
    PlaybookRule rule;
    rule.playbookId = playbook.id;
    rule.segment = playbook.matchSegment ? toString(*playbook.matchSegment) : QString();
    rule.plan = playbook.matchPlan;
    rule.mrrMinMinor = playbook.matchMrrMinMinor;
    rule.mrrMaxMinor = playbook.matchMrrMaxMinor;
    rule.reasonCategoryId = playbook.matchReasonCategoryId;
    rule.priority = playbook.priority;
    return rule;
}

bool PlaybookRule::matches(const PlaybookFacts &facts) const
{
    if (!segment.isEmpty() && segment != facts.segment)
        return false;
    if (!plan.isEmpty() && plan != facts.plan)
        return false;
    if (mrrMinMinor && facts.mrrMinor < *mrrMinMinor)
        return false;
    if (mrrMaxMinor && facts.mrrMinor > *mrrMaxMinor)
        return false;
    if (reasonCategoryId > 0 && reasonCategoryId != facts.reasonCategoryId)
        return false;
    return true;
}

namespace PlaybookRules {

void sortForMatching(QList<PlaybookRule> &rules)
{
    std::stable_sort(rules.begin(), rules.end(), [](const PlaybookRule &a, const PlaybookRule &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.playbookId < b.playbookId;
    });
}

int choose(const QList<PlaybookRule> &rules, const PlaybookFacts &facts)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).matches(facts))
            return int(i);
    }
    return -1;
}

Task taskFromStep(const PlaybookStep &step, qint64 caseId, const QDate &openedOn, qint64 caseOwnerId, int position)
{
    Task task;
    task.caseId = caseId;
    task.stepId = step.id;
    task.position = position;
    task.kind = step.kind;
    task.title = step.title;
    task.helpText = step.helpText;
    task.ownerRole = step.ownerRole;
    task.assigneeId = step.ownerRole == UserRole::Rep ? caseOwnerId : 0;
    task.dueOn = openedOn.addDays(step.dueOffsetDays);
    task.required = step.required;
    return task;
}

} // namespace PlaybookRules

} // namespace fairwell
