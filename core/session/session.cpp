// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "services/databasesetupservice.h"
#include "storage/database.h"

#include <QMutexLocker>

namespace fairwell {

void Session::Link::post(std::function<void()> answer)
{
    QMutexLocker locker(&m_mutex);
    // Posted to the session: if it is deleted before the event is handled,
    // Qt discards the event with it.
    if (m_session)
        QMetaObject::invokeMethod(m_session, std::move(answer), Qt::QueuedConnection);
}

void Session::Link::detach()
{
    QMutexLocker locker(&m_mutex);
    m_session = nullptr;
}

Session::Session(const DatabaseSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_worker(new SessionWorker)
    , m_link(std::make_shared<Link>(this))
{
    qRegisterMetaType<fairwell::Actor>();
    qRegisterMetaType<fairwell::Error>();
    m_changeThrottle.setSingleShot(true);
    m_changeThrottle.setInterval(kChangeThrottleMs);
    connect(&m_changeThrottle, &QTimer::timeout, this, [this] {
        if (!m_changePending)
            return;
        m_changePending = false;
        noticeChange();
    });
    // Runs on the worker; the notice reaches the GUI thread only while the
    // session exists.
    m_worker->setChangeSink([link = m_link, this] { link->post([this] { noticeChange(); }); });
    // The thread object goes once its loop has ended; the session does not
    // wait for a query in flight.
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

Session::~Session()
{
    m_link->detach();
    if (m_worker)
        m_worker->stop();
}

void Session::shutdownAll()
{
    SessionWorker::stopAndWaitForAll();
}

Error Session::noDatabaseError(const WorkerState &state)
{
    if (state.openError)
        return *state.openError;
    return Error{ErrorCode::NotFound, tr("No database is open."), {}, {}};
}

Error Session::noActorError()
{
    return Error{ErrorCode::PermissionDenied,
                 tr("Choose who is working at this desk first (File ▸ Switch Profile…)."), {}, {}};
}

Session::JobId Session::enqueue(
    QObject *receiver, const JobOptions &options,
    std::function<void(WorkerState &, const JobControl &, const std::shared_ptr<Link> &)> run)
{
    const JobId id = m_nextJobId++;
    QPointer<QObject> guard(receiver);
    JobControl::ProgressSink sink;
    if (options.progress) {
        sink = [link = m_link, guard, progress = options.progress](int percent, const QString &stage) {
            link->post([guard, progress, percent, stage] {
                if (guard)
                    progress(percent, stage);
            });
        };
    }
    SessionJob job;
    job.id = id;
    job.owner = receiver;
    job.kind = options.kind;
    job.control = std::make_shared<JobControl>(std::move(sink));
    job.run = [run = std::move(run), link = m_link](WorkerState &state, const JobControl &control) {
        run(state, control, link);
    };
    if (m_worker)
        m_dropped += quint64(m_worker->enqueue(std::move(job)));
    return id;
}

Session::JobId Session::open(const OpenRequest &request, QObject *receiver,
                             std::function<void(const Result<OpenOutcome> &)> done, const Progress &progress)
{
    QPointer<QObject> guard(receiver);
    JobOptions options;
    options.progress = progress;
    return enqueue(receiver, options,
                   [this, request, done = std::move(done), guard](WorkerState &state, const JobControl &control,
                                                            const std::shared_ptr<Link> &link) {
                       // The watcher holds on to the connection this replaces.
                       state.changes.reset();
                       auto opened = DatabaseSetupService::open(request, control);
                       auto result = std::make_shared<Result<OpenOutcome>>();
                       if (opened) {
                           state.db = std::move(opened->database);
                           state.actor = opened->outcome.actor;
                           state.openError.reset();
                           *result = opened->outcome;
                       } else {
                           state.db.reset();
                           state.openError = opened.error();
                           *result = fail(opened.error());
                       }
                       // Runs on the GUI thread, and only while the session exists.
                       link->post([this, guard, done, result] {
                           if (result->has_value() && result->value().actor != m_actor) {
                               m_actor = result->value().actor;
                               Q_EMIT actorChanged(m_actor);
                           }
                           if (guard && done)
                               done(*result);
                       });
                   });
}

void Session::setActor(const Actor &actor)
{
    enqueue(this, {}, [actor](WorkerState &state, const JobControl &, const std::shared_ptr<Link> &) {
        state.actor = actor;
    });
    if (actor == m_actor)
        return;
    m_actor = actor;
    Q_EMIT actorChanged(m_actor);
}

void Session::checkForChanges()
{
    JobOptions options;
    options.kind = QStringLiteral("check for changes");
    enqueue(this, options, [](WorkerState &state, const JobControl &, const std::shared_ptr<Link> &) {
        if (state.changes)
            state.changes->check();
    });
}

void Session::noticeChange()
{
    // The first notice of a burst goes out at once; the rest of it becomes
    // one more at its end.
    if (m_changeThrottle.isActive()) {
        m_changePending = true;
        return;
    }
    Q_EMIT dataChanged();
    m_changeThrottle.start();
}

void Session::cancel(JobId id)
{
    if (m_worker)
        m_worker->cancel(id);
}

} // namespace fairwell
