// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedtransport.h"

#include <QMutexLocker>

namespace fairwell::test {

void DeliveryScript::push(const DeliveryOutcome &outcome)
{
    QMutexLocker locker(&m_mutex);
    m_answers.append(outcome);
}

void DeliveryScript::holdNext()
{
    QMutexLocker locker(&m_mutex);
    m_holdNext = true;
}

void DeliveryScript::release()
{
    QMutexLocker locker(&m_mutex);
    m_holdNext = false;
    m_holding = false;
    m_released.wakeAll();
}

QList<OutgoingMail> DeliveryScript::delivered() const
{
    QMutexLocker locker(&m_mutex);
    return m_delivered;
}

int DeliveryScript::count() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_delivered.size());
}

bool DeliveryScript::isHolding() const
{
    QMutexLocker locker(&m_mutex);
    return m_holding;
}

QList<QThread *> DeliveryScript::threads() const
{
    QMutexLocker locker(&m_mutex);
    return m_threads;
}

int DeliveryScript::transportsMade() const
{
    QMutexLocker locker(&m_mutex);
    return m_transports;
}

void DeliveryScript::madeTransport()
{
    QMutexLocker locker(&m_mutex);
    ++m_transports;
}

DeliveryOutcome DeliveryScript::answer(const OutgoingMail &mail)
{
    QMutexLocker locker(&m_mutex);
    m_delivered.append(mail);
    m_threads.append(QThread::currentThread());
    if (m_holdNext) {
        m_holding = true;
        while (m_holding)
            m_released.wait(&m_mutex);
    }
    if (m_answers.isEmpty())
        return DeliveryOutcome{DeliveryResult::Delivered, {}};
    return m_answers.takeFirst();
}

ScriptedTransport::ScriptedTransport(std::shared_ptr<DeliveryScript> script)
    : m_script(std::move(script))
{
    m_script->madeTransport();
}

DeliveryOutcome ScriptedTransport::deliver(const OutgoingMail &mail)
{
    return m_script->answer(mail);
}

} // namespace fairwell::test
