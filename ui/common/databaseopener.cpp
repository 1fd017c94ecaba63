// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/databaseopener.h"

#include "session/session.h"

#include <QProgressDialog>
#include <QWidget>

namespace fairwell {

namespace {

// How long an open may take before the progress dialog shows: a local file
// opens faster than a flashing dialog could be read.
constexpr int progressDelayMs = 400;

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
    abandonSession();
}

void DatabaseOpener::abandonSession()
{
    // Deleting the session drops its answer; its worker ends on its own once
    // a connect that cannot be interrupted has run out.
    delete m_session.data();
    m_session = nullptr;
}

void DatabaseOpener::open(const OpenRequest &request)
{
    abandonSession();
    finish();

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

    auto *session = new Session(request.spec, this);
    m_session = session;
    m_openJob = session->open(
        request, session,
        [this, request, session](const Result<OpenOutcome> &outcome) {
            if (session != m_session)
                return;
            finish();
            m_session = nullptr;
            if (!outcome) {
                session->deleteLater();
                emit failed(request, outcome.error());
                return;
            }
            session->setParent(nullptr);
            emit opened(request, session, *outcome);
        },
        [this, session](int percent, const QString &stage) {
            if (session != m_session || !m_progress)
                return;
            m_progress->setLabelText(stage);
            if (percent < 0) {
                m_progress->setRange(0, 0);
            } else {
                m_progress->setRange(0, 100);
                m_progress->setValue(percent);
            }
        });

    connect(m_progress, &QProgressDialog::canceled, this, [this, request, session] {
        if (session != m_session)
            return;
        if (request.create) {
            // A new local file is quick to finish: keep it, with its default
            // content, and stop only the demo data.
            session->cancel(m_openJob);
            m_progress->setLabelText(tr("Stopping…"));
            m_progress->setCancelButton(nullptr);
            m_progress->show();
            return;
        }
        abandonSession();
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
}

} // namespace fairwell
