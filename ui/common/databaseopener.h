// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "session/openrequest.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace fairwell {

class Session;

// Opens a database in a new session, with a progress dialog and Cancel:
// connecting to a server may wait for its timeout, migrating and filling a
// new database take seconds. Everything runs on the new session's worker.
class DatabaseOpener : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseOpener(QWidget *window);
    ~DatabaseOpener() override;

    // Emits exactly one of opened(), failed() or cancelled() later. A new
    // call abandons the one before.
    void open(const OpenRequest &request);
    bool isBusy() const { return !m_session.isNull(); }

signals:
    // The database is open in `session`, which the receiver now owns.
    // `outcome.demoCancelled` when the user stopped the demo data: the
    // database is there with its default content and no demo.
    void opened(const fairwell::OpenRequest &request, fairwell::Session *session,
                const fairwell::OpenOutcome &outcome);
    void failed(const fairwell::OpenRequest &request, const fairwell::Error &error);
    void cancelled(const fairwell::OpenRequest &request);

private:
    void finish();
    void abandonSession();

    QWidget *m_window = nullptr;
    QPointer<Session> m_session;
    quint64 m_openJob = 0;
    QProgressDialog *m_progress = nullptr;
};

} // namespace fairwell
