// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumnames.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fairwell {

enum class Segment { Smb, MidMarket, Enterprise };

template<>
struct EnumNames<Segment>
{
    static constexpr EnumName<Segment> values[] = {
        {Segment::Smb, "smb"},
        {Segment::MidMarket, "mid_market"},
        {Segment::Enterprise, "enterprise"},
    };
};

// A customer (company or person), as known to the CRM or billing system.
struct Account
{
    qint64 id = 0; // 0: not saved yet
    QString externalId; // the CRM's or billing system's id, unique
    QString name;
    Segment segment = Segment::Smb;
    QString plan;
    qint64 mrrMinor = 0; // monthly recurring revenue in minor units of `currency`
    QString currency = QStringLiteral("EUR");
    QDate customerSince;
    QString region;
    QString language = QStringLiteral("en");
    qint64 ownerId = 0; // account owner (a user); 0: none
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC; set on every save

    Money mrr() const { return Money(mrrMinor, currency); }
};

} // namespace fairwell
