// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caseworkinputs.h"
#include "services/winbackservice.h"

#include <QDialog>

class QButtonGroup;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace fairwell {

class Session;

// What came of a planned win-back check-in: returned (with the return date
// and new MRR), not now, do not contact again, or no answer. Checks what it
// can before saving; a refusal keeps everything typed and says why.
class WinbackOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WinbackOutcomeDialog(Session *session, const WinbackLine &line, QWidget *parent = nullptr);
    ~WinbackOutcomeDialog() override;

    // After a conflict the person chose to see the current state instead:
    // the dialog closed without saving, and the list should load again.
    bool reloadRequested() const { return m_reloadRequested; }
    // The outcome as it would be sent now; for tests.
    WinbackOutcomeInput input() const;

    // Outcome button ids in the outcome group.
    enum Choice { NoChoice = -1, ReturnedChoice, NotNowChoice, DoNotContactChoice, NoAnswerChoice };

private:
    void save();
    void submit(int version, const WinbackOutcomeInput &input);
    void finish(const Status &saved, const WinbackOutcomeInput &input);
    void resolveConflict(const Error &error, const WinbackOutcomeInput &input);
    // The first thing wrong with the form, or an empty string; `field`
    // gets the widget to correct.
    QString problem(QWidget **field = nullptr) const;
    void showError(const QString &text);
    void updateState();

    Session *m_session;
    WinbackLine m_line;
    int m_version = 0;
    bool m_busy = false;
    bool m_reloadRequested = false;

    QButtonGroup *m_outcome = nullptr;
    QRadioButton *m_returned = nullptr;
    QRadioButton *m_notNow = nullptr;
    QRadioButton *m_doNotContact = nullptr;
    QRadioButton *m_noAnswer = nullptr;
    QLabel *m_returnedOnLabel = nullptr;
    QDateEdit *m_returnedOn = nullptr;
    QLabel *m_newMrrLabel = nullptr;
    QLineEdit *m_newMrr = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace fairwell
