// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/sqlitesearchplan.h"

#include "services/queuetext.h"

#include <QSet>


namespace fairwell {

namespace {

// The trigrams of `text` as the trigram tokenizer cuts them: every three
// characters in a row (code points, not UTF-16 units).
QStringList trigramsOf(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList trigrams;
    QSet<QString> seen;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + i, 3);
        if (!seen.contains(trigram)) {
            seen.insert(trigram);
            trigrams.append(trigram);
        }
    }
    return trigrams;
}

} // namespace

SqliteSearchPlan::SqliteSearchPlan(Exec exec, qint64 fewMatches)
    : m_exec(std::move(exec))
    , m_fewMatches(fewMatches)
{
}

Result<SqliteSearchPlan::Clause> SqliteSearchPlan::clauseFor(const QString &folded, Purpose purpose)
{
    const qsizetype length = folded.toUcs4().size();
    if (length >= 3)
        return forTrigrams(folded, purpose);
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

Result<SqliteSearchPlan::Clause> SqliteSearchPlan::forTrigrams(const QString &folded, Purpose purpose)
{
    const QStringList trigrams = trigramsOf(folded);
    QString placeholders;
    QVariantList values;
    for (const QString &trigram : trigrams) {
        placeholders += placeholders.isEmpty() ? QLatin1String("?") : QLatin1String(", ?");
        values << trigram;
    }
    auto query = m_exec(QLatin1String("SELECT count(*), min(doc) FROM case_search_terms WHERE term IN (")
                            + placeholders + u')',
                        values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::QueryFailed, tr("Could not read the search index's list of words."));
    // A trigram no case holds: no case holds the text.
    if (query->value(0).toLongLong() < trigrams.size())
        return Clause{QString(), {}, true};
    const qint64 bound = query->value(1).toLongLong();
    const QString matching = QStringLiteral("(SELECT rowid FROM case_search WHERE case_search MATCH ?)");
    const QVariantList phrase{QueueText::ftsPhrase(folded)};
    if (purpose == Purpose::Count || bound <= m_fewMatches)
        return Clause{QLatin1String("cases.id IN ") + matching, phrase, false};
    // The unary + keeps SQLite on the view's sort index (read in order,
    // each id looked up in the set found once) instead of fetching every
    // match and sorting them.
    return Clause{QLatin1String("+cases.id IN ") + matching, phrase, false};
}

Result<SqliteSearchPlan::Clause> SqliteSearchPlan::forTwoCharacters(const QString &folded, Purpose purpose)
{
    const QString end = folded + QString::fromUcs4(U"\U0010FFFF", 1);
    auto terms = m_exec(QStringLiteral("SELECT term, doc FROM case_search_terms WHERE term >= ? AND term < ?"),
                        {folded, end});
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
    // Many: a page stops early in the view's order; a count reads the
    // index that holds the texts rather than merging many long lists.
    if (bound > m_fewMatches)
        return scanning(folded);
    Q_UNUSED(purpose) // few matches: the same plan serves a page and a count
    QString sql = QStringLiteral("cases.id IN (");
    QVariantList values;
    if (!phrases.isEmpty()) {
        sql += QLatin1String("SELECT rowid FROM case_search WHERE case_search MATCH ? UNION ALL ");
        values << phrases.join(QLatin1String(" OR "));
    }
    sql += QLatin1String("SELECT id FROM cases WHERE substr(queue_search, -2) = ?)");
    values << folded;
    return Clause{sql, values, false};
}

} // namespace fairwell
