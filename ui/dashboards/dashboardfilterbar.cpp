// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardfilterbar.h"

#include "dashboards/dashboardcharts.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

namespace fairwell {

namespace {

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

// Refills a combo box keeping what was chosen, by its data.
void refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    buildUi();
    retranslateUi();
    applyPreset();
}

std::pair<QDate, QDate> DashboardFilterBar::presetRange(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::ThisQuarter:
        return {quarterStart(today), today};
    case Preset::LastQuarter: {
        const QDate start = quarterStart(today);
        return {start.addMonths(-3), start.addDays(-1)};
    }
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::Last12Months:
    case Preset::Custom:
        break;
    }
    return {today.addYears(-1).addDays(1), today};
}

void DashboardFilterBar::buildUi()
{
    const auto labelled = [this](QLabel *&label, auto *field, const char *name) {
        label = new QLabel(this);
        label->setBuddy(field);
        field->setObjectName(QString::fromLatin1(name));
    };
    m_preset = new QComboBox(this);
    labelled(m_rangeLabel, m_preset, "datePreset");
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    labelled(m_toLabel, m_to, "toDate");
    m_to->setCalendarPopup(true);
    m_segment = new QComboBox(this);
    labelled(m_segmentLabel, m_segment, "segment");
    m_plan = new QComboBox(this);
    labelled(m_planLabel, m_plan, "plan");
    m_owner = new QComboBox(this);
    labelled(m_ownerLabel, m_owner, "owner");
    m_currency = new QComboBox(this);
    labelled(m_currencyLabel, m_currency, "currency");
    m_currencyLabel->hide();
    m_currency->hide();
    // Sized for ten characters, not for the longest plan or name of a
    // hundred people: the bar must fit a 1280-pixel screen in German too.
    // The open list is as wide as it needs to be.
    for (QComboBox *box : {m_segment, m_plan, m_owner}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }

    m_actions = new QWidget(this);
    m_help = new QToolButton(m_actions);
    m_help->setObjectName(QStringLiteral("definitions"));
    m_export = new QToolButton(m_actions);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    m_reportAction = exportMenu->addAction(QString());
    m_export->setMenu(exportMenu);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_rangeLabel, m_preset, m_from, m_toLabel, m_to, m_segmentLabel, m_segment, m_planLabel, m_plan,
             m_ownerLabel, m_owner, m_currencyLabel, m_currency})
        row->addWidget(widget);
    row->addStretch(1);
    auto *actionRow = new QHBoxLayout(m_actions);
    actionRow->setContentsMargins(0, 0, 0, 2);
    actionRow->addWidget(m_help);
    actionRow->addWidget(m_export);

    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        Q_EMIT filterChanged();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == Preset::Custom)
                Q_EMIT filterChanged();
        });
    }
    for (QComboBox *box : {m_segment, m_plan, m_owner})
        connect(box, &QComboBox::activated, this, &DashboardFilterBar::filterChanged);
    connect(m_currency, &QComboBox::activated, this, &DashboardFilterBar::currencyChanged);
    connect(m_help, &QToolButton::clicked, this, &DashboardFilterBar::helpRequested);
    connect(m_reportAction, &QAction::triggered, this, &DashboardFilterBar::reportRequested);
}

void DashboardFilterBar::retranslateUi()
{
    m_rangeLabel->setText(tr("&Dates:"));
    const int preset = m_preset->currentIndex();
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->clear();
        m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
        m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
        m_preset->addItem(tr("Last quarter"), int(Preset::LastQuarter));
        m_preset->addItem(tr("This year"), int(Preset::ThisYear));
        m_preset->addItem(tr("Last year"), int(Preset::LastYear));
        m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
        m_preset->addItem(tr("Custom…"), int(Preset::Custom));
        m_preset->setCurrentIndex(preset >= 0 ? preset : int(Preset::LastQuarter));
    }
    m_from->setAccessibleName(tr("First day"));
    m_toLabel->setText(tr("&to"));
    m_to->setAccessibleName(tr("Last day"));
    m_segmentLabel->setText(tr("Se&gment:"));
    fillSegments();
    m_planLabel->setText(tr("P&lan:"));
    m_ownerLabel->setText(tr("O&wner:"));
    setChoices(m_choices);
    m_currencyLabel->setText(tr("C&urrency:"));
    m_help->setText(tr("Definitions…"));
    m_help->setToolTip(tr("What each figure counts, and by which date"));
    m_export->setText(tr("E&xport"));
    m_reportAction->setText(tr("Report (PDF)…"));
}

void DashboardFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardFilterBar::fillSegments()
{
    QList<std::pair<QString, QVariant>> items{{tr("All"), QString()}};
    for (const char *key : {"smb", "mid_market", "enterprise"}) {
        const QString segment = QString::fromLatin1(key);
        items.append({DashboardCharts::segmentName(segment), segment});
    }
    refill(m_segment, items);
}

void DashboardFilterBar::setChoices(const DashboardChoices &choices)
{
    m_choices = choices;
    QList<std::pair<QString, QVariant>> plans{{tr("All"), QString()}};
    for (const QString &plan : choices.plans)
        plans.append({plan, plan});
    refill(m_plan, plans);
    QList<std::pair<QString, QVariant>> owners{{tr("Everyone"), QVariant()}};
    for (const DashboardChoices::Owner &owner : choices.owners)
        owners.append({owner.name, owner.id});
    refill(m_owner, owners);
}

void DashboardFilterBar::setCurrencies(const QStringList &currencies)
{
    QList<std::pair<QString, QVariant>> items;
    for (const QString &currency : currencies)
        items.append({currency, currency});
    refill(m_currency, items);
    const bool choice = currencies.size() > 1;
    m_currencyLabel->setVisible(choice);
    m_currency->setVisible(choice);
}

QString DashboardFilterBar::currency() const
{
    return m_currency->isVisibleTo(this) ? m_currency->currentData().toString() : QString();
}

void DashboardFilterBar::setToday(const QDate &today)
{
    m_today = today;
    applyPreset();
}

void DashboardFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
}

DashboardFilterBar::Preset DashboardFilterBar::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void DashboardFilterBar::applyPreset()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return; // the dates stay as they were, now the user's to change
    const auto [from, to] = presetRange(preset(), m_today);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.segment = m_segment->currentData().toString();
    filter.plan = m_plan->currentData().toString();
    if (m_owner->currentData().isValid())
        filter.ownerId = m_owner->currentData().toLongLong();
    return filter;
}

QString DashboardFilterBar::ownerName() const
{
    return m_owner->currentData().isValid() ? m_owner->currentText() : QString();
}

} // namespace fairwell
