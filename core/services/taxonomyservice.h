// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbook.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fairwell {

struct ServiceContext;

// One exit reason as a picker offers it, with its category.
struct ReasonChoice
{
    qint64 id = 0;
    QString category;
    QString name;
    qint64 categoryId = 0;
};

// What the admins set up for the workspace to choose from: the active
// exit-reason tree and the active playbooks. Reads only; anyone working
// may read.
class TaxonomyService
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::TaxonomyService)

public:
    explicit TaxonomyService(ServiceContext &context);

    // Active reasons of active categories, by category position, then by
    // reason position.
    Result<QList<ReasonChoice>> activeReasons();
    // Active playbooks, highest priority first, then by name.
    Result<QList<Playbook>> activePlaybooks();

private:
    ServiceContext &m_context;
};

} // namespace fairwell
