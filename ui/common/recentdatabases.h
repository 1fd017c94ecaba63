// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databasespec.h"

#include <QList>

namespace fairwell {

// The databases opened lately, newest first, kept in QSettings. A shared
// database is stored without its password: reopening one asks for it.
class RecentDatabases
{
public:
    static constexpr int maximumCount = 8;

    static QList<DatabaseSpec> load();
    // Moves `spec` to the front (adding it when new) and drops the oldest
    // beyond maximumCount.
    static void add(const DatabaseSpec &spec);
    static void clear();

    // The last database used, if any: what Fairwell opens when started
    // without --db or --pg.
    static std::optional<DatabaseSpec> last();

    // A short key for per-database settings ("working as" someone).
    static QString settingsKey(const DatabaseSpec &spec);

private:
    static void save(const QList<DatabaseSpec> &specs);
};

} // namespace fairwell
