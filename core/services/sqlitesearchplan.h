// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace fairwell {

// How a queue search reaches its cases on SQLite. The trigram index's
// vocabulary (case_search_terms, migration 8) says how many cases hold the
// text's rarest trigram, a bound on the matches, in well under a
// millisecond; the plan follows from it:
// - few matches: read them from the trigram index and sort them, which
//   costs as many lookups as there are matches, whatever the view holds;
// - many (a common text like "gmbh"): read the view's sort index in order
//   and keep the cases that match, which stops at a page.
// Two characters have no trigram of their own: the trigrams that start with
// them stand in, plus the texts that end with them (their own index).
class SqliteSearchPlan
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::SqliteSearchPlan)

public:
    // Above this bound a search reads the view in its order instead.
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
    Result<Clause> forTrigrams(const QString &folded, Purpose purpose);
    Result<Clause> forTwoCharacters(const QString &folded, Purpose purpose);
    static Clause scanning(const QString &folded);

    Exec m_exec;
    qint64 m_fewMatches;
};

} // namespace fairwell
