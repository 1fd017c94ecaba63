// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/verbatimpanel.h"

#include "common/listtable.h"
#include "common/localetext.h"
#include "dashboards/dashboardservice.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fairwell {

namespace {

constexpr int kTypingPauseMs = 300;
const QString kLoadJob = QStringLiteral("dashboards-verbatims");

} // namespace

VerbatimPanel::VerbatimPanel(QWidget *parent)
    : QWidget(parent)
{
    m_reasonLabel = new QLabel(this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("verbatimReason"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reason->addItem(QString()); // "All reasons"
    m_reasonLabel->setBuddy(m_reason);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("verbatimSearch"));
    m_search->setClearButtonEnabled(true);
    m_state = new QLabel(this);
    m_state->setEnabled(false); // muted

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("verbatims"));
    ListTable::setUp(m_table);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(0, 12 * charWidth + 16);
    m_table->horizontalHeader()->resizeSection(1, 22 * charWidth + 16);
    m_table->horizontalHeader()->resizeSection(2, 20 * charWidth + 16);
    m_table->horizontalHeader()->resizeSection(3, 8 * charWidth + 16);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { activateRow(row); });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &VerbatimPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_reason, &QComboBox::activated, this, &VerbatimPanel::reload);

    auto *row = new QHBoxLayout;
    row->addWidget(m_reasonLabel);
    row->addWidget(m_reason);
    row->addWidget(m_search, 1);
    row->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void VerbatimPanel::retranslateUi()
{
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setItemText(0, tr("All reasons"));
    m_search->setPlaceholderText(tr("Search the customers' words"));
    m_search->setAccessibleName(tr("Search the customers' words"));
    m_table->setHorizontalHeaderLabels({tr("Closed"), tr("Account"), tr("Reason"), tr("Score"), tr("In their words")});
    m_table->setAccessibleName(tr("The customers' own words"));
}

void VerbatimPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VerbatimPanel::setSession(Session *session)
{
    m_session = session;
    m_verbatims.clear();
    showVerbatims({});
}

void VerbatimPanel::setFilter(const DashboardFilter &filter, const QList<ReasonSlice> &reasons)
{
    m_filter = filter;
    const QVariant chosen = m_reason->currentData();
    {
        const QSignalBlocker blocker(m_reason);
        m_reason->clear();
        m_reason->addItem(tr("All reasons"));
        for (const ReasonSlice &reason : reasons) {
            m_reason->addItem(reason.reasonId == 0 ? tr("No reason recorded") : reason.reasonName,
                              reason.reasonId);
        }
        m_reason->setCurrentIndex(qMax(0, m_reason->findData(chosen)));
    }
    reload();
}

void VerbatimPanel::reload()
{
    m_debounce->stop();
    if (!m_session || !m_filter.from.isValid())
        return;
    const DashboardFilter filter = m_filter;
    std::optional<qint64> reasonId;
    if (m_reason->currentData().isValid())
        reasonId = m_reason->currentData().toLongLong();
    const QString text = m_search->text().trimmed();
    m_loading = true;
    m_state->setText(tr("Searching…"));
    m_session->run<QList<Verbatim>>(
        this,
        [filter, reasonId, text](ServiceContext &context) {
            return DashboardService(context).verbatims(filter, reasonId, std::nullopt, text, Limit);
        },
        [this](const Result<QList<Verbatim>> &result) {
            m_loading = false;
            if (result) {
                showVerbatims(*result);
            } else {
                m_state->setText(tr("The words could not be loaded."));
                Q_EMIT errorOccurred(result.error());
            }
            Q_EMIT loaded();
        },
        Session::JobOptions{kLoadJob, {}, false});
}

void VerbatimPanel::showVerbatims(const QList<Verbatim> &verbatims)
{
    m_verbatims = verbatims;
    m_table->setRowCount(int(verbatims.size()));
    for (int row = 0; row < verbatims.size(); ++row) {
        const Verbatim &words = verbatims.at(row);
        const QStringList cells{LocaleText::date(words.closedOn), words.accountName,
                                words.reasonName.isEmpty() ? tr("No reason recorded") : words.reasonName,
                                words.satisfaction ? QLocale().toString(*words.satisfaction) : QString(),
                                words.text.simplified()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 4)
                item->setToolTip(words.text); // the whole text, line breaks and all
            m_table->setItem(row, column, item);
        }
    }
    if (!m_session)
        m_state->clear();
    else if (verbatims.size() >= Limit)
        m_state->setText(tr("The latest %n", nullptr, Limit));
    else
        m_state->setText(tr("%n found", nullptr, int(verbatims.size())));
}

bool VerbatimPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VerbatimPanel::activateRow(int row)
{
    if (row >= 0 && row < m_verbatims.size())
        Q_EMIT caseActivated(m_verbatims.at(row).caseId);
}

} // namespace fairwell
