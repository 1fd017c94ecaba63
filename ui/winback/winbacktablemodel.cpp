// SPDX-License-Identifier: GPL-3.0-or-later
#include "winback/winbacktablemodel.h"

#include "common/localetext.h"
#include "domain/money.h"
#include "session/session.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <memory>

namespace fairwell {

namespace {

// A newer load overtakes an older one still waiting in the session's queue.
const QString LoadJob = QStringLiteral("winback-lines");

bool isPlanned(const WinbackLine &line)
{
    return line.checkin.status == CheckinStatus::Planned;
}

} // namespace

WinbackTableModel::WinbackTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

WinbackTableModel::~WinbackTableModel() = default;

void WinbackTableModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void WinbackTableModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    // Lines of another view must not stay under this one's name.
    beginResetModel();
    m_lines.clear();
    endResetModel();
    reload();
}

void WinbackTableModel::setRequest(quint64 id)
{
    const bool before = isLoading();
    m_request = id;
    if (isLoading() != before)
        Q_EMIT loadingChanged(isLoading());
}

void WinbackTableModel::reload()
{
    m_failed = false;
    if (!m_session) {
        beginResetModel();
        m_lines.clear();
        m_loaded = false;
        endResetModel();
        setRequest(0);
        return;
    }
    const Show show = m_show;
    const QDate until = QDate::currentDate().addDays(DueSoonDays);
    std::function<Result<QList<WinbackLine>>(ServiceContext &)> work = [show, until](ServiceContext &context) {
        WinbackService service(context);
        switch (show) {
        case Show::DueSoon:
            return service.planned(until, RowLimit);
        case Show::AllPlanned:
            return service.planned(QDate(), RowLimit);
        case Show::Finished:
            break;
        }
        return service.finished(RowLimit);
    };
    // The job's id travels with its answer, so an answer for a view left
    // since is dropped.
    auto asked = std::make_shared<quint64>(0);
    *asked = m_session->run<QList<WinbackLine>>(
        this, std::move(work),
        [this, asked](const Result<QList<WinbackLine>> &lines) { onLoaded(*asked, lines); },
        Session::JobOptions{LoadJob, {}, false});
    setRequest(*asked);
}

void WinbackTableModel::onLoaded(quint64 requestId, const Result<QList<WinbackLine>> &lines)
{
    if (requestId == 0 || requestId != m_request)
        return; // stale
    if (!lines) {
        // What was shown stays, and the failure is told: a list that could
        // not load must never look like an empty one.
        m_failed = true;
        m_loaded = true;
        setRequest(0);
        Q_EMIT errorOccurred(lines.error());
        Q_EMIT loaded();
        return;
    }
    beginResetModel();
    m_lines = *lines;
    m_loaded = true;
    endResetModel();
    setRequest(0);
    Q_EMIT loaded();
}

const WinbackLine *WinbackTableModel::line(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return lineAt(index.row());
}

const WinbackLine *WinbackTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int WinbackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int WinbackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WinbackTableModel::outcomeText(const WinbackLine &line)
{
    if (!line.checkin.outcome) {
        if (line.checkin.status == CheckinStatus::Cancelled)
            return tr("Cancelled");
        return isPlanned(line) ? tr("Planned") : QString();
    }
    switch (*line.checkin.outcome) {
    case CheckinOutcome::Returned:
        return tr("Returned");
    case CheckinOutcome::NotYet:
        return tr("Not now");
    case CheckinOutcome::Declined:
        return tr("Do not contact again");
    case CheckinOutcome::NoAnswer:
        return tr("No answer");
    }
    return {};
}

QVariant WinbackTableModel::displayText(const WinbackLine &line, int column) const
{
    switch (column) {
    case AccountColumn:
        return line.accountName;
    case DueColumn:
        // Overdue is said in words, not by colour alone.
        if (line.overdue)
            return tr("Overdue: %1").arg(LocaleText::date(line.checkin.dueOn));
        return LocaleText::date(line.checkin.dueOn);
    case AssigneeColumn:
        return line.assigneeName.isEmpty() ? tr("Unassigned") : line.assigneeName;
    case ClosedColumn:
        return LocaleText::date(line.closedOn);
    case MrrLostColumn:
        return Money(line.mrrLostMinor, line.currency).format(QLocale());
    case OutcomeColumn:
        return outcomeText(line);
    case ReturnedColumn:
        return LocaleText::date(line.returnedOn);
    case NewMrrColumn:
        if (!line.returnedOn.isValid())
            return QString();
        return Money(line.newMrrMinor, line.currency).format(QLocale());
    default:
        return {};
    }
}

QVariant WinbackTableModel::rawValue(const WinbackLine &line, int column) const
{
    switch (column) {
    case AccountColumn:
        return line.accountName;
    case DueColumn:
        return line.checkin.dueOn;
    case AssigneeColumn:
        return line.checkin.assigneeId;
    case ClosedColumn:
        return line.closedOn;
    case MrrLostColumn:
        return line.mrrLostMinor;
    case OutcomeColumn:
        return line.checkin.outcome ? toString(*line.checkin.outcome) : QString();
    case ReturnedColumn:
        return line.returnedOn;
    case NewMrrColumn:
        return line.newMrrMinor;
    default:
        return {};
    }
}

QVariant WinbackTableModel::data(const QModelIndex &index, int role) const
{
    const WinbackLine *l = line(index);
    if (!l || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool money = index.column() == MrrLostColumn || index.column() == NewMrrColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*l, index.column());
    case Qt::DecorationRole:
        if (index.column() == DueColumn && l->overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && l->overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && !l->checkin.notes.isEmpty())
            return l->checkin.notes;
        if (index.column() == DueColumn && l->overdue)
            return tr("This check-in was due on %1 and has no outcome yet.").arg(LocaleText::date(l->checkin.dueOn));
        return {};
    case Qt::TextAlignmentRole:
        return int((money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case CheckinIdRole:
        return l->checkin.id;
    case CaseIdRole:
        return l->checkin.caseId;
    case RawValueRole:
        return rawValue(*l, index.column());
    case OverdueRole:
        return l->overdue;
    case PlannedRole:
        return isPlanned(*l);
    default:
        return {};
    }
}

QVariant WinbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool money = section == MrrLostColumn || section == NewMrrColumn;
        return int((money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case DueColumn:
        return tr("Due");
    case AssigneeColumn:
        return tr("Assignee");
    case ClosedColumn:
        return tr("Closed On");
    case MrrLostColumn:
        return tr("MRR Lost");
    case OutcomeColumn:
        return tr("Outcome");
    case ReturnedColumn:
        return tr("Returned On");
    case NewMrrColumn:
        return tr("New MRR");
    default:
        return {};
    }
}

} // namespace fairwell
