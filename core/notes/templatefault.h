// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fairwell {

// Where a template is malformed and what is wrong, so that an editor can put
// the cursor on the fault and say why.
struct TemplateFault
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::TemplateFault)

public:
    int line = 1;         // 1-based
    int column = 1;       // 1-based, counted in characters as a reader sees them (see TemplateEngine)
    qsizetype offset = 0; // index into the template's QString, for QTextCursor::setPosition
    QString problem;      // translated: what is wrong, without the place

    // "Line 2, column 7: " and the problem, translated.
    QString message() const;

    // "line 2, column 7", translated, for Error::where.
    QString place() const;

    friend bool operator==(const TemplateFault &, const TemplateFault &) = default;
};

} // namespace fairwell
