// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/recentdatabases.h"

#include <QCryptographicHash>
#include <QSettings>

namespace fairwell {

namespace {

const QLatin1String groupName("RecentDatabases");
const QLatin1String sqlitePrefix("sqlite:");
const QLatin1String postgresPrefix("postgresql:");

QString encode(const DatabaseSpec &spec)
{
    if (spec.isPostgres())
        return postgresPrefix + spec.toConninfo(false);
    return sqlitePrefix + spec.path;
}

std::optional<DatabaseSpec> decode(const QString &text)
{
    if (text.startsWith(sqlitePrefix)) {
        const QString path = text.mid(sqlitePrefix.size());
        if (path.isEmpty())
            return std::nullopt;
        return DatabaseSpec::sqlite(path);
    }
    if (text.startsWith(postgresPrefix)) {
        auto spec = DatabaseSpec::fromConninfo(text.mid(postgresPrefix.size()));
        if (!spec)
            return std::nullopt;
        return *spec;
    }
    return std::nullopt;
}

// Two specs name the same database whatever password was typed.
bool sameDatabase(const DatabaseSpec &a, const DatabaseSpec &b)
{
    return encode(a) == encode(b);
}

} // namespace

QList<DatabaseSpec> RecentDatabases::load()
{
    QSettings settings;
    const QStringList entries = settings.value(groupName + QLatin1String("/entries")).toStringList();
    QList<DatabaseSpec> specs;
    for (const QString &entry : entries) {
        if (auto spec = decode(entry))
            specs.append(*spec);
    }
    return specs;
}

void RecentDatabases::save(const QList<DatabaseSpec> &specs)
{
    QStringList entries;
    for (const DatabaseSpec &spec : specs)
        entries << encode(spec);
    QSettings settings;
    settings.setValue(groupName + QLatin1String("/entries"), entries);
}

void RecentDatabases::add(const DatabaseSpec &spec)
{
    QList<DatabaseSpec> specs = load();
    specs.removeIf([&spec](const DatabaseSpec &other) { return sameDatabase(spec, other); });
    DatabaseSpec stored = spec;
    stored.password.clear();
    specs.prepend(stored);
    while (specs.size() > maximumCount)
        specs.removeLast();
    save(specs);
    // Kept apart from the list, so "Clear Menu" does not forget where to
    // start next time.
    QSettings().setValue(groupName + QLatin1String("/last"), encode(stored));
}

void RecentDatabases::clear()
{
    save({});
}

std::optional<DatabaseSpec> RecentDatabases::last()
{
    return decode(QSettings().value(groupName + QLatin1String("/last")).toString());
}

QString RecentDatabases::settingsKey(const DatabaseSpec &spec)
{
    const QByteArray hash = QCryptographicHash::hash(encode(spec).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.left(16));
}

} // namespace fairwell
