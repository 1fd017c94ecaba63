// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace fairwell {

class Database;

// The database's own settings (the `settings` table of version 2): plain
// text values under keys, shared by everyone who opens the database.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::SettingsRepository)

public:
    explicit SettingsRepository(Database &db);

    // `fallback` when the key is not set.
    Result<QString> value(const QString &key, const QString &fallback = {});
    // Every key that starts with `prefix`, with its value.
    Result<QMap<QString, QString>> values(const QString &prefix);
    // Sets (or adds) one key, in its own write or the caller's.
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace fairwell
