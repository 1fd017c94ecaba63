// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/sqlitesearchplan.h"

#include "services/queuetext.h"

namespace fairwell {

SqliteSearchPlan::SqliteSearchPlan(Exec exec, qint64 fewMatches)
    : m_exec(std::move(exec))
    , m_fewMatches(fewMatches)
{
}

Result<SqliteSearchPlan::Clause> SqliteSearchPlan::clauseFor(const QString &folded, Purpose purpose)
{
    const qsizetype length = folded.toUcs4().size();
    if (length >= 3)
        return fromTrigramIndex(QueueText::ftsPhrase(folded), {}, purpose);
    if (length == 2)
        return forTwoCharacters(folded, purpose);
    // One character is in most texts: reading the view in order finds a
    // page at once, and a count reads the index that holds the texts.
    return scanning(folded);
}

SqliteSearchPlan::Clause SqliteSearchPlan::scanning(const QString &folded)
{
    // instr() has no wildcards; the index (status, queue_search) holds
    // the text, so a count reads no table rows.
    return {QStringLiteral("instr(cases.queue_search, ?) > 0"), {folded}, false};
}

SqliteSearchPlan::Clause SqliteSearchPlan::fromTrigramIndex(const QString &match, const QString &tail, Purpose purpose)
{
    QString set = QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH ?");
    QVariantList values{match};
    if (match.isEmpty()) {
        set.clear();
        values.clear();
    }
    if (!tail.isEmpty()) {
        if (!set.isEmpty())
            set += QLatin1String(" UNION ALL ");
        set += QLatin1String("SELECT id FROM cases WHERE substr(queue_search, -2) = ?");
        values << tail;
    }
    // A page: the unary + keeps SQLite on the view's sort index, read in
    // order with each id looked up in the set found once, which stops at a
    // page; fetching every match and sorting them costs a row each. A
    // count: every match once, by its id.
    const QLatin1String column = purpose == Purpose::Page ? QLatin1String("+cases.id") : QLatin1String("cases.id");
    return Clause{column + QLatin1String(" IN (") + set + u')', values, false};
}

Result<SqliteSearchPlan::Clause> SqliteSearchPlan::forTwoCharacters(const QString &folded, Purpose purpose)
{
    // The index folds case in every script, the triggers' text only in
    // Latin ones (queuetext.h): the list of trigrams is read in lower case.
    const QString lower = folded.toLower();
    const QString end = lower + QString::fromUcs4(U"\U0010FFFF", 1);
    auto terms = m_exec(QStringLiteral("SELECT term, doc FROM case_search_terms WHERE term >= ? AND term < ?"),
                        {lower, end});
    if (!terms)
        return fail(terms.error());
    QStringList phrases;
    qint64 bound = 0;
    while (terms->next()) {
        phrases << QueueText::ftsPhrase(terms->value(0).toString());
        bound += terms->value(1).toLongLong();
    }
    auto tails = m_exec(QStringLiteral("SELECT count(*) FROM cases WHERE substr(queue_search, -2) = ?"), {folded});
    if (!tails)
        return fail(tails.error());
    if (!tails->next())
        return fail(ErrorCode::QueryFailed, tr("Could not read the search index's list of words."));
    const qint64 tailCount = tails->value(0).toLongLong();
    if (phrases.isEmpty() && tailCount == 0)
        return Clause{QString(), {}, true};
    bound += tailCount;
    // Many: a page stops early in the view's order, and a count reads the
    // index that holds the texts, rather than merging long lists.
    if (bound > m_fewMatches)
        return scanning(folded);
    return fromTrigramIndex(phrases.join(QLatin1String(" OR ")), folded, purpose);
}

} // namespace fairwell
