// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatements.h"

namespace fairwell {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    // PostgreSQL allows "$" inside a name (a$b), which is then no dollar quote.
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// The "$tag$" opening a dollar-quoted body at `at`, or empty when the "$"
// there is something else (a parameter such as $1).
QString dollarTagAt(const QString &sql, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
        ++end;
    if (end >= sql.size() || sql.at(end) != QLatin1Char('$'))
        return {};
    if (end > at + 1 && sql.at(at + 1).isDigit())
        return {};
    return sql.mid(at, end - at + 1);
}

} // namespace

QStringList splitSqlStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    // Open BEGIN (in a trigger) and CASE blocks: a ";" inside them is part
    // of the statement.
    int depth = 0;
    int words = 0;
    bool create = false;
    bool trigger = false;

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        depth = 0;
        words = 0;
        create = false;
        trigger = false;
    };

    const qsizetype size = sql.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? size : end;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? size : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote closes and reopens, which copies it unchanged.
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? size : end + 1;
            current += QStringView(sql).mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const QString tag = dollarTagAt(sql, i);
            if (!tag.isEmpty()) {
                const qsizetype end = sql.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? size : end + tag.size();
                current += QStringView(sql).mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (isWordStart(c)) {
            qsizetype end = i + 1;
            while (end < size && isWordPart(sql.at(end)))
                ++end;
            const QStringView word = QStringView(sql).mid(i, end - i);
            ++words;
            auto is = [&](const char *keyword) { return word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0; };
            if (words == 1)
                create = is("CREATE");
            else if (create && words <= 4 && is("TRIGGER"))
                trigger = true; // CREATE [TEMP | TEMPORARY | OR REPLACE] TRIGGER
            if ((trigger && is("BEGIN")) || is("CASE"))
                ++depth;
            else if (depth > 0 && is("END"))
                --depth;
            current += word;
            i = end;
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

QString inlineSqlValues(const QString &sql, const QVariantList &values)
{
    QString inlined;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != u'?' || next >= values.size()) {
            inlined.append(c);
            continue;
        }
        const QVariant &value = values.at(next++);
        if (value.isNull())
            inlined += QLatin1String("NULL");
        else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QDate)
            inlined += u'\'' + value.toString().replace(u'\'', QLatin1String("''")) + u'\'';
        else if (value.typeId() == QMetaType::Bool)
            inlined += value.toBool() ? QLatin1String("1") : QLatin1String("0");
        else
            inlined += value.toString();
    }
    return inlined;
}

} // namespace fairwell
