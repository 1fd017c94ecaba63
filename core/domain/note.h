// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"
#include "mail/mailaddress.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

// draft → queued → sending → sent; from sending also back to queued (a
// temporary failure), to failed, or to may_have_been_sent (the server got
// the whole message but its answer never came, or the app stopped meanwhile:
// a person confirms or retries, it is never resent silently). A person may
// retry a failed note and cancel any note not sent or being sent.
enum class NoteState { Draft, Queued, Sending, Sent, Failed, MayHaveBeenSent, Cancelled };
enum class NoteDelivery { Smtp, MailClient, Eml };

template<>
struct EnumNames<NoteState>
{
    static constexpr EnumName<NoteState> values[] = {
        {NoteState::Draft, "draft"},
        {NoteState::Queued, "queued"},
        {NoteState::Sending, "sending"},
        {NoteState::Sent, "sent"},
        {NoteState::Failed, "failed"},
        {NoteState::MayHaveBeenSent, "may_have_been_sent"},
        {NoteState::Cancelled, "cancelled"},
    };
};

template<>
struct EnumNames<NoteDelivery>
{
    static constexpr EnumName<NoteDelivery> values[] = {
        {NoteDelivery::Smtp, "smtp"},
        {NoteDelivery::MailClient, "mail_client"},
        {NoteDelivery::Eml, "eml"},
    };
};

// A thank-you note; it is also its own outbox entry (see NoteState).
struct Note
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    qint64 templateId = 0; // 0: written without a template
    qint64 authorId = 0;
    QString recipientName; // the To mailbox
    QString recipientEmail;
    MailAddressList cc;
    QString subject;
    QString body;
    NoteState state = NoteState::Draft;
    NoteDelivery delivery = NoteDelivery::Smtp;
    QString messageId; // "<…@…>", given when queued and kept for life; empty: never queued
    int attempts = 0;
    QString lastError;
    QDateTime queuedAt; // UTC
    QDateTime sentAt; // UTC
    int version = 1; // optimistic concurrency
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime sendingStartedAt; // UTC; when the last attempt began
    QDateTime nextAttemptAt; // UTC; when a queued note is due
};

} // namespace fairwell
