// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/outboxtablemodel.h"

#include "common/localetext.h"
#include "services/noteservice.h"
#include "session/session.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <memory>

namespace fairwell {

namespace {

// A newer request overtakes an older one still waiting in the session's queue.
const QString PageJob = QStringLiteral("outbox-page");

// A refresh fetches what was shown, within reason.
constexpr int MaxRefreshRows = 2000;

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

bool isQueuedAgain(const Note &note)
{
    return note.state == NoteState::Queued && note.attempts > 0;
}

} // namespace

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OutboxTableModel::~OutboxTableModel() = default;

QList<NoteState> OutboxTableModel::statesOf(Show show)
{
    switch (show) {
    case Show::NeedsAttention:
        return {NoteState::Failed, NoteState::MayHaveBeenSent};
    case Show::Waiting:
        return {NoteState::Queued, NoteState::Sending};
    case Show::Sent:
        return {NoteState::Sent};
    case Show::Cancelled:
        return {NoteState::Cancelled};
    case Show::All:
        break;
    }
    return {};
}

bool OutboxTableModel::needsAttention(NoteState state)
{
    return state == NoteState::Failed || state == NoteState::MayHaveBeenSent;
}

void OutboxTableModel::setRequest(quint64 id)
{
    const bool before = isLoading();
    m_request = id;
    if (isLoading() != before)
        Q_EMIT loadingChanged(isLoading());
}

void OutboxTableModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void OutboxTableModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    reload();
}

void OutboxTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void OutboxTableModel::reload()
{
    // Notes of another "Show" must not stay under this one's name.
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loaded = false;
    m_failed = false;
    endResetModel();
    if (!m_session)
        setRequest(0);
    requestPage(m_pageSize, false);
}

void OutboxTableModel::refresh()
{
    if (!m_loaded || m_rows.isEmpty()) {
        reload();
        return;
    }
    m_failed = false;
    requestPage(int(qBound(qsizetype(m_pageSize), m_rows.size(), qsizetype(MaxRefreshRows))), true);
}

void OutboxTableModel::requestPage(int limit, bool replace)
{
    if (!m_session)
        return;
    OutboxFilter filter;
    filter.states = statesOf(m_show);
    // One more than wanted tells whether another page follows.
    filter.limit = limit + 1;
    if (!replace && !m_rows.isEmpty()) {
        filter.afterUpdatedAt = m_rows.constLast().note.updatedAt;
        filter.afterId = m_rows.constLast().note.id;
    }
    // The job's id travels with its answer, so an answer for a list asked
    // for before is dropped.
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<QList<OutboxEntry>>(
        this, [filter](ServiceContext &context) { return NoteService(context).outbox(filter); },
        [this, asked, limit](const Result<QList<OutboxEntry>> &entries) { onPageLoaded(*asked, limit, entries); },
        Session::JobOptions{PageJob, {}, false});
    m_replaces = replace;
    setRequest(*asked);
}

void OutboxTableModel::onPageLoaded(quint64 requestId, int limit, const Result<QList<OutboxEntry>> &entries)
{
    if (requestId == 0 || requestId != m_request)
        return; // stale
    if (!entries) {
        // What was shown stays, and the failure is told: a list that could
        // not load must never look like an empty one.
        m_failed = true;
        m_loaded = true;
        m_hasMore = false; // no retry loop from the view's fetchMore
        m_replaces = false;
        setRequest(0);
        Q_EMIT errorOccurred(entries.error());
        Q_EMIT loaded();
        return;
    }
    QList<OutboxEntry> page = *entries;
    const bool more = page.size() > limit;
    if (more)
        page.resize(limit);
    if (m_replaces) {
        beginResetModel();
        m_rows = page;
        endResetModel();
    } else if (!page.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_hasMore = more;
    m_loaded = true;
    m_replaces = false;
    setRequest(0);
    Q_EMIT loaded();
}

bool OutboxTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_hasMore && !isLoading();
}

void OutboxTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pageSize, false);
}

const OutboxEntry *OutboxTableModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return entryAt(index.row());
}

const OutboxEntry *OutboxTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxTableModel::rowOf(qint64 noteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).note.id == noteId)
            return row;
    }
    return -1;
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::stateText(NoteState state)
{
    QString word = NoteService::stateWord(state);
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

QIcon OutboxTableModel::stateIcon(NoteState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case NoteState::Draft:
        return style->standardIcon(QStyle::SP_FileIcon);
    case NoteState::Queued:
        return style->standardIcon(QStyle::SP_ArrowRight);
    case NoteState::Sending:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case NoteState::Sent:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case NoteState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case NoteState::MayHaveBeenSent:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case NoteState::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

QString OutboxTableModel::stateExplanation(const Note &note)
{
    switch (note.state) {
    case NoteState::Draft:
        return tr("Still a draft: it has not been sent.");
    case NoteState::Queued:
        if (isQueuedAgain(note))
            return tr("The mail server could not take it yet; it will be tried again at %1.")
                .arg(LocaleText::instant(note.nextAttemptAt));
        return tr("Waiting to be handed to the mail server.");
    case NoteState::Sending:
        return tr("Being handed to the mail server now.");
    case NoteState::Sent:
        switch (note.delivery) {
        case NoteDelivery::MailClient:
            return tr("Sent from the desktop mail client on %1.").arg(LocaleText::instant(note.sentAt));
        case NoteDelivery::Eml:
            return tr("Saved as an .eml file and marked as sent on %1.").arg(LocaleText::instant(note.sentAt));
        case NoteDelivery::Smtp:
            break;
        }
        return tr("The mail server accepted it on %1.").arg(LocaleText::instant(note.sentAt));
    case NoteState::Failed:
        return tr("It was not sent. The server's answer says why; retry it or cancel it.");
    case NoteState::MayHaveBeenSent:
        return tr("It was handed to the mail server, but no answer came back, so it may or may not have "
                  "arrived. Check, then confirm it as sent or retry it.");
    case NoteState::Cancelled:
        return tr("Cancelled: it will not be sent.");
    }
    return {};
}

QString OutboxTableModel::recipientText(const Note &note)
{
    if (note.recipientName.isEmpty())
        return note.recipientEmail;
    return tr("%1 <%2>").arg(note.recipientName, note.recipientEmail);
}

QVariant OutboxTableModel::displayText(const OutboxEntry &entry, int column) const
{
    const Note &note = entry.note;
    switch (column) {
    case StateColumn:
        return stateText(note.state);
    case AccountColumn:
        return entry.accountName;
    case ToColumn:
        return recipientText(note);
    case SubjectColumn:
        return note.subject;
    case AuthorColumn:
        return entry.authorName.isEmpty() ? tr("Unknown") : entry.authorName;
    case WhenColumn:
        return LocaleText::instant(note.state == NoteState::Sent && note.sentAt.isValid() ? note.sentAt
                                                                                          : note.updatedAt);
    case AttemptsColumn:
        return QLocale().toString(note.attempts);
    case NextAttemptColumn:
        return isQueuedAgain(note) ? LocaleText::instant(note.nextAttemptAt) : QString();
    case ServerAnswerColumn:
        return firstLine(note.lastError);
    default:
        return {};
    }
}

QVariant OutboxTableModel::rawValue(const OutboxEntry &entry, int column) const
{
    const Note &note = entry.note;
    switch (column) {
    case StateColumn:
        return toString(note.state);
    case AccountColumn:
        return entry.accountName;
    case ToColumn:
        return note.recipientEmail;
    case SubjectColumn:
        return note.subject;
    case AuthorColumn:
        return note.authorId;
    case WhenColumn:
        return note.state == NoteState::Sent && note.sentAt.isValid() ? note.sentAt : note.updatedAt;
    case AttemptsColumn:
        return note.attempts;
    case NextAttemptColumn:
        return isQueuedAgain(note) ? note.nextAttemptAt : QDateTime();
    case ServerAnswerColumn:
        return note.lastError;
    default:
        return {};
    }
}

QVariant OutboxTableModel::toolTip(const OutboxEntry &entry, int column) const
{
    const Note &note = entry.note;
    switch (column) {
    case StateColumn:
        return stateExplanation(note);
    case ToColumn: {
        if (note.cc.isEmpty())
            return {};
        QStringList cc;
        for (const MailAddress &address : note.cc)
            cc.append(address.name.isEmpty() ? address.address : tr("%1 <%2>").arg(address.name, address.address));
        return tr("Cc: %1").arg(cc.join(QStringLiteral(", ")));
    }
    case SubjectColumn:
        return note.subject;
    case WhenColumn:
        if (note.state == NoteState::Sent && note.sentAt.isValid())
            return tr("Sent on %1").arg(LocaleText::instant(note.sentAt));
        return tr("Last changed on %1").arg(LocaleText::instant(note.updatedAt));
    case ServerAnswerColumn:
        // The whole answer: a server's reply can run over several lines.
        return note.lastError.isEmpty() ? QVariant() : QVariant(note.lastError);
    default:
        return {};
    }
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *e = entry(index);
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*e, index.column());
    case Qt::AccessibleTextRole:
        // A screen reader hears what the icon and the word say together.
        if (index.column() == StateColumn)
            return tr("%1: %2").arg(stateText(e->note.state), stateExplanation(e->note));
        return displayText(*e, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateIcon(e->note.state);
        return {};
    case Qt::ToolTipRole:
        return toolTip(*e, index.column());
    case Qt::TextAlignmentRole:
        return int((index.column() == AttemptsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case NoteIdRole:
        return e->note.id;
    case CaseIdRole:
        return e->note.caseId;
    case StateKeyRole:
        return toString(e->note.state);
    case RawValueRole:
        return rawValue(*e, index.column());
    case NeedsAttentionRole:
        return needsAttention(e->note.state);
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == AttemptsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WhenColumn:
            return tr("When a sent note went out; for any other, when it last changed.");
        case NextAttemptColumn:
            return tr("When a note the mail server could not take yet is tried again.");
        case ServerAnswerColumn:
            return tr("What the mail server said the last time, or what went wrong.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case AccountColumn:
        return tr("Account");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case AuthorColumn:
        return tr("Author");
    case WhenColumn:
        return tr("Sent or Changed");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next Attempt");
    case ServerAnswerColumn:
        return tr("Server's Answer");
    default:
        return {};
    }
}

} // namespace fairwell
