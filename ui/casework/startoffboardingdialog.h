// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/caseworkinputs.h"
#include "services/queuetypes.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace fairwell {

class Session;
struct Playbook;
struct ReasonChoice;

// "Start offboarding": find the departing account as you type, give the
// date the contract ends, optionally the first reason and another playbook
// than the matching one, and open the case. An account that already has an
// open case is not started twice: the dialog offers that case instead.
class StartOffboardingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StartOffboardingDialog(Session *session, QWidget *parent = nullptr);
    ~StartOffboardingDialog() override;

    // After accept: the case started, or the account's open case.
    qint64 caseId() const { return m_caseId; }
    // After accept: true when no case was started because the account had
    // an open one (caseId() is that one).
    bool openedExisting() const { return m_openedExisting; }

    // The account picked in the list; nullptr while none is.
    const AccountMatch *chosenAccount() const { return m_chosen ? &*m_chosen : nullptr; }
    // The request as it would be sent now; for tests.
    StartOffboardingInput input() const;

    static constexpr int SearchDelayMs = 200;
    static constexpr int MatchLimit = 20;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showMatches(quint64 requestId, const Result<QList<AccountMatch>> &matches);
    void choose(int row);
    void confirmChoice();
    void loadChoices();
    void showReasons(const QList<ReasonChoice> &reasons);
    void showPlaybooks(const QList<Playbook> &playbooks);
    void refreshMatchingPlaybook();
    void showMatchingPlaybook(quint64 requestId, const Result<Playbook> &playbook);
    void submit();
    void finish(const Result<StartOffboardingOutcome> &outcome);
    void showError(const QString &text);
    void updateState();
    static QString matchText(const AccountMatch &match);

    Session *m_session;
    QList<AccountMatch> m_matches;
    std::optional<AccountMatch> m_chosen;
    qint64 m_caseId = 0;
    bool m_openedExisting = false;
    bool m_busy = false;
    // The jobs whose answers are wanted; 0: none.
    quint64 m_searchRequest = 0;
    quint64 m_matchingRequest = 0;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QListView *m_matchList = nullptr;
    QStandardItemModel *m_matchModel = nullptr;
    QLabel *m_searchState = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QLabel *m_openCaseNote = nullptr;
    QDateEdit *m_effectiveOn = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_playbook = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_startButton = nullptr;
};

} // namespace fairwell
