// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"

#include <QDateTime>
#include <QString>

namespace fairwell {

enum class NoteState { Draft, Queued, Sending, Sent, Failed };
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

// A thank-you note; it is also its own outbox entry (draft → queued →
// sending → sent, or failed).
struct Note
{
    qint64 id = 0; // 0: not saved yet
    qint64 caseId = 0;
    qint64 templateId = 0; // 0: written without a template
    qint64 authorId = 0;
    QString recipientName;
    QString recipientEmail;
    QString subject;
    QString body;
    NoteState state = NoteState::Draft;
    NoteDelivery delivery = NoteDelivery::Smtp;
    QString messageId; // unique when set; empty: not sent yet
    int attempts = 0;
    QString lastError;
    QDateTime queuedAt; // UTC
    QDateTime sentAt; // UTC
    int version = 1; // optimistic concurrency
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

} // namespace fairwell
