// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboards/dashboarddata.h"

#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace fairwell {

// The filters every dashboard shares, in one row: a date range (a preset or
// two dates of one's own), segment, plan, owner, and the currency the money
// charts show when the range has several.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Last30Days, ThisQuarter, LastQuarter, ThisYear, LastYear, Last12Months, Custom };

    explicit DashboardFilterBar(QWidget *parent = nullptr);

    // The days a preset stands for on `today`, both included.
    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate &today);

    // "Today" for the presets (the page's clock; tests set their own).
    void setToday(const QDate &today);
    void setPreset(Preset preset);
    Preset preset() const;
    void setChoices(const DashboardChoices &choices);
    // Shows the currency choice only when there is a choice to make.
    void setCurrencies(const QStringList &currencies);
    QString currency() const;

    DashboardFilter filter() const;
    // Definitions… and Export, for the page to place beside its tabs (the
    // bar alone must fit a 1280-pixel screen in German).
    QWidget *actions() const { return m_actions; }
    // The owner filter in words, for the report ("" for everyone).
    QString ownerName() const;

    // For tests: the widgets by role.
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *planBox() const { return m_plan; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *currencyBox() const { return m_currency; }

Q_SIGNALS:
    void filterChanged();
    void currencyChanged();
    void helpRequested();
    void reportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillSegments();
    void applyPreset();

    QDate m_today;
    DashboardChoices m_choices;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QComboBox *m_segment = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_currency = nullptr;
    QWidget *m_actions = nullptr;
    QToolButton *m_help = nullptr;
    QToolButton *m_export = nullptr;
    QAction *m_reportAction = nullptr;
};

} // namespace fairwell
