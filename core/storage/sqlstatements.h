// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantList>

namespace fairwell {

// Splits a migration script into its statements, without the closing ";".
// A ";" ends a statement only outside '…' strings, "…" names, $$ … $$ and
// $tag$ … $tag$ bodies (PL/pgSQL, DO blocks), and outside an SQLite
// trigger's BEGIN … END (CASE … END is counted so its END does not close
// the trigger). Comments ("--" and "/* */") outside those are dropped;
// inside a dollar-quoted body they are kept. Backslash escapes (E'…') are
// not understood: double a quote instead ('it''s').
QStringList splitSqlStatements(const QString &sql);

// The statement with its bound values written in place of its "?"s, so
// that a bare sqlite3 or psql can run the very same (benchmarks compare
// the app with them). Texts and dates are quoted; a "?" inside a literal of
// the statement would be taken for a placeholder.
QString inlineSqlValues(const QString &sql, const QVariantList &values);

} // namespace fairwell
