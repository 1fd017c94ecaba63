// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace fairwell {

class Database;

// Notices that another connection committed a change to the session's
// database, and says so through `changed`. Lives on the session's worker
// thread, beside the connection it watches, and needs that thread's event
// loop to run between jobs.
//
// PostgreSQL: the connection LISTENs on fairwell_changes, which migration 7
// announces every change on; notices sent by this connection's own commits
// are ignored. SQLite: PRAGMA data_version moves when another connection
// commits to the file; it is read on a timer and on check().
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static const QString channel;
    static constexpr int kDefaultPollIntervalMs = 2000;

    ChangeWatcher(Database &db, std::function<void()> changed);
    ~ChangeWatcher() override;

    // Looks at once instead of waiting for the timer (a window came to the
    // front). On PostgreSQL notices arrive by themselves, so it does nothing.
    void check();

    // How often watchers created from now on look at a SQLite file. For
    // tests, which must tell check() apart from the timer.
    static void setPollInterval(int ms);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    std::optional<qint64> dataVersion();

    Database &m_db;
    std::function<void()> m_changed;
    QTimer m_timer;
    std::optional<qint64> m_dataVersion;
    // "schema." of the session's tables: one database may hold several
    // Fairwell schemas, all announcing on the same channel.
    QString m_schemaPrefix;
    bool m_listening = false;
};

} // namespace fairwell
