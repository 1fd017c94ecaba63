// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsedtemplate.h"

namespace fairwell {

namespace {

// Each run of `brace` in plain text written so that it reads back as text:
// a pair is doubled, and a single one stays single (a lone brace is text).
QString escapeRuns(const QString &text, QChar brace)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != brace) {
            result.append(text.at(i++));
            continue;
        }
        qsizetype run = 0;
        while (i + run < text.size() && text.at(i + run) == brace)
            ++run;
        for (qsizetype pair = 0; pair < run / 2; ++pair)
            result.append(QString(4, brace));
        if (run % 2 == 1)
            result.append(brace);
        i += run;
    }
    return result;
}

} // namespace

QStringList ParsedTemplate::fields() const
{
    QStringList result;
    for (const TemplatePart &part : m_parts) {
        if (part.kind != TemplatePart::Kind::Field)
            continue;
        for (const QString &name : QStringList{part.text} + part.fallbackFields) {
            if (!result.contains(name))
                result.append(name);
        }
    }
    return result;
}

QStringList ParsedTemplate::requiredFields() const
{
    QStringList result;
    for (const TemplatePart &part : m_parts) {
        if (part.kind == TemplatePart::Kind::Field && part.fallback.isEmpty() && !result.contains(part.text))
            result.append(part.text);
    }
    return result;
}

QString ParsedTemplate::source() const
{
    QString result;
    for (const TemplatePart &part : m_parts) {
        if (part.kind == TemplatePart::Kind::Text) {
            result += escapeRuns(escapeRuns(part.text, QLatin1Char('{')), QLatin1Char('}'));
        } else {
            QStringList choices = QStringList{part.text} + part.fallbackFields;
            if (!part.fallback.isEmpty())
                choices.append(part.fallback);
            result += QLatin1String("{{") + choices.join(QLatin1String(" | ")) + QLatin1String("}}");
        }
    }
    return result;
}

} // namespace fairwell
