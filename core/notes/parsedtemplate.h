// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fairwell {

// One piece of a parsed template: words to copy, or a merge field to fill.
struct TemplatePart
{
    enum class Kind { Text, Field };

    Kind kind = Kind::Text;
    QString text; // Text: the words as the note shows them (braces unescaped); Field: the field's name
    // Field: the fields tried in turn when this one has no value,
    // then the text used when none has; with neither, the value is required.
    QStringList fallbackFields;
    QString fallback;

    friend bool operator==(const TemplatePart &, const TemplatePart &) = default;
};

// A note template taken apart by TemplateEngine::parse: text and known merge
// fields in order, never two text parts in a row.
class ParsedTemplate
{
public:
    ParsedTemplate() = default;
    explicit ParsedTemplate(QList<TemplatePart> parts) : m_parts(std::move(parts)) {}

    const QList<TemplatePart> &parts() const { return m_parts; }

    // Each field once, in the order of first use, fallback fields too.
    QStringList fields() const;

    // The fields used somewhere without a fallback text: a case must have
    // them (or, where one names fallback fields, one of those).
    QStringList requiredFields() const;

    // The template written out again in one canonical spelling (escapes
    // where needed, one space around "|"), which parses back into the same
    // parts.
    QString source() const;

    friend bool operator==(const ParsedTemplate &, const ParsedTemplate &) = default;

private:
    QList<TemplatePart> m_parts;
};

} // namespace fairwell
