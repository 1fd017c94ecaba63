// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace fairwell {

// A thank-you note template with merge fields, kept by the admin.
struct NoteTemplate
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString language = QStringLiteral("en");
    QString subject;
    QString body;
    bool active = true;
    int version = 1; // optimistic concurrency
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

} // namespace fairwell
