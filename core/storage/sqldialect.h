// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

enum class SqlDialect { Sqlite, Postgres };

// Migrations are written once with a few type tokens (@ID@, @INSTANT@,
// @DATE@, @BOOL@, @TRUE@, @FALSE@, @NOW@) that each dialect spells its own
// way; everything else in them is SQL both databases understand.
QString translateMigration(const QString &sql, SqlDialect dialect);

} // namespace fairwell
