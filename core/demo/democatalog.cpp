// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democatalog.h"

#include "storage/database.h"
#include "storage/playbookrepository.h"
#include "storage/playbooksteprepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace fairwell {

Result<DemoCatalog> DemoCatalog::load(Database &db)
{
    DemoCatalog catalog;
    auto categories = db.exec(QStringLiteral("SELECT id, name FROM reason_categories WHERE active = ? "
                                               "ORDER BY position, id"),
                                {true});
    if (!categories)
        return fail(categories.error());
    while (categories->next())
        catalog.categories.append({categories->value(0).toLongLong(), categories->value(1).toString(), {}});

    auto reasons = db.exec(QStringLiteral("SELECT id, category_id, name FROM exit_reasons WHERE active = ? "
                                            "ORDER BY category_id, position, id"),
                             {true});
    if (!reasons)
        return fail(reasons.error());
    while (reasons->next()) {
        const qint64 categoryId = reasons->value(1).toLongLong();
        for (int c = 0; c < catalog.categories.size(); ++c) {
            if (catalog.categories.at(c).id != categoryId)
                continue;
            catalog.categories[c].reasons.append(int(catalog.reasons.size()));
            catalog.reasons.append({reasons->value(0).toLongLong(), c, reasons->value(2).toString()});
        }
    }

    // Read and ordered as the playbook service reads and orders them.
    auto playbooks = PlaybookRepository(db).list(true);
    if (!playbooks)
        return fail(playbooks.error());
    QList<PlaybookRule> rules;
    for (const fairwell::Playbook &playbook : std::as_const(*playbooks))
        rules.append(PlaybookRule::of(playbook));
    PlaybookRules::sortForMatching(rules);
    for (const PlaybookRule &rule : std::as_const(rules)) {
        DemoCatalog::Playbook playbook;
        playbook.id = rule.playbookId;
        playbook.rule = rule;
        catalog.playbooks.append(playbook);
    }
    for (DemoCatalog::Playbook &playbook : catalog.playbooks) {
        auto steps = PlaybookStepRepository(db).listForPlaybook(playbook.id);
        if (!steps)
            return fail(steps.error());
        playbook.steps = *steps;
        playbook.offersAlternative = std::any_of(steps->cbegin(), steps->cend(), [](const PlaybookStep &step) {
            return step.kind == StepKind::AlternativeConversation;
        });
    }

    auto templates = db.exec(QStringLiteral("SELECT id, language, subject, body FROM note_templates "
                                              "WHERE active = ? ORDER BY id"),
                               {true});
    if (!templates)
        return fail(templates.error());
    while (templates->next())
        catalog.templates.append({templates->value(0).toLongLong(), templates->value(1).toString(),
                                    templates->value(2).toString(), templates->value(3).toString()});

    if (catalog.reasons.isEmpty() || catalog.playbooks.isEmpty() || catalog.templates.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("fairwell::DemoGenerator", "Demo data needs at least one active exit reason, playbook and note "
                                      "template, and this database has none of one of them."),
                    db.spec().displayName());
    return catalog;
}

int DemoCatalog::choosePlaybook(const QString &segment, const QString &plan, qint64 mrrMinor,
                                qint64 categoryId) const
{
    // `playbooks` is in matching order (PlaybookRules::sortForMatching).
    const PlaybookFacts facts{segment, plan, mrrMinor, categoryId};
    for (qsizetype i = 0; i < playbooks.size(); ++i) {
        if (playbooks.at(i).rule.matches(facts))
            return int(i);
    }
    return -1;
}

} // namespace fairwell
