// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session/actor.h"
#include "session/openrequest.h"
#include "session/servicecontext.h"
#include "session/sessionworker.h"
#include "storage/databasespec.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace fairwell {

// One open database for one person at one desk. The session owns one worker
// thread with one connection: every read and write of the window runs there,
// in the order it was asked for, so the GUI thread never waits for the
// database and a desktop holds one connection (a test connection from the
// connect dialog is a second, short-lived one).
//
// A request is a job with an id. Its answer comes back as a typed Result on
// the GUI thread, to a receiver object: when the receiver is gone (a closed
// window), the answer is dropped. A request given a kind overtakes a pending
// one of the same receiver and kind, which is dropped before it runs.
class Session : public QObject
{
    Q_OBJECT

public:
    using JobId = quint64;
    using Progress = std::function<void(int percent, const QString &stage)>;

    struct JobOptions
    {
        // Requests of one receiver with the same non-empty kind overtake
        // each other ("case page", "case count").
        QString kind;
        Progress progress;
        // May run before anyone is working in the session: only for
        // choosing or creating the person's profile.
        bool beforeActor = false;
    };

    explicit Session(const DatabaseSpec &spec, QObject *parent = nullptr);
    // Pending jobs are dropped; a running one is asked to stop and finishes
    // on its own, without an answer.
    ~Session() override;

    const DatabaseSpec &spec() const { return m_spec; }
    // Who works in this session, as the GUI thread last heard.
    const Actor &actor() const { return m_actor; }

    // Opens (creating, migrating, filling a new database as asked) on the
    // worker. Queue other jobs behind it freely: they run once it has
    // opened, or fail with its error.
    JobId open(const OpenRequest &request, QObject *receiver,
               std::function<void(const Result<OpenOutcome> &)> done, const Progress &progress = {});

    // Runs `work` on the worker with the session's connection and actor;
    // `done` gets its result on the GUI thread, unless `receiver` is gone.
    template<typename T>
    JobId run(QObject *receiver, std::function<Result<T>(ServiceContext &)> work,
              std::function<void(const Result<T> &)> done, const JobOptions &options = {});

    // Runs `work` on the worker without the session's connection: for a
    // look at a database before the session opens it (a connection test).
    template<typename T>
    JobId runDetached(QObject *receiver, std::function<Result<T>()> work,
                      std::function<void(const Result<T> &)> done);

    // Makes `actor` the session's person, once a service has checked it
    // (a profile that exists and is active). Jobs queued after this call
    // run as them.
    void setActor(const Actor &actor);

    void cancel(JobId id);

    // Looks at once whether another connection changed the data (call it
    // when a window comes to the front); dataChanged() follows if so. On
    // PostgreSQL changes are announced anyway, so this matters on SQLite.
    Q_SLOT void checkForChanges();

    // How many requests were overtaken and dropped before they ran.
    quint64 droppedJobs() const { return m_dropped; }

    // Waits until every session's worker has ended; call once before the
    // application object goes.
    static void shutdownAll();

Q_SIGNALS:
    void actorChanged(const fairwell::Actor &actor);
    // Another connection (another desk) committed a change to the data
    // since the session last said so; views reload what they show. Never
    // for the session's own writes. A burst of changes gives one signal at
    // once and at most one more every kChangeThrottleMs while it lasts.
    // PostgreSQL announces a change within moments of its commit (migration
    // 7); a SQLite file is looked at every two seconds and on
    // checkForChanges(). Both only between the session's jobs: a long job
    // delays it.
    void dataChanged();

private:
    // Delivers `answer` on the GUI thread unless the session is gone.
    class Link
    {
    public:
        explicit Link(Session *session)
            : m_session(session)
        {
        }
        void post(std::function<void()> answer);
        void detach();

    private:
        QMutex m_mutex;
        Session *m_session;
    };

    JobId enqueue(QObject *receiver, const JobOptions &options,
                  std::function<void(WorkerState &, const JobControl &, const std::shared_ptr<Link> &)> run);
    // Hands `result` to `done` on the GUI thread, if the receiver still exists.
    template<typename T>
    static void answer(const std::shared_ptr<Link> &link, const QPointer<QObject> &guard,
                       const std::function<void(const Result<T> &)> &done, Result<T> result);
    static Error noDatabaseError(const WorkerState &state);
    // A change notice from the worker, on the GUI thread.
    void noticeChange();

    static constexpr int kChangeThrottleMs = 250;
    static Error noActorError();

    DatabaseSpec m_spec;
    Actor m_actor;
    // Guarded: at shutdown the worker may go before the session does.
    QPointer<SessionWorker> m_worker;
    std::shared_ptr<Link> m_link;
    JobId m_nextJobId = 1;
    quint64 m_dropped = 0;
    QTimer m_changeThrottle;
    bool m_changePending = false;
};

template<typename T>
Session::JobId Session::run(QObject *receiver, std::function<Result<T>(ServiceContext &)> work,
                            std::function<void(const Result<T> &)> done, const JobOptions &options)
{
    QPointer<QObject> guard(receiver);
    return enqueue(receiver, options,
                   [work = std::move(work), done = std::move(done), guard, beforeActor = options.beforeActor](
                       WorkerState &state, const JobControl &control, const std::shared_ptr<Link> &link) {
                       Result<T> result = fail(noDatabaseError(state));
                       if (state.db) {
                           if (!state.actor.isValid() && !beforeActor) {
                               result = fail(noActorError());
                           } else {
                               ServiceContext context{*state.db, state.actor, control};
                               result = work(context);
                           }
                       }
                       if (control.isCancelled() && result.has_value())
                           return; // nobody waits for it any more
                       answer(link, guard, done, std::move(result));
                   });
}

template<typename T>
Session::JobId Session::runDetached(QObject *receiver, std::function<Result<T>()> work,
                                    std::function<void(const Result<T> &)> done)
{
    QPointer<QObject> guard(receiver);
    return enqueue(receiver, {},
                   [work = std::move(work), done = std::move(done), guard](
                       WorkerState &, const JobControl &, const std::shared_ptr<Link> &link) {
                       answer(link, guard, done, work());
                   });
}

template<typename T>
void Session::answer(const std::shared_ptr<Link> &link, const QPointer<QObject> &guard,
                     const std::function<void(const Result<T> &)> &done, Result<T> result)
{
    auto shared = std::make_shared<Result<T>>(std::move(result));
    link->post([guard, done, shared] {
        if (guard && done)
            done(*shared);
    });
}

} // namespace fairwell
