// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "error.h"
#include "mail/smtpsettings.h"
#include "services/notetypes.h"
#include "services/outboxservice.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace fairwell {

class MailTransport;
class Session;
struct DeliveryOutcome;

// The outbox's background sender for one session: it delivers queued notes
// one after the other until none is due, then sleeps until the next one is
// (or until wake()).
//
// Threads: the SMTP conversation runs on a thread of the sender's own,
// which owns the transport (made there by the factory, from the settings);
// every read and write of the database is a job on the session's worker
// (Session::run), so a desktop still holds one connection for its data.
// The sender object itself lives on the session's thread (the GUI thread)
// and only moves the work along between the two: it never waits there.
//
// The loop: flag notes left "sending" by a sender that stopped
// (OutboxService::recoverInterrupted, at start and whenever it wakes from
// its sleep), claim the note due first, hand its message to the transport,
// record the outcome, and again while notes are due; then ask when the next
// one is due and sleep until then (at most `idleCheckSeconds`). wake()
// (connected to the session's dataChanged and actorChanged, and for the UI
// to call after queueing a note) cuts the sleep short.
//
// Stopping (stop()): no note is claimed any more; a delivery under way
// finishes and its outcome is still recorded through the session, then
// stopped() follows. Deleting the sender instead waits for a delivery under
// way to return (at most the transport's timeout) without recording it: that
// note stays "sending" and the next start of any desktop's sender flags it
// "may have been sent", for a person to check. It is never resent silently.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    // Called on the sender's mail thread, whenever the settings change and
    // before the first delivery. Null: nothing can be delivered.
    using TransportFactory = std::function<std::unique_ptr<MailTransport>(const SmtpSettings &settings)>;

    struct Options
    {
        OutboxPolicy policy;
        // An attempt counts as interrupted this long after it began, beyond
        // twice the transport's timeout: room for slow servers and clocks
        // that differ between desktops sharing a database.
        int staleMarginSeconds = 60;
        // The longest sleep: another desktop's note queued on SQLite is
        // also seen through the session's dataChanged, sooner.
        int idleCheckSeconds = 300;
        // After a database error, look again this much later.
        int errorRetrySeconds = 30;
    };

    OutboxSender(Session &session, TransportFactory factory, QObject *parent = nullptr);
    OutboxSender(Session &session, TransportFactory factory, const Options &options, QObject *parent = nullptr);
    ~OutboxSender() override;

    // Starts sending with `settings` (the password included), or goes on
    // with new ones: the next delivery uses a transport made from them.
    // Settings without a host stop the sender.
    void start(const SmtpSettings &settings);
    // Claims nothing more; stopped() once a delivery under way is recorded.
    void stop();

    bool isRunning() const { return m_running; }
    // A note is being delivered or its outcome recorded.
    bool isBusy() const { return m_inFlight; }
    // How long an attempt must have lasted to count as interrupted.
    int staleAfterSeconds() const;

public Q_SLOTS:
    // Something may be due: a note was queued, or the data changed.
    void wake();

Q_SIGNALS:
    // A note's state changed through the sender (sent, queued again after a
    // temporary failure, failed, may have been sent).
    void noteChanged(qint64 noteId, fairwell::NoteState state);
    // `count` notes left "sending" were flagged "may have been sent".
    void interruptedFound(int count);
    // A database or transport problem; the sender tries again later.
    void problem(const fairwell::Error &error);
    // Nothing is due now; the sender sleeps until `next` (invalid: nothing
    // waits at all).
    void idle(const QDateTime &next);
    void stopped();

private:
    struct Courier;

    // One step of the loop, whatever is due next.
    void step();
    void recover();
    void claim();
    void deliver(const ClaimedNote &claimed);
    void record(const ClaimedNote &claimed, const DeliveryOutcome &outcome);
    void sleep();
    void sleepUntil(const QDateTime &next);
    void failed(const Error &error);
    // The job chain ended: go on, or finish stopping.
    void settle();

    QPointer<Session> m_session;
    TransportFactory m_factory;
    Options m_options;
    SmtpSettings m_settings;
    quint64 m_settingsGeneration = 0;
    bool m_running = false;
    bool m_inFlight = false;    // a job or a delivery is under way
    bool m_wakePending = false; // wake() came while one was
    bool m_recoverDue = false;
    QTimer m_timer;
    QThread m_mailThread;
    // Lives on m_mailThread; holds the transport there.
    QObject *m_mailContext = nullptr;
    std::shared_ptr<Courier> m_courier;
};

} // namespace fairwell
