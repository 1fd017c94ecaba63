// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace fairwell {

class OutboxController;
class Session;

// Opens the dialogs of the day's work on the window's session: start
// offboarding, reassign, a thank-you note, the mail settings. Each is
// window-modal but not exec(), so answers from the database keep arriving;
// what came of it is told by signals, for the window to show.
class WorkDialogs : public QObject
{
    Q_OBJECT

public:
    WorkDialogs(QWidget *window, OutboxController *outbox);

    // nullptr, or nobody working in it: no dialog opens.
    void setSession(Session *session);

    void startOffboarding();
    void reassign(const QList<qint64> &caseIds);
    void writeNote(qint64 caseId);
    void editMailSettings();

Q_SIGNALS:
    // A dialog saved something: the views are out of date.
    void dataChanged();
    // The case to show now.
    void caseToOpen(qint64 caseId);
    // Something to tell in the status bar.
    void message(const QString &text);

private:
    bool hasActor() const;

    QWidget *m_window;
    OutboxController *m_outbox;
    QPointer<Session> m_session;
};

} // namespace fairwell
