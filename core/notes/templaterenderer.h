// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "notes/mergevalues.h"
#include "notes/parsedtemplate.h"
#include "notes/templatefault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fairwell {

struct NoteTemplate;

// A note's subject and body with every merge field filled in.
struct RenderedNote
{
    QString subject;
    QString body;
};

// Turns note templates into notes for the app, with errors as Result values
// whose messages a user can act on. The syntax and the work are
// TemplateEngine's (see there); this adds the app's error handling.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::TemplateRenderer)

public:
    // The template's parts. InvalidInput for a malformed placeholder or an
    // unknown field: the message starts "Line L, column C:" and says what is
    // wrong, Error::where says "line L, column C".
    static Result<ParsedTemplate> parse(const QString &text);

    // The template's first fault (line, column, offset, problem), for an
    // editor to put the cursor on; none when the template is fine.
    static std::optional<TemplateFault> check(const QString &text);

    // The fields `parsed` needs and `values` lacks, each once, in order of
    // first use: what the composer lists.
    static QStringList missingFields(const ParsedTemplate &parsed, const MergeValues &values);

    // The filled-in text. InvalidInput when fields without a fallback have no
    // value (absent or blank): the message names every one of them in words,
    // Error::detail lists their names. Never a text with a placeholder left
    // in it or a field left empty.
    static Result<QString> render(const ParsedTemplate &parsed, const MergeValues &values);

    // Subject and body of `note` parsed and filled in together: a fault names
    // the subject or the body and its line and column; missing values of both
    // are named at once.
    static Result<RenderedNote> render(const NoteTemplate &note, const MergeValues &values);

    // Why a note cannot be written while `missing` fields have no value, in
    // words; one sentence a field.
    static QString missingMessage(const QStringList &missing);
};

} // namespace fairwell
