// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "mail/mailaddress.h"
#include "mail/outgoingmail.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace fairwell {

// What the composer saves as the person types.
struct NoteDraft
{
    qint64 id = 0;      // 0: a new draft
    int version = 0;    // the draft's version the composer last saw (ignored for a new one)
    qint64 caseId = 0;  // required for a new draft; an existing one stays on its case
    qint64 templateId = 0; // 0: written without a template
    MailAddress to;
    MailAddressList cc;
    QString subject;
    QString body;
};

// A note's id and the version to quote in the next change.
struct NoteRef
{
    qint64 id = 0;
    int version = 0;
};

// One line of the Outbox view.
struct OutboxEntry
{
    Note note;
    QString accountName;
    QString authorName; // empty: unknown
};

// Which notes the Outbox lists, newest change first. Paging is by keyset:
// pass the last entry's note.updatedAt and id to get the next page.
struct OutboxFilter
{
    QList<NoteState> states; // empty: every state but draft
    qint64 authorId = 0;     // 0: everyone's
    int limit = 200;
    QDateTime afterUpdatedAt; // invalid: from the newest
    qint64 afterId = 0;
};

// How many notes are in each state (drafts included), for the sidebar.
using OutboxCounts = QMap<NoteState, int>;

// A note the sender claimed: now "sending", with the message to hand over.
// recordOutcome() quotes note.id and note.version.
struct ClaimedNote
{
    Note note;
    OutgoingMail mail;
};

} // namespace fairwell
