// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fairwell {

// Splits a migration script into its statements, without the closing ";".
// A ";" ends a statement only outside '…' strings, "…" names, $$ … $$ and
// $tag$ … $tag$ bodies (PL/pgSQL, DO blocks), and outside an SQLite
// trigger's BEGIN … END (CASE … END is counted so its END does not close
// the trigger). Comments ("--" and "/* */") outside those are dropped;
// inside a dollar-quoted body they are kept. Backslash escapes (E'…') are
// not understood: double a quote instead ('it''s').
QStringList splitSqlStatements(const QString &sql);

} // namespace fairwell
