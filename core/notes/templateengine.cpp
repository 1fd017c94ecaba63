// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateengine.h"

#include "notes/mergefields.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

namespace fairwell {

namespace {

constexpr QChar Open = QLatin1Char('{');
constexpr QChar Close = QLatin1Char('}');
constexpr QChar Bar = QLatin1Char('|');

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Field names are plain ASCII, so a look-alike letter from another script
// is a fault instead of an "unknown field" nobody can see the reason for.
bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
           || u == u'.';
}

// A fallback that reads like a slip in a field's name ("rep.nmae") is a
// fault, not text the note would print; "example.com" or "there" is text.
bool looksLikeFieldName(const QString &text)
{
    const bool nameCharacters = std::all_of(text.cbegin(), text.cend(), isNameCharacter);
    return nameCharacters && (text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('_')))
           && !MergeFields::closest(text).isEmpty();
}

qsizetype runOf(const QString &text, qsizetype from, QChar c)
{
    qsizetype end = from;
    while (end < text.size() && text.at(end) == c)
        ++end;
    return end - from;
}

// The character at `offset` as a reader would name it in a message.
QString characterAt(const QString &text, qsizetype offset)
{
    const QChar c = text.at(offset);
    if (c == QLatin1Char(' '))
        return TemplateEngine::tr("a space");
    if (c == QLatin1Char('\t'))
        return TemplateEngine::tr("a tab");
    if (c.isHighSurrogate() && offset + 1 < text.size() && text.at(offset + 1).isLowSurrogate())
        return QLatin1Char('"') + text.mid(offset, 2) + QLatin1Char('"');
    if (c.isSpace() || !c.isPrint())
        return TemplateEngine::tr("the invisible character U+%1")
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return QLatin1Char('"') + QString(c) + QLatin1Char('"');
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::variant<ParsedTemplate, TemplateFault> run()
    {
        qsizetype i = 0;
        while (i < m_text.size() && !m_fault) {
            const QChar c = m_text.at(i);
            if (c == Open)
                i = openingRun(i);
            else if (c == Close)
                i = closingRun(i);
            else {
                m_pending.append(c);
                ++i;
            }
        }
        if (m_fault)
            return *m_fault;
        flushText();
        return ParsedTemplate(m_parts);
    }

private:
    // A run of "{": each "{{{{" is a literal "{{", a lone "{" is a brace,
    // and the last two open a placeholder.
    qsizetype openingRun(qsizetype i)
    {
        qsizetype run = runOf(m_text, i, Open);
        for (; run >= 4; run -= 4, i += 4)
            m_pending.append(QLatin1String("{{"));
        if (run % 2 == 1) {
            m_pending.append(Open);
            ++i;
            --run;
        }
        return run == 2 ? placeholder(i) : i;
    }

    // A run of "}" outside a placeholder: "}}}}" is a literal "}}", a lone
    // "}" is a brace, and any "}}" left over closes nothing.
    qsizetype closingRun(qsizetype i)
    {
        qsizetype run = runOf(m_text, i, Close);
        for (; run >= 4; run -= 4, i += 4)
            m_pending.append(QLatin1String("}}"));
        if (run == 1) {
            m_pending.append(Close);
            return i + 1;
        }
        if (run > 1)
            fault(i, TemplateEngine::tr("There is a }} here with no {{ before it. "
                                        "To write }} as text, write }}}} instead."));
        return i;
    }

    // The placeholder whose "{{" is at `open`; returns where the text goes on.
    qsizetype placeholder(qsizetype open)
    {
        const qsizetype start = open + 2;
        qsizetype close = start;
        for (;; ++close) {
            if (close >= m_text.size() || isLineBreak(m_text.at(close))) {
                fault(open, TemplateEngine::tr("A placeholder opens here with {{ and is not closed with }} "
                                               "on the same line."));
                return close;
            }
            const QChar c = m_text.at(close);
            const bool pair = close + 1 < m_text.size() && m_text.at(close + 1) == c;
            if (c == Close && pair)
                break;
            if (c == Open && pair) {
                fault(close, TemplateEngine::tr("Another {{ begins here before the placeholder opened at "
                                                "column %1 is closed with }}. Placeholders cannot be nested.")
                                 .arg(TemplateEngine::faultAt(m_text, open, {}).column));
                return close;
            }
            if (c == Open || c == Close) {
                fault(close, TemplateEngine::tr("A single %1 cannot stand inside a placeholder; "
                                                "a placeholder ends with }}.")
                                 .arg(c));
                return close;
            }
        }

        const QString inside = m_text.mid(start, close - start);
        const qsizetype bar = inside.indexOf(Bar);
        const QString nameArea = bar < 0 ? inside : inside.left(bar);
        qsizetype nameStart = 0;
        while (nameStart < nameArea.size() && nameArea.at(nameStart).isSpace())
            ++nameStart;
        qsizetype nameEnd = nameArea.size();
        while (nameEnd > nameStart && nameArea.at(nameEnd - 1).isSpace())
            --nameEnd;
        if (nameStart == nameEnd) {
            fault(open, bar < 0 ? TemplateEngine::tr("This placeholder holds no field name. Write one between "
                                                     "the braces, for example {{contact.first_name}}.")
                                : TemplateEngine::tr("This placeholder has no field name before the |."));
            return close;
        }
        for (qsizetype k = nameStart; k < nameEnd; ++k) {
            if (!isNameCharacter(nameArea.at(k))) {
                fault(start + k, TemplateEngine::tr("A field name cannot contain %1. Names are made of the "
                                                    "letters a to z, digits, \"_\" and \".\".")
                                     .arg(characterAt(m_text, start + k)));
                return close;
            }
        }
        const QString name = nameArea.mid(nameStart, nameEnd - nameStart);
        if (!MergeFields::isKnown(name)) {
            unknownField(start + nameStart, name);
            return close;
        }

        // After each "|" comes a fallback: a known field's name is that
        // field, anything else is text, which always has a value and so
        // comes last.
        TemplatePart field{TemplatePart::Kind::Field, name, {}, {}};
        for (qsizetype from = bar; from >= 0;) {
            const qsizetype next = inside.indexOf(Bar, from + 1);
            const QString raw = inside.mid(from + 1, (next < 0 ? inside.size() : next) - from - 1);
            const QString choice = raw.trimmed();
            if (choice.isEmpty()) {
                fault(start + from, TemplateEngine::tr("Nothing follows the |. Write the text to use when the "
                                                       "field has no value after it, or remove the |."));
                return close;
            }
            if (!field.fallback.isEmpty()) {
                fault(start + from, TemplateEngine::tr("The text \"%1\" before this | always has a value, so "
                                                       "nothing after it would ever be used.")
                                        .arg(field.fallback));
                return close;
            }
            if (MergeFields::isKnown(choice)) {
                field.fallbackFields.append(choice);
            } else if (looksLikeFieldName(choice)) {
                qsizetype lead = 0;
                while (raw.at(lead).isSpace())
                    ++lead;
                unknownField(start + from + 1 + lead, choice);
                return close;
            } else {
                field.fallback = choice;
            }
            from = next;
        }

        flushText();
        m_parts.append(field);
        return close + 2;
    }

    void unknownField(qsizetype offset, const QString &name)
    {
        QString problem = TemplateEngine::tr("There is no merge field called \"%1\".").arg(name);
        if (const QString guess = MergeFields::closest(name); !guess.isEmpty())
            problem += QLatin1Char(' ') + TemplateEngine::tr("Did you mean \"%1\"?").arg(guess);
        fault(offset, problem);
    }

    void flushText()
    {
        if (m_pending.isEmpty())
            return;
        m_parts.append({TemplatePart::Kind::Text, m_pending, {}, {}});
        m_pending.clear();
    }

    void fault(qsizetype offset, const QString &problem)
    {
        m_fault = TemplateEngine::faultAt(m_text, offset, problem);
    }

    const QString &m_text;
    QList<TemplatePart> m_parts;
    QString m_pending; // text read since the last field
    std::optional<TemplateFault> m_fault;
};

} // namespace

std::variant<ParsedTemplate, TemplateFault> TemplateEngine::parse(const QString &text)
{
    return Parser(text).run();
}

TemplateEngine::Filled TemplateEngine::fill(const ParsedTemplate &parsed, const MergeValues &values)
{
    Filled result;
    for (const TemplatePart &part : parsed.parts()) {
        if (part.kind == TemplatePart::Kind::Text) {
            result.text += part.text;
            continue;
        }
        QString value = values.value(part.text);
        for (qsizetype i = 0; value.isEmpty() && i < part.fallbackFields.size(); ++i)
            value = values.value(part.fallbackFields.at(i));
        if (value.isEmpty())
            value = part.fallback.trimmed();
        if (!value.isEmpty())
            result.text += value;
        else if (!result.missing.contains(part.text))
            result.missing.append(part.text); // the field the placeholder is about, not its last fallback
    }
    // Never half a note: a caller that forgets to look at `missing` still
    // has nothing to send.
    if (!result.missing.isEmpty())
        result.text.clear();
    return result;
}

QStringList TemplateEngine::missingFields(const ParsedTemplate &parsed, const MergeValues &values)
{
    return fill(parsed, values).missing;
}

TemplateFault TemplateEngine::faultAt(const QString &text, qsizetype offset, const QString &problem)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TemplateFault fault;
    fault.offset = offset;
    fault.problem = problem;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (isLineBreak(c) && !crlf) {
            ++fault.line;
            lineStart = i + 1;
        }
    }
    qsizetype lineEnd = lineStart;
    while (lineEnd < text.size() && !isLineBreak(text.at(lineEnd)))
        ++lineEnd;
    // Boundaries are found in the whole line, so an offset inside a cluster
    // (a combining accent) counts as the cluster's column.
    const QString line = text.mid(lineStart, lineEnd - lineStart);
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, line);
    const qsizetype target = offset - lineStart;
    for (qsizetype at = clusters.toNextBoundary(); at > 0 && at <= target; at = clusters.toNextBoundary())
        ++fault.column;
    return fault;
}

} // namespace fairwell
