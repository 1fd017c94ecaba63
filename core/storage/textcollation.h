// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace fairwell {

// Names in the order a reader expects, the same on both engines: "apotheke",
// "Ärzte", "Bäckerei", "Łukasz", "Öl", "Zahnarzt" (an ICU collation for
// American English). PostgreSQL has it built in; an SQLite connection gets
// it as the collation "fairwell_text", backed by QCollator. Used in ORDER BY
// of small lists only: no index depends on it, so the sqlite3 shell still
// reads every Fairwell file.
namespace TextCollation {

// The SQLite collation's name.
inline constexpr char sqliteName[] = "fairwell_text";
// PostgreSQL's ICU collation with the same order.
inline constexpr char postgresName[] = "en-US-x-icu";

// Installs "fairwell_text" on an open SQLite connection; false when the
// driver gives no handle.
bool installOnSqlite(const QSqlDatabase &connection);

} // namespace TextCollation

} // namespace fairwell
