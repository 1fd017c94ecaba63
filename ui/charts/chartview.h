// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "error.h"

#include <QLocale>
#include <QWidget>

class QPainter;

namespace fairwell {

// One chart on screen: title, the chart, its definition and note under it.
// Hover shows the exact value (formatted for the locale); a click on a bar,
// slice or point emits elementClicked. Colours come from ChartPalette
// (colour-blind safe, readable on light and dark themes). With nothing to
// show it says so instead of drawing empty axes.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setData(const ChartData &data, const QLocale &locale = QLocale());
    const ChartData &data() const;

    // The series as the chart library holds them now (names and values),
    // read back from its objects, for tests.
    QList<ChartSeries> shownSeries() const;

    // The chart alone (no title row or definition), drawn into `target`.
    void render(QPainter &painter, const QRectF &target) const;
    QImage toImage(const QSize &size, qreal devicePixelRatio = 2.0) const;
    Status savePng(const QString &path) const;
    Status saveSvg(const QString &path) const;

    // Emits elementClicked as if the user clicked there, for tests.
    void clickElement(int series, int category);

signals:
    void elementClicked(int series, int category);

private:
    class Private;
    Private *d;
};

} // namespace fairwell
