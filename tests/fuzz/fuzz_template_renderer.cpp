// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the note template engine: parse any text, fill it
// with any values, and check what must hold whatever the input.
//
// Input: the template as UTF-8, then optionally a NUL byte and bytes that
// choose the values, one byte a field in MergeFields' order (absent, blank,
// a plain word, or the next bytes as text, braces and all), then six bytes
// for a pair of dates for the tenure. A seed without a NUL (a default
// template as it is) gets a plain value for every field.
#include "notes/mergefields.h"
#include "notes/mergeformat.h"
#include "notes/templateengine.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <variant>

using namespace fairwell;

namespace {

// Reports a broken invariant as a crash, which is what libFuzzer records.
void require(bool holds, const char *what, const QString &input)
{
    if (holds)
        return;
    std::fprintf(stderr, "Invariant broken: %s\nTemplate: %s\n", what, input.toUtf8().constData());
    std::abort();
}

// Reads the bytes after the template, one at a time; zeros once they run out.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_at >= m_size; }
    uint8_t next() { return m_at < m_size ? m_data[m_at++] : 0; }

    QByteArray take(size_t count)
    {
        const size_t n = std::min(count, m_size - std::min(m_at, m_size));
        QByteArray result(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return result;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

MergeValues valuesFrom(Bytes &bytes)
{
    MergeValues values;
    const bool plain = bytes.atEnd();
    const QStringList names = MergeFields::names();
    for (const QString &name : names) {
        if (plain) {
            values.set(name, QStringLiteral("value of ") + name);
            continue;
        }
        const uint8_t choice = bytes.next();
        switch (choice % 4) {
        case 0:
            break; // absent
        case 1:
            values.set(name, QStringLiteral(" \t\n"));
            break;
        case 2:
            values.set(name, QStringLiteral("word"));
            break;
        default:
            values.set(name, QString::fromUtf8(bytes.take(choice / 4)));
            break;
        }
    }
    return values;
}

void checkFault(const QString &text, const TemplateFault &fault)
{
    require(!fault.problem.isEmpty(), "a fault says what is wrong", text);
    require(fault.offset >= 0 && fault.offset <= text.size(), "the fault's offset is inside the text", text);
    require(fault.line >= 1 && fault.column >= 1, "line and column are 1-based", text);
    // No more lines than line breaks before the fault, no more columns than
    // UTF-16 units since the line's start.
    const QString before = text.left(fault.offset);
    const qsizetype breaks = before.count(QLatin1Char('\n')) + before.count(QLatin1Char('\r'));
    require(fault.line <= breaks + 1, "the line is one the text has", text);
    require(fault.column <= fault.offset + 1, "the column is within the line", text);
    require(fault.message().contains(fault.problem), "the message holds the problem", text);
}

void checkParsed(const QString &text, const ParsedTemplate &parsed, Bytes &bytes)
{
    const QList<TemplatePart> &parts = parsed.parts();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const TemplatePart &part = parts.at(i);
        if (part.kind == TemplatePart::Kind::Text) {
            require(!part.text.isEmpty(), "no empty text part", text);
            require(i == 0 || parts.at(i - 1).kind != TemplatePart::Kind::Text, "no two text parts in a row", text);
            continue;
        }
        require(MergeFields::isKnown(part.text), "every field is known", text);
        for (const QString &other : part.fallbackFields)
            require(MergeFields::isKnown(other), "every fallback field is known", text);
        require(part.fallback == part.fallback.trimmed(), "a fallback text is trimmed", text);
        for (const QChar c : part.fallback)
            require(c != QLatin1Char('{') && c != QLatin1Char('}') && c != QLatin1Char('|') && c != QLatin1Char('\n')
                        && c != QLatin1Char('\r'),
                    "a fallback text holds no brace, bar or line break", text);
    }

    // Written out again, the template reads back the same.
    const auto again = TemplateEngine::parse(parsed.source());
    require(std::holds_alternative<ParsedTemplate>(again), "the canonical source parses", text);
    require(std::get<ParsedTemplate>(again) == parsed, "the canonical source gives the same parts", text);

    const MergeValues values = valuesFrom(bytes);
    const TemplateEngine::Filled filled = TemplateEngine::fill(parsed, values);

    // The oracle, written the plain way.
    QString expected;
    QStringList missing;
    for (const TemplatePart &part : parts) {
        if (part.kind == TemplatePart::Kind::Text) {
            expected += part.text;
            continue;
        }
        QString value = values.all().value(part.text).trimmed();
        for (const QString &other : part.fallbackFields) {
            if (value.isEmpty())
                value = values.all().value(other).trimmed();
        }
        if (value.isEmpty())
            value = part.fallback;
        if (value.isEmpty() && !missing.contains(part.text))
            missing.append(part.text);
        expected += value;
    }
    require(filled.missing == missing, "exactly the fields without a value are missing", text);
    if (!missing.isEmpty()) {
        require(filled.text.isEmpty(), "no text when a value is missing", text);
        return;
    }
    require(filled.text == expected, "the note is the text with each value in its place", text);

    // A "{{" or "}}" in a note comes from a literal the template wrote as
    // "{{{{" or "}}}}", or from a value; never from a placeholder left over.
    bool bracesInValues = false;
    for (const QString &value : values.all())
        bracesInValues = bracesInValues || value.contains(QLatin1Char('{')) || value.contains(QLatin1Char('}'));
    if (!bracesInValues) {
        if (!text.contains(QLatin1String("{{{{")))
            require(!filled.text.contains(QLatin1String("{{")), "no {{ unless written as {{{{", text);
        if (!text.contains(QLatin1String("}}}}")))
            require(!filled.text.contains(QLatin1String("}}")), "no }} unless written as }}}}", text);
    }
}

void checkTenure(Bytes &bytes, const QString &text)
{
    const auto dateFrom = [&bytes]() {
        const int day = bytes.next();
        const int month = bytes.next();
        const int year = 1990 + bytes.next() % 80;
        return QDate(year, 1 + month % 12, 1).addDays(day % 31);
    };
    const QDate since = dateFrom();
    const QDate until = dateFrom();
    const auto span = MergeFormat::span(since, until);
    require(span.has_value() == (since <= until), "a span exactly when the dates are in order", text);
    if (!span)
        return;
    require(span->years >= 0 && span->months >= 0 && span->months < 12, "months below twelve", text);
    const int months = span->years * 12 + span->months;
    require(since.addMonths(months) <= until, "the whole months have passed", text);
    require(since.addMonths(months + 1) > until, "one more month has not", text);
    for (const char *language : {"en", "de"})
        require(!MergeFormat::tenure(since, until, QString::fromLatin1(language)).isEmpty(), "a tenure in words",
                text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *begin = reinterpret_cast<const char *>(data);
    const auto *nul = static_cast<const char *>(std::memchr(begin, 0, size));
    const size_t templateSize = nul ? size_t(nul - begin) : size;
    const QString text = QString::fromUtf8(begin, qsizetype(templateSize));
    Bytes bytes(data + templateSize + (nul ? 1 : 0), size - templateSize - (nul ? 1 : 0));

    const auto parsed = TemplateEngine::parse(text);
    if (const auto *fault = std::get_if<TemplateFault>(&parsed))
        checkFault(text, *fault);
    else
        checkParsed(text, std::get<ParsedTemplate>(parsed), bytes);
    checkTenure(bytes, text);
    return 0;
}
