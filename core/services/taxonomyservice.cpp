// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/taxonomyservice.h"

#include "services/authorization.h"
#include "session/servicecontext.h"
#include "storage/exitreasonrepository.h"
#include "storage/playbookrepository.h"
#include "storage/reasoncategoryrepository.h"

#include <QHash>

namespace fairwell {

TaxonomyService::TaxonomyService(ServiceContext &context)
    : m_context(context)
{
}

Result<QList<ReasonChoice>> TaxonomyService::activeReasons()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    auto categories = ReasonCategoryRepository(m_context.db).list(true);
    if (!categories)
        return fail(categories.error());
    auto reasons = ExitReasonRepository(m_context.db).list(true);
    if (!reasons)
        return fail(reasons.error());

    // Grouped under the categories' own order, so a retired category takes
    // its still-active reasons out of the picker with it.
    QHash<qint64, QList<const ExitReason *>> byCategory;
    for (const ExitReason &reason : std::as_const(*reasons))
        byCategory[reason.categoryId].append(&reason);
    QList<ReasonChoice> choices;
    choices.reserve(reasons->size());
    for (const ReasonCategory &category : std::as_const(*categories)) {
        const QList<const ExitReason *> members = byCategory.value(category.id);
        for (const ExitReason *reason : members)
            choices.append(ReasonChoice{reason->id, category.name, reason->name, category.id});
    }
    return choices;
}

Result<QList<Playbook>> TaxonomyService::activePlaybooks()
{
    if (auto allowed = Authorization::requireActor(m_context.actor); !allowed)
        return fail(allowed.error());
    return PlaybookRepository(m_context.db).list(true);
}

} // namespace fairwell
