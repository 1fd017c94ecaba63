// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/outboxsender.h"

#include "mail/mailtransport.h"
#include "session/session.h"

#include <algorithm>

namespace fairwell {

// The transport and the settings it was made from; touched on the mail
// thread only.
struct OutboxSender::Courier
{
    std::unique_ptr<MailTransport> transport;
    quint64 generation = 0;
};

OutboxSender::OutboxSender(Session &session, TransportFactory factory, QObject *parent)
    : OutboxSender(session, std::move(factory), Options{}, parent)
{
}

OutboxSender::OutboxSender(Session &session, TransportFactory factory, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(&session)
    , m_factory(std::move(factory))
    , m_options(options)
    , m_courier(std::make_shared<Courier>())
{
    qRegisterMetaType<fairwell::NoteState>();
    qRegisterMetaType<fairwell::Error>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_recoverDue = true;
        step();
    });
    connect(&session, &Session::dataChanged, this, &OutboxSender::wake);
    connect(&session, &Session::actorChanged, this, &OutboxSender::wake);
    m_mailThread.setObjectName(QStringLiteral("fairwell-outbox-mail"));
    m_mailContext = new QObject;
    m_mailContext->moveToThread(&m_mailThread);
    connect(&m_mailThread, &QThread::finished, m_mailContext, &QObject::deleteLater);
    m_mailThread.start();
}

OutboxSender::~OutboxSender()
{
    m_running = false;
    // The transport goes on the thread it was made on, after a delivery
    // under way returns; that outcome is not recorded (see the class).
    QMetaObject::invokeMethod(m_mailContext, [courier = m_courier] { courier->transport.reset(); },
                              Qt::QueuedConnection);
    m_mailThread.quit();
    m_mailThread.wait();
}

int OutboxSender::staleAfterSeconds() const
{
    return 2 * std::max(1, m_settings.timeoutSeconds) + m_options.staleMarginSeconds;
}

void OutboxSender::start(const SmtpSettings &settings)
{
    if (!settings.isConfigured()) {
        stop();
        return;
    }
    m_settings = settings;
    ++m_settingsGeneration;
    if (m_running)
        return;
    m_running = true;
    m_recoverDue = true;
    step();
}

void OutboxSender::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (!m_inFlight)
        QMetaObject::invokeMethod(this, &OutboxSender::stopped, Qt::QueuedConnection);
}

void OutboxSender::wake()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_wakePending = true;
        return;
    }
    m_timer.stop();
    step();
}

void OutboxSender::step()
{
    if (!m_running || m_inFlight || !m_session)
        return;
    m_wakePending = false;
    if (m_recoverDue)
        recover();
    else
        claim();
}

void OutboxSender::recover()
{
    m_inFlight = true;
    const int staleAfter = staleAfterSeconds();
    const OutboxPolicy policy = m_options.policy;
    m_session->run<int>(
        this,
        [staleAfter, policy](ServiceContext &context) {
            return OutboxService(context, policy).recoverInterrupted(QDateTime::currentDateTimeUtc(), staleAfter);
        },
        [this](const Result<int> &flagged) {
            m_inFlight = false;
            if (!flagged) {
                failed(flagged.error());
                return;
            }
            m_recoverDue = false;
            if (*flagged > 0)
                Q_EMIT interruptedFound(*flagged);
            settle();
        });
}

void OutboxSender::claim()
{
    m_inFlight = true;
    const OutboxPolicy policy = m_options.policy;
    m_session->run<std::optional<ClaimedNote>>(
        this,
        [policy](ServiceContext &context) {
            return OutboxService(context, policy).claimNextDue(QDateTime::currentDateTimeUtc());
        },
        [this](const Result<std::optional<ClaimedNote>> &claimed) {
            if (!claimed) {
                m_inFlight = false;
                failed(claimed.error());
                return;
            }
            if (!claimed->has_value()) {
                m_inFlight = false;
                if (m_wakePending) // something was queued while we looked
                    settle();
                else if (m_running)
                    sleep();
                else
                    settle();
                return;
            }
            // Claimed: it is ours to deliver and record, even when stop()
            // comes meanwhile.
            deliver(**claimed);
        });
}

void OutboxSender::deliver(const ClaimedNote &claimed)
{
    m_inFlight = true;
    const TransportFactory factory = m_factory;
    const SmtpSettings settings = m_settings;
    const quint64 generation = m_settingsGeneration;
    QMetaObject::invokeMethod(
        m_mailContext,
        [this, courier = m_courier, factory, settings, generation, claimed] {
            // On the mail thread. The sender waits for this thread before it
            // goes, so `this` is still there to post the answer to.
            if (!courier->transport || courier->generation != generation) {
                courier->transport.reset();
                if (factory)
                    courier->transport = factory(settings);
                courier->generation = generation;
            }
            DeliveryOutcome outcome;
            if (courier->transport) {
                outcome = courier->transport->deliver(claimed.mail);
            } else {
                outcome.result = DeliveryResult::TemporaryFailure;
                outcome.detail = tr("Fairwell could not prepare a connection to the mail server %1.")
                                     .arg(settings.host);
            }
            QMetaObject::invokeMethod(this, [this, claimed, outcome] { record(claimed, outcome); },
                                      Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OutboxSender::record(const ClaimedNote &claimed, const DeliveryOutcome &outcome)
{
    if (!m_session) {
        m_inFlight = false;
        return;
    }
    const OutboxPolicy policy = m_options.policy;
    const qint64 noteId = claimed.note.id;
    const int version = claimed.note.version;
    m_session->run<NoteState>(
        this,
        [policy, noteId, version, outcome](ServiceContext &context) {
            return OutboxService(context, policy)
                .recordOutcome(noteId, version, outcome, QDateTime::currentDateTimeUtc());
        },
        [this, noteId](const Result<NoteState> &state) {
            m_inFlight = false;
            if (!state) {
                // Most likely another desktop flagged the note and a person
                // decided meanwhile; the loop goes on.
                Q_EMIT problem(state.error());
                settle();
                return;
            }
            Q_EMIT noteChanged(noteId, *state);
            settle();
        });
}

void OutboxSender::sleep()
{
    m_inFlight = true;
    const int staleAfter = staleAfterSeconds();
    m_session->run<QDateTime>(
        this, [staleAfter](ServiceContext &context) { return OutboxService(context).nextWakeUp(staleAfter); },
        [this](const Result<QDateTime> &next) {
            m_inFlight = false;
            if (!next) {
                failed(next.error());
                return;
            }
            if (!m_running || m_wakePending) {
                settle();
                return;
            }
            sleepUntil(*next);
            Q_EMIT idle(*next);
        });
}

void OutboxSender::sleepUntil(const QDateTime &next)
{
    qint64 ms = qint64(m_options.idleCheckSeconds) * 1000;
    if (next.isValid())
        ms = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next) + 10, 0, ms);
    m_timer.start(int(ms));
}

void OutboxSender::failed(const Error &error)
{
    Q_EMIT problem(error);
    if (!m_running) {
        settle();
        return;
    }
    m_timer.start(m_options.errorRetrySeconds * 1000);
}

void OutboxSender::settle()
{
    if (!m_running) {
        if (!m_inFlight)
            Q_EMIT stopped();
        return;
    }
    step();
}

} // namespace fairwell
