// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace fairwell::test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

std::unique_ptr<Session> openSession(const OpenRequest &request, Error *error)
{
    auto session = std::make_unique<Session>(request.spec);
    bool answered = false;
    session->open(request, session.get(), [&](const Result<OpenOutcome> &outcome) {
        answered = true;
        if (!outcome && error)
            *error = outcome.error();
    });
    if (!waitUntil([&answered] { return answered; }) && error)
        *error = Error{ErrorCode::QueryFailed, QStringLiteral("the session did not open in time"), {}, {}};
    return session;
}

} // namespace fairwell::test
