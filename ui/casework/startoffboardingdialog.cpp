// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/startoffboardingdialog.h"

#include "domain/money.h"
#include "domain/playbook.h"
#include "services/caseworkservice.h"
#include "services/playbookservice.h"
#include "services/queueservice.h"
#include "services/taxonomyservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace fairwell {

namespace {

// A newer request of one kind overtakes an older one still waiting.
const QString SearchJob = QStringLiteral("start-offboarding-search");
const QString MatchingJob = QStringLiteral("start-offboarding-playbook");

constexpr int ReasonCategoryRole = Qt::UserRole + 1;

// Runs `work` on the session; `done` gets the answer with the job's id, so
// the caller can tell a stale answer from the one it waits for.
template<typename T>
quint64 askWithId(Session *session, QObject *receiver, const QString &kind,
                  std::function<Result<T>(ServiceContext &)> work,
                  std::function<void(quint64, const Result<T> &)> done)
{
    auto asked = std::make_shared<quint64>(0);
    *asked = session->run<T>(
        receiver, std::move(work), [asked, done = std::move(done)](const Result<T> &result) { done(*asked, result); },
        Session::JobOptions{kind, {}, false});
    return *asked;
}

} // namespace

StartOffboardingDialog::StartOffboardingDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Start Offboarding"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name or external ID…"));
    m_search->setAccessibleName(tr("Search accounts by name or external ID"));
    auto *searchLabel = new QLabel(tr("&Account:"), this);
    searchLabel->setBuddy(m_search);

    m_matchModel = new QStandardItemModel(this);
    m_matchList = new QListView(this);
    m_matchList->setObjectName(QStringLiteral("accountMatches"));
    m_matchList->setModel(m_matchModel);
    m_matchList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matchList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matchList->setUniformItemSizes(true);
    m_matchList->setAccessibleName(tr("Matching accounts"));
    m_matchList->setMinimumHeight(fontMetrics().height() * 7);

    m_searchState = new QLabel(this);
    m_searchState->setObjectName(QStringLiteral("searchState"));
    m_searchState->setEnabled(false); // muted: a hint, not a warning

    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("chosenAccount"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openCaseNote = new QLabel(this);
    m_openCaseNote->setObjectName(QStringLiteral("openCaseNote"));
    m_openCaseNote->setWordWrap(true);
    m_openCaseNote->hide();

    m_effectiveOn = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_effectiveOn->setObjectName(QStringLiteral("effectiveOn"));
    m_effectiveOn->setCalendarPopup(true);
    m_effectiveOn->setAccessibleName(tr("Effective date: the day the contract ends"));

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("firstReason"));
    m_reason->setAccessibleName(tr("First exit reason"));
    m_reason->addItem(tr("No reason yet"), qint64(0));
    m_reason->setItemData(0, qint64(0), ReasonCategoryRole);

    m_playbook = new QComboBox(this);
    m_playbook->setObjectName(QStringLiteral("playbook"));
    m_playbook->setAccessibleName(tr("Playbook"));
    m_playbook->addItem(QString(), qint64(0));
    m_playbook->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("&Effective date:"), m_effectiveOn);
    form->addRow(tr("First &reason:"), m_reason);
    form->addRow(tr("&Playbook:"), m_playbook);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_startButton = m_buttons->addButton(tr("&Start Offboarding"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("start"));
    m_startButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartOffboardingDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_matchList, 1);
    layout->addWidget(m_searchState);
    layout->addWidget(m_chosenLabel);
    layout->addWidget(m_openCaseNote);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 480);

    setTabOrder(m_search, m_matchList);
    setTabOrder(m_matchList, m_effectiveOn);
    setTabOrder(m_effectiveOn, m_reason);
    setTabOrder(m_reason, m_playbook);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &StartOffboardingDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_matchList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    choose(current.row());
            });
    connect(m_matchList, &QListView::activated, this, &StartOffboardingDialog::confirmChoice);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &StartOffboardingDialog::refreshMatchingPlaybook);
    m_search->installEventFilter(this);
    m_matchList->installEventFilter(this);

    updateState();
    refreshMatchingPlaybook();
    loadChoices();
    m_search->setFocus();
}

StartOffboardingDialog::~StartOffboardingDialog() = default;

QString StartOffboardingDialog::matchText(const AccountMatch &match)
{
    const QString text = tr("%1 — %2 · %3 · %4")
                             .arg(match.name, match.externalId, match.plan,
                                  Money(match.mrrMinor, match.currency).format(QLocale()));
    return match.openCaseId != 0 ? tr("%1 (has an open case)").arg(text) : text;
}

bool StartOffboardingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_matchModel->rowCount() > 0) {
            m_matchList->setFocus();
            if (!m_matchList->currentIndex().isValid())
                m_matchList->setCurrentIndex(m_matchModel->index(0, 0));
            return true;
        }
        if (enter) {
            // Enter in the search box picks (the first) match; it never
            // starts a case for an account the person has not seen.
            if (m_searchDelay->isActive() || m_matchModel->rowCount() == 0) {
                search();
                return true;
            }
            if (!m_matchList->currentIndex().isValid())
                m_matchList->setCurrentIndex(m_matchModel->index(0, 0));
            confirmChoice();
            return true;
        }
    } else if (watched == m_matchList) {
        if (enter) {
            confirmChoice();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_matchList->currentIndex().row() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StartOffboardingDialog::search()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchRequest = 0;
        m_matches.clear();
        m_matchModel->clear();
        m_searchState->clear();
        return;
    }
    m_searchState->setText(tr("Searching…"));
    m_searchRequest = askWithId<QList<AccountMatch>>(
        m_session, this, SearchJob,
        [text](ServiceContext &context) { return QueueService(context).searchAccounts(text, MatchLimit); },
        [this](quint64 id, const Result<QList<AccountMatch>> &matches) { showMatches(id, matches); });
}

void StartOffboardingDialog::showMatches(quint64 requestId, const Result<QList<AccountMatch>> &matches)
{
    if (requestId == 0 || requestId != m_searchRequest)
        return; // a newer search is under way
    m_searchRequest = 0;
    if (!matches) {
        m_searchState->clear();
        showError(matches.error().text());
        return;
    }
    m_matches = *matches;
    m_matchModel->clear();
    int chosenRow = -1;
    for (const AccountMatch &match : std::as_const(m_matches)) {
        auto *item = new QStandardItem(matchText(match));
        item->setData(match.accountId, Qt::UserRole);
        item->setEditable(false);
        if (m_chosen && m_chosen->accountId == match.accountId)
            chosenRow = m_matchModel->rowCount();
        m_matchModel->appendRow(item);
    }
    if (chosenRow >= 0)
        m_matchList->setCurrentIndex(m_matchModel->index(chosenRow, 0));
    if (m_matches.isEmpty())
        m_searchState->setText(tr("No account matches “%1”.").arg(m_search->text().trimmed()));
    else if (m_matches.size() >= MatchLimit)
        m_searchState->setText(tr("The first %n matches; type more to narrow them down.", nullptr, MatchLimit));
    else
        m_searchState->setText(tr("%n match(es); Down arrow to choose.", nullptr, int(m_matches.size())));
}

void StartOffboardingDialog::choose(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    const bool changed = !m_chosen || m_chosen->accountId != m_matches.at(row).accountId;
    m_chosen = m_matches.at(row);
    m_message->hide();
    updateState();
    if (changed)
        refreshMatchingPlaybook();
}

void StartOffboardingDialog::confirmChoice()
{
    const QModelIndex current = m_matchList->currentIndex();
    if (!current.isValid())
        return;
    choose(current.row());
    // The next thing to decide: the date, or (an open case) the button.
    if (m_chosen && m_chosen->openCaseId != 0)
        m_startButton->setFocus();
    else
        m_effectiveOn->setFocus();
}

void StartOffboardingDialog::loadChoices()
{
    m_session->run<QList<ReasonChoice>>(
        this, [](ServiceContext &context) { return TaxonomyService(context).activeReasons(); },
        [this](const Result<QList<ReasonChoice>> &reasons) {
            if (!reasons)
                showError(reasons.error().text());
            else
                showReasons(*reasons);
        });
    m_session->run<QList<Playbook>>(
        this, [](ServiceContext &context) { return TaxonomyService(context).activePlaybooks(); },
        [this](const Result<QList<Playbook>> &playbooks) {
            if (!playbooks)
                showError(playbooks.error().text());
            else
                showPlaybooks(*playbooks);
        });
}

void StartOffboardingDialog::showReasons(const QList<ReasonChoice> &reasons)
{
    const qint64 current = m_reason->currentData().toLongLong();
    const QSignalBlocker quiet(m_reason);
    while (m_reason->count() > 1)
        m_reason->removeItem(m_reason->count() - 1);
    for (const ReasonChoice &reason : reasons) {
        m_reason->addItem(tr("%1 › %2").arg(reason.category, reason.name), reason.id);
        m_reason->setItemData(m_reason->count() - 1, reason.categoryId, ReasonCategoryRole);
    }
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(current)));
}

void StartOffboardingDialog::showPlaybooks(const QList<Playbook> &playbooks)
{
    const qint64 current = m_playbook->currentData().toLongLong();
    while (m_playbook->count() > 1)
        m_playbook->removeItem(m_playbook->count() - 1);
    for (const Playbook &playbook : playbooks)
        m_playbook->addItem(playbook.name, playbook.id);
    m_playbook->setCurrentIndex(qMax(0, m_playbook->findData(current)));
}

void StartOffboardingDialog::refreshMatchingPlaybook()
{
    if (!m_chosen) {
        m_matchingRequest = 0;
        m_playbook->setItemText(0, tr("Matching playbook (choose an account first)"));
        return;
    }
    m_playbook->setItemText(0, tr("Matching playbook (looking…)"));
    const qint64 accountId = m_chosen->accountId;
    const qint64 categoryId = m_reason->currentData(ReasonCategoryRole).toLongLong();
    m_matchingRequest = askWithId<Playbook>(
        m_session, this, MatchingJob,
        [accountId, categoryId](ServiceContext &context) {
            return PlaybookService(context).chooseFor(accountId, categoryId);
        },
        [this](quint64 id, const Result<Playbook> &playbook) { showMatchingPlaybook(id, playbook); });
}

void StartOffboardingDialog::showMatchingPlaybook(quint64 requestId, const Result<Playbook> &playbook)
{
    if (requestId == 0 || requestId != m_matchingRequest)
        return;
    m_matchingRequest = 0;
    if (playbook) {
        m_playbook->setItemText(0, tr("Matching playbook (%1)").arg(playbook->name));
        return;
    }
    m_playbook->setItemText(0, tr("Matching playbook (none fits)"));
    // Told before the person starts, so they can pick a playbook instead.
    if (playbook.error().code == ErrorCode::NotFound)
        showError(tr("%1 Choose a playbook from the list.").arg(playbook.error().message));
    else
        showError(playbook.error().text());
}

StartOffboardingInput StartOffboardingDialog::input() const
{
    StartOffboardingInput input;
    input.accountId = m_chosen ? m_chosen->accountId : 0;
    input.effectiveOn = m_effectiveOn->date();
    input.firstReasonId = m_reason->currentData().toLongLong();
    input.playbookId = m_playbook->currentData().toLongLong();
    return input;
}

void StartOffboardingDialog::submit()
{
    if (m_busy || !m_chosen)
        return;
    if (m_chosen->openCaseId != 0) {
        m_caseId = m_chosen->openCaseId;
        m_openedExisting = true;
        accept();
        return;
    }
    m_busy = true;
    m_message->hide();
    updateState();
    const StartOffboardingInput request = input();
    m_session->run<StartOffboardingOutcome>(
        this, [request](ServiceContext &context) { return CaseWorkService(context).startOffboarding(request); },
        [this](const Result<StartOffboardingOutcome> &outcome) { finish(outcome); });
}

void StartOffboardingDialog::finish(const Result<StartOffboardingOutcome> &outcome)
{
    m_busy = false;
    updateState();
    if (!outcome) {
        // Everything chosen stays, so the person can correct it.
        showError(tr("Not started: %1").arg(outcome.error().text()));
        return;
    }
    m_caseId = outcome->caseId;
    // Someone else may have started one for the account in the meantime.
    m_openedExisting = outcome->existing;
    accept();
}

void StartOffboardingDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void StartOffboardingDialog::updateState()
{
    const bool existing = m_chosen && m_chosen->openCaseId != 0;
    if (m_chosen)
        m_chosenLabel->setText(tr("Chosen: %1").arg(matchText(*m_chosen)));
    else
        m_chosenLabel->setText(tr("No account chosen yet: type part of its name, then press the Down arrow."));
    if (existing)
        m_openCaseNote->setText(
            tr("%1 already has an open case. Open it to carry on there; a second case is not started.")
                .arg(m_chosen->name));
    m_openCaseNote->setVisible(existing);
    m_startButton->setText(existing ? tr("&Open Existing Case") : tr("&Start Offboarding"));
    m_startButton->setEnabled(!m_busy && m_chosen.has_value());
    for (QWidget *field : {static_cast<QWidget *>(m_effectiveOn), static_cast<QWidget *>(m_reason),
                           static_cast<QWidget *>(m_playbook)})
        field->setEnabled(!existing && !m_busy);
}

} // namespace fairwell
