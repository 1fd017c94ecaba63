// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/changewatcher.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>

#include <atomic>

namespace fairwell {

namespace {

Q_LOGGING_CATEGORY(lcChanges, "fairwell.session.changes")

std::atomic<int> g_pollIntervalMs = ChangeWatcher::kDefaultPollIntervalMs;

} // namespace

const QString ChangeWatcher::channel = QStringLiteral("fairwell_changes");

void ChangeWatcher::setPollInterval(int ms)
{
    g_pollIntervalMs = ms;
}

ChangeWatcher::ChangeWatcher(Database &db, std::function<void()> changed)
    : m_db(db)
    , m_changed(std::move(changed))
{
    if (!m_db.isPostgres()) {
        m_dataVersion = dataVersion();
        connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
        m_timer.start(g_pollIntervalMs.load());
        return;
    }
    if (auto schema = m_db.exec(QStringLiteral("SELECT current_schema()")); schema && schema->next())
        m_schemaPrefix = schema->value(0).toString() + QLatin1Char('.');
    QSqlDriver *driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
    m_listening = driver->subscribeToNotification(channel);
    // Without notices the windows still reload on what their user does;
    // nothing to tell the user about here.
    if (!m_listening)
        qCWarning(lcChanges) << "cannot listen for other people's changes:" << driver->lastError().text();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(channel);
}

void ChangeWatcher::check()
{
    if (m_db.isPostgres() || m_db.inTransaction())
        return;
    const auto now = dataVersion();
    if (!now)
        return;
    const bool moved = m_dataVersion && *now != *m_dataVersion;
    m_dataVersion = now;
    if (moved)
        m_changed();
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                   const QVariant &payload)
{
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    if (!m_schemaPrefix.isEmpty() && !payload.toString().startsWith(m_schemaPrefix))
        return;
    m_changed();
}

std::optional<qint64> ChangeWatcher::dataVersion()
{
    auto query = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!query || !query->next())
        return std::nullopt;
    const qint64 version = query->value(0).toLongLong();
    // Left open, the statement would keep the file's read lock.
    query->finish();
    return version;
}

} // namespace fairwell
