// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QString>

namespace fairwell {

class Database;
struct Actor;

// The audit rows a service owes for the rows it changes, written in the
// service's own transaction in the acting person's name, so a change and
// its record exist together or not at all.
class AuditTrail
{
public:
    AuditTrail(Database &db, const Actor &actor);

    Status inserted(const QString &entity, qint64 id, const QJsonObject &after);
    Status updated(const QString &entity, qint64 id, const QJsonObject &before, const QJsonObject &after);

private:
    Database &m_db;
    qint64 m_userId;
};

} // namespace fairwell
