// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailtransport.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace fairwell::test {

// What the scripted transports of one test answer, shared by every
// transport the sender's factory makes. For the sender loop's own tests
// only: no message leaves the process (the SMTP tests use a real server).
class DeliveryScript
{
public:
    // The answers to the next deliveries, in order; once they run out,
    // every message is delivered.
    void push(const DeliveryOutcome &outcome);
    // The next delivery waits in deliver() until release().
    void holdNext();
    void release();

    // Safe from any thread.
    QList<OutgoingMail> delivered() const; // every message handed over, in order
    int count() const;
    bool isHolding() const; // a delivery is waiting for release()
    QList<QThread *> threads() const; // where each delivery ran
    int transportsMade() const;

    DeliveryOutcome answer(const OutgoingMail &mail);
    void madeTransport();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_released;
    QList<DeliveryOutcome> m_answers;
    QList<OutgoingMail> m_delivered;
    QList<QThread *> m_threads;
    bool m_holdNext = false;
    bool m_holding = false;
    int m_transports = 0;
};

class ScriptedTransport : public MailTransport
{
public:
    explicit ScriptedTransport(std::shared_ptr<DeliveryScript> script);
    DeliveryOutcome deliver(const OutgoingMail &mail) override;

private:
    std::shared_ptr<DeliveryScript> m_script;
};

} // namespace fairwell::test
