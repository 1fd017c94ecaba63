// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/settingsrepository.h"

#include "storage/database.h"

namespace fairwell {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback)
{
    auto query = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fallback;
    return query->value(0).toString();
}

Result<QMap<QString, QString>> SettingsRepository::values(const QString &prefix)
{
    // Not LIKE: a key may hold "_" or "%".
    auto query = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"),
                           {int(prefix.size()), prefix});
    if (!query)
        return fail(query.error());
    QMap<QString, QString> found;
    while (query->next())
        found.insert(query->value(0).toString(), query->value(1).toString());
    return found;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.write([&]() -> Status {
        // Both engines know this upsert (SQLite since 3.24).
        auto saved = m_db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                              "updated_at = excluded.updated_at"),
                               {key, value.isNull() ? QString(QLatin1String("")) : value,
                                sqlInstant(QDateTime::currentDateTimeUtc())});
        if (!saved)
            return fail(saved.error());
        return {};
    });
}

Status SettingsRepository::remove(const QString &key)
{
    return m_db.write([&]() -> Status {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        if (!removed)
            return fail(removed.error());
        return {};
    });
}

} // namespace fairwell
