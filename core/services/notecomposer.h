// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"
#include "mail/mailaddress.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace fairwell {

struct ServiceContext;

// A template the composer offers.
struct TemplateChoice
{
    qint64 id = 0;
    QString name;
    QString language;
};

// What the composer needs to open on a case.
struct CompositionStart
{
    qint64 caseId = 0;
    QString accountName;
    QString language;         // the account's ("en", "de")
    MailAddress to;           // the primary contact; empty address: none on file
    QList<TemplateChoice> templates; // the account's language first, then by name
    std::optional<Note> draft; // the case's latest draft, to go on with
    bool smtpConfigured = false; // else: the mail client or an .eml file
};

// A template filled in for a case.
struct ComposedNote
{
    qint64 templateId = 0;
    QString subject;
    QString body;
};

// The composer's reading side: which templates fit a case, and a template
// filled in with the case's values (its contact, tenure, the rep's name
// and signature, the export directions). Saving and sending are
// NoteService's. Anyone who may write the case's notes may compose them.
class NoteComposer
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::NoteComposer)

public:
    explicit NoteComposer(ServiceContext &context);

    Result<CompositionStart> start(qint64 caseId);

    // InvalidInput when the template is malformed (where: its line and
    // column) or the case lacks a value a field needs without a fallback
    // (the message names each, in words); the note is never filled with a
    // raw or empty placeholder.
    Result<ComposedNote> compose(qint64 caseId, qint64 templateId);

private:
    ServiceContext &m_context;
};

} // namespace fairwell
