// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session/actor.h"
#include "session/changewatcher.h"
#include "session/jobcontrol.h"

#include <QMutex>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace fairwell {

class Database;

// What the worker keeps between jobs; touched on the worker thread only.
struct WorkerState
{
    std::unique_ptr<Database> db;
    // Watches `db` for other connections' commits. Declared after it, so it
    // goes first; whoever replaces `db` resets it before.
    std::unique_ptr<ChangeWatcher> changes;
    Actor actor;
    // Why there is no database, for the jobs queued behind a failed open.
    std::optional<Error> openError;
};

// One job in the worker's queue. `owner` and `kind` name the requests that
// overtake each other: a newer job with the same pair removes an older one
// that has not started yet.
struct SessionJob
{
    quint64 id = 0;
    const void *owner = nullptr;
    QString kind;
    std::shared_ptr<JobControl> control;
    std::function<void(WorkerState &state, const JobControl &control)> run;
};

// The session's thread: runs queued jobs one after the other on the
// session's own connection, which it opens, uses and closes on this thread
// only (a Qt Sql connection belongs to the thread that opened it). Between
// jobs, and while it waits for one, it runs the thread's event loop, which
// brings the connection's change notices and the watcher's timer.
class SessionWorker : public QThread
{
    Q_OBJECT

public:
    SessionWorker();
    ~SessionWorker() override;

    // Called on the worker thread when another connection committed a
    // change. Set it before start().
    void setChangeSink(std::function<void()> sink) { m_changeSink = std::move(sink); }

    // Adds `job` at the end; a pending job of the same owner and kind is
    // dropped first. Returns how many were dropped.
    int enqueue(SessionJob job);
    // Asks the job to stop (at once, if it has not started).
    void cancel(quint64 jobId);
    // Drops every pending job, asks the running one to stop, and ends the
    // thread once it returns. The connection closes on the thread.
    void stop();

    // Stops every worker, waits for it and deletes it, so no thread outlives
    // QCoreApplication; called once as the application ends.
    static void stopAndWaitForAll();

protected:
    void run() override;

private:
    // Makes the thread's event loop return to look at the queue.
    void wake();
    // Starts watching a newly opened connection (or stops, when it closed).
    void watchChanges(WorkerState &state);

    std::function<void()> m_changeSink;
    QMutex m_mutex;
    std::deque<SessionJob> m_queue;
    std::shared_ptr<JobControl> m_running;
    quint64 m_runningId = 0;
    bool m_stopping = false;
};

} // namespace fairwell
