// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseview.h"

#include "alternativedialog.h"
#include "casechange.h"
#include "caseheaderview.h"
#include "closecasedialog.h"
#include "feedbackdialog.h"
#include "logcalldialog.h"
#include "reasondialog.h"

#include "common/localetext.h"
#include "common/messageline.h"
#include "common/rolenames.h"
#include "queue/queuetablemodel.h"
#include "services/caseservice.h"
#include "services/caseworkservice.h"
#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fairwell {

namespace {

enum ChecklistColumn { TaskColumn, DueColumn, ForColumn, StateColumn };

} // namespace

CaseView::CaseView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseView"));
    buildUi();
    retranslateUi();
    updateActions();
}

CaseView::~CaseView() = default;

void CaseView::buildUi()
{
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &CaseView::backRequested);
    m_header = new CaseHeaderView(this);
    connect(m_header, &CaseHeaderView::copied, this,
            [this](const QString &text) { m_message->showText(tr("Copied %1.").arg(text)); });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back, 0, Qt::AlignTop);
    titleRow->addWidget(m_header, 1);

    m_logCall = new QPushButton(this);
    m_logCall->setObjectName(QStringLiteral("logCallButton"));
    m_feedback = new QPushButton(this);
    m_feedback->setObjectName(QStringLiteral("feedbackButton"));
    m_alternative = new QPushButton(this);
    m_alternative->setObjectName(QStringLiteral("alternativeButton"));
    m_note = new QPushButton(this);
    m_note->setObjectName(QStringLiteral("noteButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeCaseButton"));
    m_claim = new QPushButton(this);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    connect(m_logCall, &QPushButton::clicked, this, &CaseView::logCall);
    connect(m_feedback, &QPushButton::clicked, this, &CaseView::recordFeedback);
    connect(m_alternative, &QPushButton::clicked, this, &CaseView::recordAlternative);
    connect(m_note, &QPushButton::clicked, this, [this] {
        if (m_caseId != 0)
            Q_EMIT noteRequested(m_caseId);
    });
    connect(m_close, &QPushButton::clicked, this, &CaseView::closeOrReopen);
    connect(m_claim, &QPushButton::clicked, this, &CaseView::claim);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_claim);
    actionRow->addWidget(m_logCall);
    actionRow->addWidget(m_feedback);
    actionRow->addWidget(m_alternative);
    actionRow->addWidget(m_note);
    actionRow->addStretch(1);
    actionRow->addWidget(m_close);

    m_message = new MessageLine(this);

    m_checklistLabel = new QLabel(this);
    m_checklist = new QTreeWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setRootIsDecorated(false);
    m_checklist->setColumnCount(4);
    m_checklist->setAlternatingRowColors(true);
    m_checklist->setUniformRowHeights(true);
    m_checklist->header()->setStretchLastSection(false);
    m_checklist->header()->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    m_checklist->installEventFilter(this);
    m_checklistLabel->setBuddy(m_checklist);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, [this] {
        updateTaskHelp();
        updateActions();
    });
    m_taskHelp = new QLabel(this);
    m_taskHelp->setWordWrap(true);
    m_taskHelp->setObjectName(QStringLiteral("taskHelp"));
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("taskSkipButton"));
    m_reopenTask = new QPushButton(this);
    m_reopenTask->setObjectName(QStringLiteral("taskReopenButton"));
    connect(m_done, &QPushButton::clicked, this, &CaseView::completeTask);
    connect(m_skip, &QPushButton::clicked, this, &CaseView::skipTask);
    connect(m_reopenTask, &QPushButton::clicked, this, &CaseView::reopenTask);
    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_done);
    taskButtons->addWidget(m_skip);
    taskButtons->addWidget(m_reopenTask);
    taskButtons->addStretch(1);
    auto *checklistPane = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistPane);
    checklistLayout->setContentsMargins(0, 0, 0, 0);
    checklistLayout->addWidget(m_checklistLabel);
    checklistLayout->addWidget(m_checklist, 1);
    checklistLayout->addWidget(m_taskHelp);
    checklistLayout->addLayout(taskButtons);

    m_timelineLabel = new QLabel(this);
    m_timeline = new QTextBrowser(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setOpenLinks(false);
    m_timelineLabel->setBuddy(m_timeline);
    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineLabel);
    timelineLayout->addWidget(m_timeline, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(checklistPane);
    splitter->addWidget(timelinePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addSpacing(6);
    layout->addLayout(actionRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_checklist);
}

void CaseView::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_logCall->setText(tr("&Log Call…"));
    m_feedback->setText(tr("&Record Feedback…"));
    m_alternative->setText(tr("Alternative &Offered…"));
    m_note->setText(tr("Thank-&You Note…"));
    m_note->setToolTip(tr("Write the customer a personal thank-you note"));
    m_claim->setText(tr("Cl&aim Case"));
    m_claim->setToolTip(tr("Make this case yours"));
    m_checklistLabel->setText(tr("Play&book checklist"));
    m_checklist->setHeaderLabels({tr("Task"), tr("Due"), tr("For"), tr("State")});
    m_checklist->setAccessibleName(tr("Playbook checklist"));
    m_done->setText(tr("Mark &Done"));
    m_done->setToolTip(tr("Mark the selected task done (Space)"));
    m_skip->setText(tr("S&kip…"));
    m_reopenTask->setText(tr("Reope&n Task"));
    m_timelineLabel->setText(tr("&Timeline"));
    m_timeline->setAccessibleName(tr("Timeline, newest first"));
    if (m_detail)
        display(*m_detail);
    updateActions();
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CaseView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_checklist && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (m_done->isEnabled())
                completeTask();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseView::setSession(Session *session)
{
    m_session = session;
    m_caseId = 0;
    m_detail.reset();
    m_checklist->clear();
    m_timeline->clear();
    updateActions();
}

void CaseView::showCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_caseId = caseId;
        m_detail.reset();
        m_header->clear();
        m_checklist->clear();
        m_timeline->clear();
        m_message->hide();
    }
    load();
}

void CaseView::refresh()
{
    if (m_caseId != 0)
        load();
}

void CaseView::load()
{
    if (!m_session || m_caseId == 0)
        return;
    const qint64 id = m_caseId;
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<CaseDetail>(
        this, [id](ServiceContext &context) { return CaseWorkService(context).detail(id); },
        [this, asked](const Result<CaseDetail> &detail) {
            if (*asked != m_loadRequest)
                return; // a newer read is on its way
            m_loadRequest = 0;
            if (!detail) {
                m_message->showError(detail.error());
                Q_EMIT errorOccurred(detail.error());
                updateActions();
                return;
            }
            display(*detail);
            Q_EMIT detailLoaded();
        },
        Session::JobOptions{QStringLiteral("case-detail"), {}, false});
    m_loadRequest = *asked;
}

void CaseView::display(const CaseDetail &detail)
{
    m_detail = detail;
    m_header->display(detail.header);
    showChecklist(detail.tasks);
    showTimeline(detail.timeline);
    updateActions();
}

void CaseView::showChecklist(const QList<TaskLine> &tasks)
{
    const qint64 current = currentTask() ? currentTask()->task.id : 0;
    m_checklist->clear();
    QTreeWidgetItem *select = nullptr;
    for (const TaskLine &line : tasks) {
        const Task &task = line.task;
        auto *item = new QTreeWidgetItem(m_checklist);
        item->setData(TaskColumn, Qt::UserRole, task.id);
        item->setText(TaskColumn, task.title);
        item->setToolTip(TaskColumn, task.helpText);
        item->setText(DueColumn, LocaleText::date(task.dueOn));
        item->setText(ForColumn, line.assigneeName.isEmpty() ? RoleNames::text(task.ownerRole) : line.assigneeName);
        QString state;
        switch (task.status) {
        case TaskStatus::Open:
            state = line.overdue ? tr("Overdue") : tr("Open");
            break;
        case TaskStatus::Done:
            state = line.completedByName.isEmpty() ? tr("Done") : tr("Done by %1").arg(line.completedByName);
            break;
        case TaskStatus::Skipped:
            state = tr("Skipped: %1").arg(line.skipReason);
            break;
        }
        item->setText(StateColumn, state);
        // Overdue and finished tasks read differently without colour: a
        // warning mark and bold, or a check mark.
        const QStyle::StandardPixmap icon = task.status != TaskStatus::Open ? QStyle::SP_DialogApplyButton
                                            : line.overdue                  ? QStyle::SP_MessageBoxWarning
                                                                            : QStyle::SP_CustomBase;
        if (icon != QStyle::SP_CustomBase)
            item->setIcon(TaskColumn, style()->standardIcon(icon));
        if (line.overdue) {
            QFont bold = item->font(TaskColumn);
            bold.setBold(true);
            for (int column = 0; column < m_checklist->columnCount(); ++column)
                item->setFont(column, bold);
        }
        if (task.status != TaskStatus::Open) {
            for (int column = 0; column < m_checklist->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (task.id == current || (!select && current == 0 && task.status == TaskStatus::Open))
            select = item;
    }
    for (int column = DueColumn; column <= StateColumn; ++column)
        m_checklist->resizeColumnToContents(column);
    if (select)
        m_checklist->setCurrentItem(select);
    updateTaskHelp();
}

void CaseView::showTimeline(const QList<TimelineEntry> &timeline)
{
    QString html;
    for (const TimelineEntry &entry : timeline) {
        const QString who = entry.actorName.isEmpty() ? tr("Someone") : entry.actorName;
        html += QStringLiteral("<p><b>%1</b><br/><small>%2</small>")
                    .arg(entry.title.toHtmlEscaped(), tr("%1, %2").arg(who, LocaleText::instant(entry.at)).toHtmlEscaped());
        if (!entry.text.isEmpty())
            html += QStringLiteral("<br/>") + entry.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
        html += QStringLiteral("</p>");
    }
    if (timeline.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("Nothing has happened on this case yet.").toHtmlEscaped());
    m_timeline->setHtml(html);
}

const TaskLine *CaseView::currentTask() const
{
    if (!m_detail || !m_checklist->currentItem())
        return nullptr;
    const qint64 id = m_checklist->currentItem()->data(TaskColumn, Qt::UserRole).toLongLong();
    for (const TaskLine &line : m_detail->tasks) {
        if (line.task.id == id)
            return &line;
    }
    return nullptr;
}

void CaseView::updateTaskHelp()
{
    const TaskLine *line = currentTask();
    m_taskHelp->setText(line ? line->task.helpText : QString());
    m_taskHelp->setVisible(!m_taskHelp->text().isEmpty());
}

void CaseView::updateActions()
{
    const bool loaded = m_detail.has_value() && m_session;
    const bool open = loaded && m_detail->header.offboardingCase.status == CaseStatus::Open;
    const Actor actor = m_session ? m_session->actor() : Actor{};
    const qint64 owner = loaded ? m_detail->header.offboardingCase.ownerId : 0;
    // Reps work their own cases and unassigned ones; the service checks it
    // again, the buttons only spare a refusal.
    const bool mayWork = loaded && (actor.isManagerOrAdmin() || owner == 0 || owner == actor.userId);
    m_logCall->setEnabled(mayWork);
    m_feedback->setEnabled(mayWork);
    m_alternative->setEnabled(open && mayWork);
    m_note->setEnabled(mayWork); // a thank-you may follow the close
    m_close->setEnabled(mayWork);
        // Mnemonics stay clear of the menu bar's (File, Case, View, Help).
    m_close->setText(!loaded || open ? tr("Clo&se Case…") : tr("Reopen Ca&se…"));
    m_claim->setVisible(open && owner == 0);
    const TaskLine *line = currentTask();
    const bool taskOpen = line && line->task.status == TaskStatus::Open;
    m_done->setEnabled(mayWork && taskOpen);
    m_skip->setEnabled(mayWork && taskOpen);
    m_reopenTask->setEnabled(mayWork && line && !taskOpen);
}

void CaseView::change(Work work)
{
    if (!m_detail)
        return;
    CaseChange::run(m_session, this, std::move(work), m_detail->header.offboardingCase.version,
                    [this](CaseChange::Outcome outcome, const Error &error) {
                        if (outcome == CaseChange::Outcome::Failed)
                            m_message->showError(error);
                        else
                            saved();
                    });
}

void CaseView::saved()
{
    load();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::runDialog(CaseActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        // The keyboard comes back to the case, ready for the next action.
        window()->activateWindow();
        setFocus();
        if (result != QDialog::Rejected)
            saved();
    });
    // Window-modal but not exec(): answers from the database keep arriving.
    dialog->open();
}

void CaseView::logCall()
{
    if (m_detail && m_logCall->isEnabled())
        runDialog(new LogCallDialog(m_session, m_caseId, m_detail->header.offboardingCase.version,
                                    m_detail->header.contactName, this));
}

void CaseView::recordFeedback()
{
    if (m_detail && m_feedback->isEnabled())
        runDialog(new FeedbackDialog(m_session, m_caseId, m_detail->header.offboardingCase.version,
                                     m_detail->feedback, this));
}

void CaseView::recordAlternative()
{
    if (m_detail && m_alternative->isEnabled())
        runDialog(new AlternativeDialog(m_session, m_caseId, m_detail->header.offboardingCase.version, this));
}

void CaseView::closeOrReopen()
{
    if (!m_detail || !m_close->isEnabled())
        return;
    if (m_detail->header.offboardingCase.status == CaseStatus::Open) {
        runDialog(new CloseCaseDialog(m_session, *m_detail, this));
        return;
    }
    const qint64 id = m_caseId;
    runDialog(new ReasonDialog(
        m_session, id, m_detail->header.offboardingCase.version, tr("Reopen Case"),
        tr("Why is this case open again? The reason goes on the timeline."), tr("&Reopen Case"),
        [id](ServiceContext &context, int version, const QString &reason) {
            return CaseWorkService(context).reopenCase(id, version, reason);
        },
        this));
}

void CaseView::completeTask()
{
    const TaskLine *line = currentTask();
    if (!line || !m_done->isEnabled())
        return;
    const qint64 id = m_caseId;
    const qint64 taskId = line->task.id;
    change([id, taskId](ServiceContext &context, int version) {
        return CaseWorkService(context).completeTask(id, version, taskId);
    });
}

void CaseView::skipTask()
{
    const TaskLine *line = currentTask();
    if (!line || !m_skip->isEnabled())
        return;
    const qint64 id = m_caseId;
    const qint64 taskId = line->task.id;
    runDialog(new ReasonDialog(
        m_session, id, m_detail->header.offboardingCase.version, tr("Skip Task"),
        tr("Why does “%1” not apply to this case?").arg(line->task.title), tr("&Skip Task"),
        [id, taskId](ServiceContext &context, int version, const QString &reason) {
            return CaseWorkService(context).skipTask(id, version, taskId, reason);
        },
        this));
}

void CaseView::reopenTask()
{
    const TaskLine *line = currentTask();
    if (!line || !m_reopenTask->isEnabled())
        return;
    const qint64 id = m_caseId;
    const qint64 taskId = line->task.id;
    change([id, taskId](ServiceContext &context, int version) {
        return CaseWorkService(context).reopenTask(id, version, taskId);
    });
}

void CaseView::claim()
{
    if (!m_detail || !m_session)
        return;
    const qint64 id = m_caseId;
    m_session->run<OffboardingCase>(
        this, [id](ServiceContext &context) { return CaseService(context).claim(id); },
        [this](const Result<OffboardingCase> &claimed) {
            if (!claimed) {
                m_message->showError(claimed.error());
                load();
                return;
            }
            saved();
        });
}

} // namespace fairwell
