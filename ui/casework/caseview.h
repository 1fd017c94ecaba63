// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/casedetail.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace fairwell {

class CaseHeaderView;
class MessageLine;
class Session;
struct ServiceContext;

// One case, as a rep works it: who is leaving (header), what is left to do
// (the playbook checklist), what happened (the timeline), and the actions.
// Everything is read and written through the session; every change quotes
// the version the page shows, so someone else's change is never overwritten.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(QWidget *parent = nullptr);
    ~CaseView() override;

    void setSession(Session *session);
    // Shows `caseId`, reading it afresh.
    void showCase(qint64 caseId);
    // Reads the shown case again (after someone's change).
    void refresh();
    qint64 caseId() const { return m_caseId; }
    const std::optional<CaseDetail> &detail() const { return m_detail; }

    // For tests and the shell.
    QTreeWidget *checklist() const { return m_checklist; }
    QTextBrowser *timeline() const { return m_timeline; }
    MessageLine *messageLine() const { return m_message; }

    void logCall();
    void recordFeedback();
    void recordAlternative();
    void closeOrReopen();
    void completeTask();
    void skipTask();
    void reopenTask();
    void claim();

Q_SIGNALS:
    void backRequested();
    // A change was saved here: the queues and counts are out of date.
    void caseChanged(qint64 caseId);
    // The person wants to write the case's thank-you note.
    void noteRequested(qint64 caseId);
    void detailLoaded();
    void errorOccurred(const fairwell::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Work = std::function<Status(ServiceContext &, int caseVersion)>;

    void buildUi();
    void retranslateUi();
    void load();
    void display(const CaseDetail &detail);
    void showChecklist(const QList<TaskLine> &tasks);
    void showTimeline(const QList<TimelineEntry> &timeline);
    void updateActions();
    void updateTaskHelp();
    // Runs `work` quoting the shown version, then reads the case again.
    void change(Work work);
    // Shows `dialog` window-modal and reads the case again once it saved
    // or asks for a reload.
    void runDialog(class CaseActionDialog *dialog);
    void saved();
    const TaskLine *currentTask() const;

    QPointer<Session> m_session;
    qint64 m_caseId = 0;
    std::optional<CaseDetail> m_detail;
    quint64 m_loadRequest = 0;

    QPushButton *m_back = nullptr;
    CaseHeaderView *m_header = nullptr;
    QPushButton *m_logCall = nullptr;
    QPushButton *m_feedback = nullptr;
    QPushButton *m_alternative = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_claim = nullptr;
    MessageLine *m_message = nullptr;
    QLabel *m_checklistLabel = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QLabel *m_taskHelp = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_reopenTask = nullptr;
    QLabel *m_timelineLabel = nullptr;
    QTextBrowser *m_timeline = nullptr;
};

} // namespace fairwell
