// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/notetemplate.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fairwell {

class Database;

// Fills a new database with what every team starts from: the exit-reason
// taxonomy, the default offboarding playbooks and the thank-you note
// templates, kept as JSON in resources/defaults/.
class DefaultContent
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DefaultContent)

public:
    // Where the embedded defaults live (":/fairwell/defaults").
    static QString resourceFolder();

    // Installs the embedded defaults in one transaction. Each part goes only
    // into an empty table, so an admin's own taxonomy, playbooks or templates
    // are never touched and a second call changes nothing.
    static Status install(Database &db);

    // The same from `folder` (holding taxonomy.json, playbooks.json and
    // templates.json), stamping the rows with `createdAt` (now when invalid).
    // The demo generator passes a fixed instant so its data is reproducible.
    static Status install(Database &db, const QString &folder, const QDateTime &createdAt);

    // The note templates of `folder`'s templates.json, not yet saved. Each
    // subject and body is checked with the template parser, so a broken
    // default is an error naming the template and the line and column of
    // the fault, never a note that fails when a rep writes it.
    static Result<QList<NoteTemplate>> templates(const QString &folder = resourceFolder());
};

} // namespace fairwell
