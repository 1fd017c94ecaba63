// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace fairwell {

// What a running job may ask of the session that runs it: whether the user
// cancelled, and a way to say how far it got. Both are safe to use from the
// worker thread.
class JobControl
{
public:
    using ProgressSink = std::function<void(int percent, const QString &stage)>;

    JobControl() = default;
    explicit JobControl(ProgressSink sink)
        : m_sink(std::move(sink))
    {
    }

    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

    // percent < 0 means "busy, no idea how long".
    void reportProgress(int percent, const QString &stage) const
    {
        if (m_sink)
            m_sink(percent, stage);
    }

private:
    ProgressSink m_sink;
    std::atomic<bool> m_cancelled = false;
};

} // namespace fairwell
