// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/databaseopener.h"

#include "common/backgroundtask.h"
#include "demo/defaultcontent.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QProgressDialog>
#include <QWidget>

namespace fairwell {

namespace {

// How long an open may take before the progress dialog shows: a local file
// opens faster than a flashing dialog could be read.
constexpr int progressDelayMs = 400;

struct Outcome
{
    Status status;
    bool demoCancelled = false;
};

} // namespace

DatabaseOpener::DatabaseOpener(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qRegisterMetaType<fairwell::OpenRequest>();
    qRegisterMetaType<fairwell::Error>();
}

DatabaseOpener::~DatabaseOpener()
{
    if (m_task)
        m_task->cancel();
}

void DatabaseOpener::open(const OpenRequest &request)
{
    if (m_task)
        m_task->cancel();
    finish();
    const int jobId = ++m_jobId;

    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(request.create ? tr("Creating Database") : tr("Opening Database"));
    m_progress->setLabelText(request.create ? tr("Creating %1…").arg(request.spec.displayName())
                                            : tr("Opening %1…").arg(request.spec.displayName()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(progressDelayMs);
    m_progress->setMinimumWidth(420);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);

    auto outcome = std::make_shared<Outcome>();
    m_task = BackgroundTask::start([request, outcome](BackgroundTask &task) {
        Database::Options options;
        options.createIfMissing = request.create;
        options.allowNetworkFileSystem = request.allowNetworkFileSystem;
        options.migrate = true;
        auto db = Database::open(request.spec, options);
        if (!db) {
            outcome->status = fail(db.error());
            return;
        }
        if (request.create) {
            task.reportProgress(-1, DatabaseOpener::tr("Adding the default exit reasons, playbooks and templates…"));
            if (auto installed = DefaultContent::install(**db); !installed) {
                outcome->status = fail(installed.error());
                return;
            }
        }
        if (!request.addDemoData)
            return;
        if (task.isCancelled()) {
            outcome->demoCancelled = true;
            return;
        }
        DemoOptions demo;
        demo.size = DemoSize::Small;
        demo.progress = [&task](int percent, const QString &stage) {
            task.reportProgress(percent, DatabaseOpener::tr("Adding demo data: %1").arg(stage));
            return !task.isCancelled();
        };
        auto counts = DemoGenerator::generate(**db, demo);
        if (!counts) {
            if (counts.error().code == ErrorCode::Cancelled)
                outcome->demoCancelled = true;
            else
                outcome->status = fail(counts.error());
        }
    });

    connect(m_task, &BackgroundTask::progressChanged, this, [this, jobId](int percent, const QString &stage) {
        if (jobId != m_jobId || !m_progress)
            return;
        m_progress->setLabelText(stage);
        if (percent < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
    });
    connect(m_task, &BackgroundTask::finished, this, [this, jobId, request, outcome] {
        if (jobId != m_jobId)
            return;
        finish();
        if (!outcome->status)
            emit failed(request, outcome->status.error());
        else
            emit opened(request, outcome->demoCancelled);
    });
    connect(m_progress, &QProgressDialog::canceled, this, [this, jobId, request] {
        if (jobId != m_jobId || !m_task)
            return;
        m_task->cancel();
        if (request.create) {
            // A new local file is quick to finish: keep it, with its default
            // content, and stop only the demo data.
            m_progress->setLabelText(tr("Stopping…"));
            m_progress->setCancelButton(nullptr);
            m_progress->show();
            return;
        }
        // A connect cannot be interrupted: let it run out and drop its result.
        ++m_jobId;
        m_task = nullptr;
        finish();
        emit cancelled(request);
    });
}

void DatabaseOpener::finish()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_task = nullptr;
}

} // namespace fairwell
