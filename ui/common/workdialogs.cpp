// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workdialogs.h"

#include "casework/reassigndialog.h"
#include "casework/startoffboardingdialog.h"
#include "dialogs/mailsettingsdialog.h"
#include "notes/notecomposerdialog.h"
#include "notes/outboxcontroller.h"
#include "session/session.h"

namespace fairwell {

WorkDialogs::WorkDialogs(QWidget *window, OutboxController *outbox)
    : QObject(window)
    , m_window(window)
    , m_outbox(outbox)
{
}

void WorkDialogs::setSession(Session *session)
{
    m_session = session;
}

bool WorkDialogs::hasActor() const
{
    return m_session && m_session->actor().isValid();
}

void WorkDialogs::startOffboarding()
{
    if (!hasActor())
        return;
    auto *dialog = new StartOffboardingDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->openedExisting())
            Q_EMIT dataChanged();
        Q_EMIT caseToOpen(dialog->caseId());
        if (dialog->openedExisting())
            Q_EMIT message(tr("This account already has an open case: here it is."));
    });
    dialog->open();
}

void WorkDialogs::reassign(const QList<qint64> &caseIds)
{
    if (!m_session || caseIds.isEmpty())
        return;
    auto *dialog = new ReassignDialog(m_session, caseIds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &WorkDialogs::dataChanged);
    dialog->open();
}

void WorkDialogs::writeNote(qint64 caseId)
{
    if (!hasActor())
        return;
    auto *dialog = new NoteComposerDialog(m_session, caseId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteComposerDialog::noteQueued, this, [this] {
        m_outbox->wake();
        Q_EMIT message(m_outbox->isSending() ? tr("The note is in the outbox and goes out in a moment.")
                                             : tr("The note is recorded on the case."));
    });
    // A draft saved, a note queued or sent by hand: the case shows it.
    connect(dialog, &QDialog::finished, this, &WorkDialogs::dataChanged);
    dialog->open();
}

void WorkDialogs::editMailSettings()
{
    if (!hasActor())
        return;
    auto *dialog = new MailSettingsDialog(m_session, m_outbox->secrets(), m_session->actor().isAdmin(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MailSettingsDialog::settingsSaved, m_outbox, &OutboxController::reloadSettings);
    dialog->open();
}

} // namespace fairwell
