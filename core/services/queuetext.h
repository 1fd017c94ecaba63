// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairwell {

// The text a queue search looks for, folded as migration 5 folds the text
// it looks in (accounts.search_text).
namespace QueueText {

// SQLite's fold: lower-case ASCII, and the upper-case letters of Latin-1
// and Latin Extended-A that the migration's replace() chains fold. Nothing
// else changes, so the two always agree. (PostgreSQL folds with lower().)
QString foldForSqlite(const QString &text);

// The letters the SQLite migration folds besides ASCII, upper case.
QString foldedLetters();

// True when a trigram index can answer `text`: three characters or more.
bool trigramSearchable(const QString &text);

// `text` as one FTS5 phrase: in double quotes, quotes inside doubled, so
// nothing in it is read as query syntax.
QString ftsPhrase(const QString &text);

// `text` for LIKE ... ESCAPE '\', anywhere in the value: its own %, _ and
// \ are literal.
QString likeContains(const QString &text);

} // namespace QueueText

} // namespace fairwell
