// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/outboxpage.h"

#include "common/localetext.h"
#include "common/listtable.h"
#include "common/messageline.h"
#include "services/noteservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace fairwell {

namespace {

// A newer count overtakes an older one still waiting in the session's queue.
const QString CountsJob = QStringLiteral("outbox-counts");

bool canRetry(NoteState state)
{
    return state == NoteState::Failed || state == NoteState::MayHaveBeenSent;
}

bool canCancel(NoteState state)
{
    return state == NoteState::Queued || state == NoteState::Failed || state == NoteState::MayHaveBeenSent;
}

bool canConfirmSent(NoteState state)
{
    return state == NoteState::MayHaveBeenSent;
}

} // namespace

OutboxPage::OutboxPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxTableModel(this))
{
    buildUi();
    retranslateUi();
    connect(m_model, &OutboxTableModel::loadingChanged, this, &OutboxPage::updateState);
    connect(m_model, &OutboxTableModel::loaded, this, [this] {
        restoreSelection();
        updateState();
    });
    connect(m_model, &OutboxTableModel::modelReset, this, &OutboxPage::updateState);
    connect(m_model, &OutboxTableModel::errorOccurred, this, &OutboxPage::showError);
    updateState();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::buildUi()
{
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showLabel->setBuddy(m_show);
    m_loading = new QLabel(this);
    m_loading->setVisible(false);
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retry"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelNote"));
    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmSent"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openCase"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_showLabel);
    topRow->addWidget(m_show);
    topRow->addStretch(1);
    topRow->addWidget(m_loading);
    topRow->addWidget(m_retryButton);
    topRow->addWidget(m_cancelButton);
    topRow->addWidget(m_confirmButton);
    topRow->addWidget(m_openButton);

    // Said calmly above the list, not in a dialog: nothing is lost, a person
    // only has to look before deciding.
    m_explanationLine = new QFrame(this);
    m_explanationLine->setObjectName(QStringLiteral("explanationLine"));
    m_explanationLine->setFrameShape(QFrame::StyledPanel);
    m_explanationIcon = new QLabel(m_explanationLine);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_explanationIcon->setPixmap(OutboxTableModel::stateIcon(NoteState::MayHaveBeenSent).pixmap(iconSize));
    m_explanationIcon->setAlignment(Qt::AlignTop);
    m_explanation = new QLabel(m_explanationLine);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanationLayout = new QHBoxLayout(m_explanationLine);
    explanationLayout->addWidget(m_explanationIcon);
    explanationLayout->addWidget(m_explanation, 1);
    m_explanationLine->setVisible(false);

    m_messageLine = new MessageLine(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("notes"));
    m_view->setModel(m_model);
    ListTable::setUp(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    const int iconWidth = style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    header->resizeSection(OutboxTableModel::StateColumn,
                          fontMetrics().horizontalAdvance(OutboxTableModel::stateText(NoteState::MayHaveBeenSent))
                              + iconWidth + 24);
    header->resizeSection(OutboxTableModel::AccountColumn, 22 * charWidth + 16);
    header->resizeSection(OutboxTableModel::ToColumn, 30 * charWidth + 16);
    header->resizeSection(OutboxTableModel::SubjectColumn, 28 * charWidth + 16);
    header->resizeSection(OutboxTableModel::AuthorColumn, 14 * charWidth + 16);
    const int instantWidth =
        fontMetrics().horizontalAdvance(LocaleText::instant(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC)))
        + 24;
    header->resizeSection(OutboxTableModel::WhenColumn, instantWidth);
    header->resizeSection(OutboxTableModel::NextAttemptColumn, instantWidth);
    header->resizeSection(OutboxTableModel::AttemptsColumn, 9 * charWidth + 16);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &OutboxPage::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        rememberSelection();
        updateState();
    });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn in the muted text colour

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_explanationLine);
    layout->addWidget(m_messageLine);
    layout->addWidget(m_stack, 1);

    connect(m_show, &QComboBox::activated, this, &OutboxPage::applyShow);
    connect(m_retryButton, &QPushButton::clicked, this, &OutboxPage::retry);
    connect(m_cancelButton, &QPushButton::clicked, this, &OutboxPage::cancelNote);
    connect(m_confirmButton, &QPushButton::clicked, this, &OutboxPage::confirmSent);
    connect(m_openButton, &QPushButton::clicked, this, &OutboxPage::openCase);
    setFocusProxy(m_view);
}

void OutboxPage::retranslateUi()
{
    // Mnemonics stay clear of the menu bar's Alt+F, Alt+C, Alt+V and Alt+H.
    m_showLabel->setText(tr("Sho&w:"));
    m_show->setAccessibleName(tr("Which notes to show"));
    const int show = m_show->currentIndex();
    m_show->clear();
    m_show->addItem(tr("Needs attention"), int(OutboxTableModel::Show::NeedsAttention));
    m_show->setItemData(0, tr("Failed notes and notes that may have been sent"), Qt::ToolTipRole);
    m_show->addItem(tr("Waiting"), int(OutboxTableModel::Show::Waiting));
    m_show->setItemData(1, tr("Notes queued or being sent"), Qt::ToolTipRole);
    m_show->addItem(tr("Sent"), int(OutboxTableModel::Show::Sent));
    m_show->addItem(tr("All"), int(OutboxTableModel::Show::All));
    m_show->setItemData(3, tr("Every note but drafts"), Qt::ToolTipRole);
    m_show->addItem(tr("Cancelled"), int(OutboxTableModel::Show::Cancelled));
    m_show->setCurrentIndex(show >= 0 ? show : m_show->findData(int(m_model->show())));
    m_loading->setText(tr("Loading…"));
    m_loading->setAccessibleName(tr("Loading notes"));
    m_retryButton->setText(tr("&Retry"));
    m_retryButton->setAccessibleName(tr("Send the selected note again"));
    m_cancelButton->setText(tr("Cancel &Note…"));
    m_cancelButton->setAccessibleName(tr("Cancel the selected note so that it is not sent"));
    m_cancelButton->setToolTip(tr("Cancel the note so that it is not sent (Delete)"));
    m_confirmButton->setText(tr("Confirm &Sent"));
    m_confirmButton->setAccessibleName(tr("Confirm that the selected note arrived"));
    m_confirmButton->setToolTip(tr("You checked that the note arrived: record it as sent"));
    m_openButton->setText(tr("&Open Case"));
    m_openButton->setAccessibleName(tr("Open the case of the selected note"));
    m_openButton->setToolTip(tr("Open the case of the note (Enter)"));
    m_explanationLine->setAccessibleName(tr("About notes that may have been sent"));
    m_view->setAccessibleName(tr("Outbox notes"));
    // The model's words are read as they are painted.
    m_view->horizontalHeader()->viewport()->update();
    m_view->viewport()->update();
    updateExplanation();
    updateState();
}

void OutboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool OutboxPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Enter opens the case, as in the case lists.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            cancelNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutboxPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_hasDatabase = session != nullptr;
    if (session)
        connect(session, &Session::actorChanged, this, &OutboxPage::attachModel);
    attachModel();
}

void OutboxPage::attachModel()
{
    m_messageLine->hide();
    m_counts.clear();
    m_countsRequest = 0;
    m_busy = false;
    m_selectedNoteId = 0;
    m_selectedRow = -1;
    // Reading is work too: it waits until somebody works in the session.
    Session *reader = m_session && m_session->actor().isValid() ? m_session.data() : nullptr;
    m_model->setSession(reader);
    refreshCounts();
    updateExplanation();
    updateState();
}

OutboxTableModel::Show OutboxPage::showFilter() const
{
    return m_model->show();
}

void OutboxPage::setShowFilter(OutboxTableModel::Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
    applyShow();
}

void OutboxPage::applyShow()
{
    m_messageLine->hide();
    m_model->setShow(static_cast<OutboxTableModel::Show>(m_show->currentData().toInt()));
    updateState();
}

void OutboxPage::reload()
{
    m_messageLine->hide();
    m_model->reload();
    refreshCounts();
    updateState();
}

void OutboxPage::refresh()
{
    // The sidebar shows the count whether or not the page is.
    refreshCounts();
    m_stale = !isVisible();
    if (!m_stale)
        m_model->refresh();
}

void OutboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OutboxPage::refreshCounts()
{
    if (!m_session || !m_session->actor().isValid())
        return;
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<OutboxCounts>(
        this, [](ServiceContext &context) { return NoteService(context).outboxCounts(); },
        [this, asked](const Result<OutboxCounts> &counts) {
            if (*asked != m_countsRequest)
                return; // stale
            m_countsRequest = 0;
            if (!counts) {
                showError(counts.error());
                return;
            }
            m_counts = *counts;
            updateExplanation();
            Q_EMIT countsChanged(needsAttentionCount());
        },
        Session::JobOptions{CountsJob, {}, false});
    m_countsRequest = *asked;
}

int OutboxPage::needsAttentionCount() const
{
    return m_counts.value(NoteState::Failed) + m_counts.value(NoteState::MayHaveBeenSent);
}

QString OutboxPage::explanationText() const
{
    return m_explanationLine->isVisibleTo(this) ? m_explanation->text() : QString();
}

QString OutboxPage::messageText() const
{
    return m_messageLine->text();
}

void OutboxPage::updateExplanation()
{
    const int uncertain = m_model->hasDatabase() ? m_counts.value(NoteState::MayHaveBeenSent) : 0;
    m_explanation->setText(
        tr("%Ln note(s) may have been sent. Fairwell stopped, or the connection broke, after the message was handed "
           "to the mail server, so it cannot tell whether it arrived. Check the customer's mailbox or your mail "
           "server's log, then confirm it as sent or retry it. Nothing is sent again until you decide.",
           nullptr, uncertain));
    m_explanationLine->setVisible(uncertain > 0);
}

const OutboxEntry *OutboxPage::currentEntry() const
{
    return m_model->entry(m_view->currentIndex());
}

qint64 OutboxPage::currentNoteId() const
{
    const OutboxEntry *entry = currentEntry();
    return entry ? entry->note.id : 0;
}

void OutboxPage::rememberSelection()
{
    const QModelIndex current = m_view->currentIndex();
    if (const OutboxEntry *entry = m_model->entry(current)) {
        m_selectedNoteId = entry->note.id;
        m_selectedRow = current.row();
    }
}

void OutboxPage::restoreSelection()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_model->rowOf(m_selectedNoteId);
    if (row < 0) {
        // The note left this list (retried out of "Needs attention", say):
        // the one now in its place, so the keyboard can go on.
        if (m_view->currentIndex().isValid())
            return;
        row = qBound(0, m_selectedRow, rows - 1);
    }
    if (m_view->currentIndex().isValid() && m_view->currentIndex().row() == row)
        return;
    const QModelIndex index = m_model->index(row, OutboxTableModel::StateColumn);
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void OutboxPage::activate(const QModelIndex &index)
{
    const OutboxEntry *entry = m_model->entry(index);
    if (entry && entry->note.caseId != 0)
        Q_EMIT caseActivated(entry->note.caseId);
}

void OutboxPage::openCase()
{
    activate(m_view->currentIndex());
}

void OutboxPage::ask(QMessageBox *box, QAbstractButton *yes, std::function<void()> accepted)
{
    // Window-modal but not exec(): answers from the database keep arriving.
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QDialog::finished, this, [this, box, yes, accepted = std::move(accepted)] {
        if (box->clickedButton() == yes)
            accepted();
        m_view->setFocus();
    });
    box->open();
}

void OutboxPage::retry()
{
    const OutboxEntry *entry = currentEntry();
    if (!m_session || m_busy || !entry || !canRetry(entry->note.state))
        return;
    const Note note = entry->note;
    if (note.state != NoteState::MayHaveBeenSent) {
        run(Action::Retry, note);
        return;
    }
    // Sending again may mean the customer gets it twice: the person says so.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("retryPrompt"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Send the Note Again?"));
    box->setText(tr("Did the note to %1 really not arrive?").arg(OutboxTableModel::recipientText(note)));
    box->setInformativeText(tr("It was handed to the mail server, but no answer came back. If it did arrive, "
                               "sending it again means %1 gets it twice. If you can, look in their mailbox or "
                               "your mail server's log first.")
                                .arg(note.recipientName.isEmpty() ? note.recipientEmail : note.recipientName));
    QPushButton *again = box->addButton(tr("Send &Again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("sendAgainButton"));
    QPushButton *keep = box->addButton(tr("&Don't Send"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("dontSendButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    ask(box, again, [this, note] { run(Action::Retry, note); });
}

void OutboxPage::cancelNote()
{
    const OutboxEntry *entry = currentEntry();
    if (!m_session || m_busy || !entry || !canCancel(entry->note.state))
        return;
    const Note note = entry->note;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("cancelPrompt"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Cancel the Note?"));
    box->setText(tr("Cancel the note to %1, \"%2\"?").arg(OutboxTableModel::recipientText(note), note.subject));
    QString consequence = tr("It will not be sent. It stays in the Outbox under Cancelled, and you can write a "
                             "new note from the case.");
    if (note.state == NoteState::MayHaveBeenSent)
        consequence += u' ' + tr("It may have arrived already: cancelling does not take it back.");
    box->setInformativeText(consequence);
    QPushButton *cancel = box->addButton(tr("Cancel &Note"), QMessageBox::AcceptRole);
    cancel->setObjectName(QStringLiteral("cancelNoteButton"));
    QPushButton *keep = box->addButton(tr("&Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    ask(box, cancel, [this, note] { run(Action::Cancel, note); });
}

void OutboxPage::confirmSent()
{
    const OutboxEntry *entry = currentEntry();
    if (!m_session || m_busy || !entry || !canConfirmSent(entry->note.state))
        return;
    run(Action::ConfirmSent, entry->note);
}

void OutboxPage::run(Action action, const Note &note)
{
    if (!m_session)
        return;
    m_busy = true;
    m_selectedNoteId = note.id;
    updateState();
    const qint64 id = note.id;
    const int version = note.version;
    m_session->run<NoteRef>(
        this,
        [action, id, version](ServiceContext &context) -> Result<NoteRef> {
            NoteService notes(context);
            switch (action) {
            case Action::Retry:
                return notes.retry(id, version);
            case Action::Cancel:
                return notes.cancel(id, version);
            case Action::ConfirmSent:
                break;
            }
            return notes.confirmSent(id, version);
        },
        [this, action, id](const Result<NoteRef> &done) {
            m_busy = false;
            m_selectedNoteId = id;
            if (!done) {
                // Someone else (another desk, the sender) moved the note on:
                // the list shows it as it is now, and says so.
                const Error &error = done.error();
                if (error.code == ErrorCode::Conflict || error.code == ErrorCode::InvalidInput) {
                    m_messageLine->showText(error.message + u' '
                                            + tr("The Outbox now shows the note as it is."));
                    Q_EMIT errorOccurred(error);
                } else {
                    showError(error);
                }
            } else {
                m_messageLine->hide();
                if (action == Action::Retry)
                    Q_EMIT noteRetried(id);
            }
            // After a failure too: what stopped the change is worth seeing.
            m_model->refresh();
            refreshCounts();
            updateState();
        });
}

QString OutboxPage::emptyStateText() const
{
    if (!m_hasDatabase)
        return tr("No database is open.");
    if (!m_model->hasDatabase())
        return tr("Choose who is working at this desk (File ▸ Switch Profile…) to see the Outbox.");
    if (!m_model->hasLoaded() || m_model->isLoading() || m_model->rowCount() > 0)
        return {};
    if (m_model->hasFailed())
        return tr("The Outbox could not be loaded. The message above says why; try again with F5.");
    switch (m_model->show()) {
    case OutboxTableModel::Show::NeedsAttention:
        return tr("No note needs your attention. Notes that failed or may have been sent show here.");
    case OutboxTableModel::Show::Waiting:
        return tr("No note is waiting to be sent.");
    case OutboxTableModel::Show::Sent:
        return tr("No note has been sent yet.");
    case OutboxTableModel::Show::Cancelled:
        return tr("No note has been cancelled.");
    case OutboxTableModel::Show::All:
        break;
    }
    return tr("The Outbox is empty. A thank-you note shows here once it is sent from its case.");
}

void OutboxPage::updateState()
{
    if (!m_model || !m_view)
        return;
    m_loading->setVisible(m_model->isLoading() || m_busy);
    const OutboxEntry *entry = currentEntry();
    const bool free = entry && !m_busy;
    m_retryButton->setEnabled(free && canRetry(entry->note.state));
    m_cancelButton->setEnabled(free && canCancel(entry->note.state));
    m_confirmButton->setEnabled(free && canConfirmSent(entry->note.state));
    m_openButton->setEnabled(entry && entry->note.caseId != 0);
    const QString empty = emptyStateText();
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

void OutboxPage::showError(const Error &error)
{
    m_messageLine->showError(error);
    updateState();
    Q_EMIT errorOccurred(error);
}

} // namespace fairwell
