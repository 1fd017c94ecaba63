// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;

namespace fairwell {

class MessageLine;
class Session;
struct ServiceContext;

// The frame of every action on a case (log a call, record feedback, …):
// a form, a message line, Save and Cancel. Save checks the form first, then
// runs the change as a job of the session quoting the case version the
// person saw. The dialog stays open with everything typed when the change
// fails; on a conflict the person chooses to apply it again on the current
// version or to reload the case (the dialog then ends with ReloadRequested).
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ReloadRequested = 2; // a result code besides Accepted and Rejected

    CaseActionDialog(Session *session, qint64 caseId, int caseVersion, QWidget *parent = nullptr);
    ~CaseActionDialog() override;

    qint64 caseId() const { return m_caseId; }
    MessageLine *messageLine() const { return m_message; }
    QPushButton *saveButton() const;

protected:
    using Change = std::function<Status(ServiceContext &, int caseVersion)>; // as CaseChange::Work

    // The form the subclass fills in, above the message line.
    QFormLayout *form() const { return m_form; }
    // The first problem of the form in words, or an empty string.
    virtual QString problem() const = 0;
    // The change the form asks for, made on the worker thread: captures
    // copies of the form's values, never the widgets.
    virtual Change change() const = 0;
    void setSaveText(const QString &text);

private:
    void save();
    void send(int caseVersion);
    void setBusy(bool busy);

    QPointer<Session> m_session;
    const qint64 m_caseId;
    const int m_caseVersion;
    QFormLayout *m_form = nullptr;
    MessageLine *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace fairwell
