// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace fairwell {

// How a queue search reaches its cases on SQLite: through the trigram
// index (case_search) as a set of case ids. A page reads the view's sort
// index in order and keeps the cases in the set, so it stops at a page; a
// count looks up each case of the set.
// Two characters have no trigram of their own: the trigrams that start
// with them stand in (read as a range of the index's vocabulary,
// case_search_terms of migration 8), plus the texts that end with them
// (their own index). When those trigrams hold many cases (say "er"), the
// set would cost more than it saves: the view is read in order and each
// text looked at, which finds a page of a common text at once.
class SqliteSearchPlan
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::SqliteSearchPlan)

public:
    // Above this many cases a two-character search looks at the texts.
    static constexpr qint64 defaultFewMatches = 5000;

    enum class Purpose { Page, Count };

    struct Clause
    {
        QString sql; // a condition on `cases`; empty: no condition
        QVariantList values;
        bool matchesNothing = false;
    };

    using Exec = std::function<Result<QSqlQuery>(const QString &sql, const QVariantList &values)>;

    explicit SqliteSearchPlan(Exec exec, qint64 fewMatches = defaultFewMatches);

    // `folded`: the search as QueueText::foldForSqlite folds it, not empty.
    Result<Clause> clauseFor(const QString &folded, Purpose purpose);

private:
    Result<Clause> forTwoCharacters(const QString &folded, Purpose purpose);
    static Clause scanning(const QString &folded);
    // `match`: an FTS5 query, or empty; `tail`: the text's two characters
    // when the texts that end with them belong too.
    static Clause fromTrigramIndex(const QString &match, const QString &tail, Purpose purpose);

    Exec m_exec;
    qint64 m_fewMatches;
};

} // namespace fairwell
