// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "storage/databasespec.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace fairwell {

class BackgroundTask;

// What to open, and what to do to a new database first.
struct OpenRequest
{
    DatabaseSpec spec;
    bool create = false;            // a new SQLite file: create it and install the default content
    bool addDemoData = false;       // then fill it with the small demo set
    bool allowNetworkFileSystem = false;
};

// Opens a database off the GUI thread, with a progress dialog and Cancel:
// connecting to a server may wait for its timeout, migrating and filling a
// new database take seconds. The worker validates and migrates on its own
// connection and closes it; the window then opens its own, which is quick.
class DatabaseOpener : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseOpener(QWidget *window);
    ~DatabaseOpener() override;

    // Emits exactly one of opened(), failed() or cancelled() later. A new
    // call abandons the one before.
    void open(const OpenRequest &request);
    bool isBusy() const { return !m_task.isNull(); }

signals:
    // The database is ready. `demoCancelled` when the user stopped the demo
    // data: the database is there with its default content and no demo.
    void opened(const fairwell::OpenRequest &request, bool demoCancelled);
    void failed(const fairwell::OpenRequest &request, const fairwell::Error &error);
    void cancelled(const fairwell::OpenRequest &request);

private:
    void finish();

    QWidget *m_window = nullptr;
    QPointer<BackgroundTask> m_task;
    QProgressDialog *m_progress = nullptr;
    int m_jobId = 0;
};

} // namespace fairwell

Q_DECLARE_METATYPE(fairwell::OpenRequest)
