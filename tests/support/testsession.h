// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/openrequest.h"
#include "session/session.h"

#include <memory>

namespace fairwell::test {

// Spins the event loop until `done()` holds or `timeoutMs` passes; true when
// it held. A safety net for a stuck worker, not a timing assertion.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000);

// A session opened on `request`, waited for. `error` gets the open's error
// when it failed (the session is still returned: its jobs fail with it).
std::unique_ptr<Session> openSession(const OpenRequest &request, Error *error = nullptr);

// Runs `work` as a job of `session` and waits for its answer.
template<typename T>
Result<T> runAndWait(Session &session, std::function<Result<T>(ServiceContext &)> work,
                     const Session::JobOptions &options = {})
{
    std::optional<Result<T>> answer;
    QObject receiver;
    session.run<T>(&receiver, std::move(work), [&answer](const Result<T> &result) { answer = result; }, options);
    if (!waitUntil([&answer] { return answer.has_value(); }))
        return fail(ErrorCode::QueryFailed, QStringLiteral("the session did not answer in time"));
    return *answer;
}

} // namespace fairwell::test
