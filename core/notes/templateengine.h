// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/mergevalues.h"
#include "notes/parsedtemplate.h"
#include "notes/templatefault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <variant>

namespace fairwell {

// Parses note templates and fills them in; TemplateRenderer offers the same
// to the app as Result values. Qt Core only and free of std::expected, which
// clang 14's standard library lacks, so that the libFuzzer build (clang)
// compiles exactly this code.
//
// Syntax (for the README):
//   {{field.name}}         the field's value; spaces inside the braces are
//                          fine: {{ account.name }}
//   {{field.name | text}}  the value, or `text` when the case has none
//                          ({{contact.first_name | there}}); the text is
//                          trimmed and must not be empty
//   {{field.name | other.field | text}}
//                          fallbacks tried in turn: a known field's name
//                          stands for that field's value, anything else is
//                          text, which always has a value and so comes last
//                          ({{rep.signature | rep.name}})
//   {{{{ and }}}}          a literal {{ and }}
//   { and }                a single brace is just a brace:
//                          {{{contact.first_name}}} gives {Maria}
// A placeholder ends on the line it starts on. Field names are those of
// MergeFields, lower case (letters a-z, digits, "_" and "."). A fallback
// text may hold anything but braces, "|" and line breaks; one that reads
// like a misspelt field name ("rep.nmae") is a fault. A value goes in as it
// is, trimmed, and is never read as template text: braces in a contact's
// name stay braces.
//
// A malformed template is refused with the first fault's line and column:
// a {{ not closed on its line, a }} that closes nothing, an empty or unknown
// field name, a character a name cannot hold, a placeholder inside another
// or a lone brace inside one, an empty fallback, or text after a text
// fallback. A field with no value (absent, or blank once trimmed) and no
// fallback stops the note and is named in words; no note goes out with a
// placeholder left in it or a field left empty.
//
// Lines end at \n, \r\n or \r. Columns count what a reader sees as one
// character (Unicode extended grapheme clusters): an emoji written as a
// surrogate pair or as several code points joined by ZWJ, and a letter with
// combining accents, are one column each; a tab is one column. The fault's
// offset is the QString index, for an editor's cursor.
class TemplateEngine
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::TemplateEngine)

public:
    // The text with every field filled, or, when fields had no value and no
    // fallback, no text and those fields (each once, in order of first use).
    struct Filled
    {
        QString text;
        QStringList missing;
    };

    // The template's parts, or its first fault.
    static std::variant<ParsedTemplate, TemplateFault> parse(const QString &text);

    static Filled fill(const ParsedTemplate &parsed, const MergeValues &values);

    // The fields `parsed` needs and `values` lacks, each once, in order.
    static QStringList missingFields(const ParsedTemplate &parsed, const MergeValues &values);

    // A fault at `offset` of `text`, with its line and column worked out.
    static TemplateFault faultAt(const QString &text, qsizetype offset, const QString &problem);
};

} // namespace fairwell
