// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace fairwell {

// Runs one function on a thread of its own and tells the GUI thread when it
// is done, so the window stays responsive while a database opens, migrates
// or fills. The task deletes itself once its thread has ended; a receiver
// connects with itself as context, so a closed window never gets a stale
// answer. Work that cannot be interrupted (a PostgreSQL connect) is simply
// abandoned on cancel: its result is dropped.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(BackgroundTask &task)>;

    // Starts `work` at once. The returned task lives until its thread ends.
    static BackgroundTask *start(Work work, QObject *parent = nullptr);

    // Asks the work to stop; it should check isCancelled() between steps.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Safe from the worker thread: arrives in the GUI thread as a signal.
    void reportProgress(int percent, const QString &stage);

    // Blocks until every running task has ended; called once before the
    // application object goes away, so no thread outlives it.
    static void cancelAndWaitForAll();

signals:
    void progressChanged(int percent, const QString &stage);
    // In the GUI thread, after the work returned (also when cancelled).
    void finished();

private:
    explicit BackgroundTask(QObject *parent);
    ~BackgroundTask() override;

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
};

} // namespace fairwell
