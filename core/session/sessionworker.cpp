// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionworker.h"

#include "storage/database.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QMutexLocker>
#include <QSet>

namespace fairwell {

namespace {

QMutex g_workersMutex;
QSet<SessionWorker *> g_workers;

} // namespace

SessionWorker::SessionWorker()
{
    setObjectName(QStringLiteral("SessionWorker"));
    QMutexLocker locker(&g_workersMutex);
    g_workers.insert(this);
}

SessionWorker::~SessionWorker()
{
    {
        QMutexLocker locker(&g_workersMutex);
        g_workers.remove(this);
    }
    stop();
    wait();
}

int SessionWorker::enqueue(SessionJob job)
{
    QMutexLocker locker(&m_mutex);
    if (m_stopping)
        return 0;
    int dropped = 0;
    if (!job.kind.isEmpty()) {
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (it->owner == job.owner && it->kind == job.kind) {
                it = m_queue.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
    }
    m_queue.push_back(std::move(job));
    wake();
    return dropped;
}

void SessionWorker::cancel(quint64 jobId)
{
    QMutexLocker locker(&m_mutex);
    if (m_runningId == jobId && m_running) {
        m_running->cancel();
        return;
    }
    // A waiting job still runs, cancelled from its start: it decides what
    // must be done anyway (a new file keeps its default content).
    for (SessionJob &job : m_queue) {
        if (job.id == jobId)
            job.control->cancel();
    }
}

void SessionWorker::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    m_queue.clear();
    if (m_running)
        m_running->cancel();
    wake();
}

void SessionWorker::wake()
{
    // Thread-safe, and not lost when the loop is not waiting yet: its next
    // wait returns at once. Before the thread has its dispatcher, it looks
    // at the queue before it first waits anyway.
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(this))
        dispatcher->wakeUp();
}

void SessionWorker::watchChanges(WorkerState &state)
{
    if (!state.db) {
        state.changes.reset();
        return;
    }
    if (!state.changes && m_changeSink)
        state.changes = std::make_unique<ChangeWatcher>(*state.db, m_changeSink);
}

void SessionWorker::stopAndWaitForAll()
{
    QList<SessionWorker *> workers;
    {
        QMutexLocker locker(&g_workersMutex);
        workers = g_workers.values();
    }
    for (SessionWorker *worker : std::as_const(workers))
        worker->stop();
    for (SessionWorker *worker : std::as_const(workers)) {
        worker->wait();
        delete worker; // its deleteLater() would need an event loop that is ending
    }
}

void SessionWorker::run()
{
    QEventLoop events;
    WorkerState state;
    for (;;) {
        SessionJob job;
        {
            QMutexLocker locker(&m_mutex);
            if (m_stopping)
                break;
            if (m_queue.empty()) {
                locker.unlock();
                events.processEvents(QEventLoop::WaitForMoreEvents);
                continue;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = job.control;
            m_runningId = job.id;
        }
        job.run(state, *job.control);
        {
            QMutexLocker locker(&m_mutex);
            m_running.reset();
            m_runningId = 0;
        }
        watchChanges(state);
        // Without waiting: notices keep arriving while jobs keep coming.
        events.processEvents();
    }
    // The connection closes here, on the thread that opened it.
    state.changes.reset();
    state.db.reset();
}

} // namespace fairwell
