// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbookstep.h"
#include "error.h"
#include "services/playbookrules.h"

#include <QList>
#include <QString>

namespace fairwell {

class Database;

// What the demo data is built around, read from the database before
// planning: the taxonomy, playbooks and templates in use (the defaults, or
// an admin's own).
struct DemoCatalog
{
    struct Category
    {
        qint64 id = 0;
        QString name;
        QList<int> reasons; // indexes into `reasons`
    };
    struct Reason
    {
        qint64 id = 0;
        int category = 0; // index into `categories`
        QString name;
    };
    struct Playbook
    {
        qint64 id = 0;
        PlaybookRule rule; // the playbook service's own matching rules
        QList<PlaybookStep> steps; // in order, the live ones
        bool offersAlternative = false;
    };
    struct Template
    {
        qint64 id = 0;
        QString language;
        QString subject;
        QString body;
    };

    QList<Category> categories;
    QList<Reason> reasons;
    QList<Playbook> playbooks; // by descending priority, then id
    QList<Template> templates;

    // Reads the active taxonomy, playbooks (in matching order, through the
    // repositories the services use) and templates; InvalidInput when one
    // of them is empty.
    static Result<DemoCatalog> load(Database &db);

    // The playbook a case gets: the first (highest priority) whose rules all
    // match; -1 when none does.
    int choosePlaybook(const QString &segment, const QString &plan, qint64 mrrMinor, qint64 categoryId) const;
};

} // namespace fairwell
