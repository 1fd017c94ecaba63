// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/drilldowndialog.h"

#include "common/listtable.h"
#include "common/localetext.h"
#include "dashboards/dashboardcharts.h"
#include "domain/money.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fairwell {

DrillDownDialog::DrillDownDialog(const QString &title, const QList<DrillCase> &cases, int limit, QWidget *parent)
    : QDialog(parent)
    , m_cases(cases)
{
    setWindowTitle(title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(cases.size() >= limit
                           ? tr("The latest %n case(s); there may be more. Double-click a case or press Enter to "
                                "open it.", nullptr, int(cases.size()))
                           : tr("%n case(s). Double-click a case or press Enter to open it.", nullptr,
                                int(cases.size())));

    m_table = new QTableWidget(int(cases.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("drillCases"));
    m_table->setAccessibleName(title);
    ListTable::setUp(m_table);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Segment"), tr("Plan"), tr("Owner"), tr("Opened"),
                                        tr("Closed"), tr("Outcome"), tr("Reason"), tr("MRR lost")});
    const QLocale locale;
    for (int row = 0; row < cases.size(); ++row) {
        const DrillCase &line = cases.at(row);
        const QString mrr = line.currency.isEmpty() ? QString() : Money(line.mrrLostMinor, line.currency).format(locale);
        const QStringList cells{line.accountName,
                                DashboardCharts::segmentName(line.segment),
                                line.plan,
                                line.ownerName.isEmpty() ? tr("Unassigned") : line.ownerName,
                                LocaleText::date(line.openedOn),
                                line.closedOn.isValid() ? LocaleText::date(line.closedOn) : tr("Open"),
                                line.outcome ? DashboardCharts::outcomeName(*line.outcome) : QString(),
                                line.reasonName,
                                mrr};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == MrrLostColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->resizeSection(AccountColumn, 24 * fontMetrics().averageCharWidth());
    if (!cases.isEmpty())
        m_table->setCurrentCell(0, AccountColumn);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { activateRow(row); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 28);
    m_table->setFocus();
}

qint64 DrillDownDialog::caseIdAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? m_cases.at(row).caseId : 0;
}

bool DrillDownDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the case, as in the case lists, rather than closing the dialog.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateRow(m_table->currentRow());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DrillDownDialog::activateRow(int row)
{
    if (const qint64 caseId = caseIdAt(row))
        Q_EMIT caseActivated(caseId);
}

} // namespace fairwell
