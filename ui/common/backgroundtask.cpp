// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/backgroundtask.h"

#include <QList>
#include <QMutex>
#include <QThread>

namespace fairwell {

namespace {

// Every running task, so the application can wait for them before it quits.
QMutex g_runningMutex;
QList<BackgroundTask *> g_running;

} // namespace

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

BackgroundTask *BackgroundTask::start(Work work, QObject *parent)
{
    auto *task = new BackgroundTask(parent);
    {
        QMutexLocker lock(&g_runningMutex);
        g_running.append(task);
    }
    task->m_thread = QThread::create([task, work = std::move(work)] { work(*task); });
    task->m_thread->setObjectName(QStringLiteral("fairwell-background"));
    connect(task->m_thread, &QThread::finished, task, [task] {
        {
            QMutexLocker lock(&g_runningMutex);
            g_running.removeAll(task);
        }
        emit task->finished();
        task->deleteLater();
    });
    task->m_thread->start();
    return task;
}

void BackgroundTask::reportProgress(int percent, const QString &stage)
{
    emit progressChanged(percent, stage);
}

void BackgroundTask::cancelAndWaitForAll()
{
    QList<BackgroundTask *> running;
    {
        QMutexLocker lock(&g_runningMutex);
        running = g_running;
    }
    for (BackgroundTask *task : std::as_const(running)) {
        task->cancel();
        task->m_thread->wait();
    }
}

} // namespace fairwell
