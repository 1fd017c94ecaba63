// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/openrequest.h"
#include "storage/databasespec.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace fairwell {

// The questions before a database opens: which new file (never one that
// exists), which file, which shared server, and a missing password. Each
// answers with what to open, or nothing when the person changed their mind.
class DatabaseChooser
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DatabaseChooser)

public:
    // `current`: the database open now, whose folder or server the
    // questions start from.
    DatabaseChooser(QWidget *parent, const std::optional<DatabaseSpec> &current);

    std::optional<OpenRequest> newFile() const;
    std::optional<OpenRequest> existingFile() const;
    std::optional<OpenRequest> sharedDatabase() const;
    // `request` as it is, or for a shared database without a password,
    // with the one the person types.
    std::optional<OpenRequest> withPassword(const OpenRequest &request) const;

private:
    QString folder() const;

    QWidget *m_parent;
    std::optional<DatabaseSpec> m_current;
};

} // namespace fairwell
