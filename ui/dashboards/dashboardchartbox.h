// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QMenu;
class QToolButton;

namespace fairwell {

class ChartView;

// One chart of the dashboards with its way out: "Save ▾" (and the chart's
// context menu) saves it as PNG or SVG, or the data behind it as CSV.
class DashboardChartBox : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChartBox(QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }
    QMenu *saveMenu() const { return m_menu; }

    enum class Format { Png, Svg, Csv };
    // Writes the chart to `path`; false with the error shown when it failed.
    bool saveTo(Format format, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void askAndSave(Format format);

    ChartView *m_view = nullptr;
    QToolButton *m_save = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_png = nullptr;
    QAction *m_svg = nullptr;
    QAction *m_csv = nullptr;
};

} // namespace fairwell
