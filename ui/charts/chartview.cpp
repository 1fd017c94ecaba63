// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include "charts/chartbuilder.h"
#include "charts/chartseriesreader.h"
#include "charts/chartvaluetext.h"
#include "charts/wholefile.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace fairwell {

namespace {

// Exported images when the chart is not on screen (or too small there).
constexpr QSize defaultExportSize(900, 420);
constexpr QSize smallestExportSize(320, 200);

int seriesIndexOf(const QObject *object)
{
    return object->property(ChartBuilder::seriesProperty).toInt();
}

} // namespace

class ChartView::Private
{
public:
    ChartData data;
    QLocale locale;
    QLabel *title = nullptr;
    QStackedWidget *stack = nullptr;
    QChartView *view = nullptr;
    QLabel *empty = nullptr;
    QLabel *definition = nullptr;
    QLabel *note = nullptr;

    QString tooltip(int series, int category) const;
    QSize exportSize() const;
};

QString ChartView::Private::tooltip(int series, int category) const
{
    if (series < 0 || series >= data.series.size() || category < 0 || category >= data.categories.size())
        return {};
    const ChartSeries &one = data.series.at(series);
    const double value = category < one.values.size() ? one.values.at(category) : std::nan("");
    QString text = QStringLiteral("<b>%1</b>").arg(data.categories.at(category).toHtmlEscaped());
    QString figure = ChartValueText::text(value, data, locale).toHtmlEscaped();
    if (data.kind == ChartKind::Pie) {
        double sum = 0;
        for (const double each : one.values)
            sum += std::isnan(each) || each < 0 ? 0 : each;
        if (sum > 0 && !std::isnan(value))
            figure = ChartView::tr("%1 (%2 of all)")
                         .arg(figure, locale.toString(100.0 * value / sum, 'f', 1) + QChar(QChar::Nbsp) +
                                          locale.percent());
    }
    if (one.name.isEmpty())
        return text + QStringLiteral("<br>") + figure;
    return text + QStringLiteral("<br>") + ChartView::tr("%1: %2").arg(one.name.toHtmlEscaped(), figure);
}

QSize ChartView::Private::exportSize() const
{
    const QSize shown = view->size();
    if (view->isVisible() && shown.width() >= smallestExportSize.width() &&
        shown.height() >= smallestExportSize.height())
        return shown;
    return defaultExportSize;
}

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    d->title = new QLabel(this);
    d->title->setWordWrap(true);
    QFont bold = d->title->font();
    bold.setBold(true);
    d->title->setFont(bold);
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(220);
    d->empty = new QLabel(this);
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->stack = new QStackedWidget(this);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);
    d->definition = new QLabel(this);
    d->definition->setWordWrap(true);
    d->note = new QLabel(this);
    d->note->setWordWrap(true);
    // The note carries the chart's key figure (a median, an average) or a
    // caveat (amounts in several currencies): bold, in the text colour, so
    // it reads on light and dark themes alike.
    d->note->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->title);
    layout->addWidget(d->stack, 1);
    layout->addWidget(d->definition);
    layout->addWidget(d->note);
    setData(ChartData{});
}

ChartView::~ChartView()
{
    delete d;
}

void ChartView::setData(const ChartData &data, const QLocale &locale)
{
    d->data = data;
    d->locale = locale;
    QChart *chart = ChartBuilder::build(data, locale, palette());
    QChart *old = d->view->chart();
    d->view->setChart(chart); // the view owns the new chart, and no longer the old one
    delete old;

    const QList<QAbstractSeries *> shown = chart->series();
    for (QAbstractSeries *series : shown) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                const int index = seriesIndexOf(set);
                connect(set, &QBarSet::hovered, this, [this, index](bool on, int position) {
                    on ? QToolTip::showText(QCursor::pos(),
                                            d->tooltip(index, ChartBuilder::categoryAt(d->data, position)), d->view)
                       : QToolTip::hideText();
                });
                connect(set, &QBarSet::clicked, this, [this, index](int position) {
                    emit elementClicked(index, ChartBuilder::categoryAt(d->data, position));
                });
            }
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            const int index = seriesIndexOf(line);
            const bool sideways = data.kind == ChartKind::HorizontalBars;
            auto categoryAt = [this, sideways](const QPointF &point) {
                return ChartBuilder::categoryAt(d->data, int(std::lround(sideways ? point.y() : point.x())));
            };
            connect(line, &QXYSeries::hovered, this, [this, index, categoryAt](const QPointF &point, bool on) {
                on ? QToolTip::showText(QCursor::pos(), d->tooltip(index, categoryAt(point)), d->view)
                   : QToolTip::hideText();
            });
            connect(line, &QXYSeries::clicked, this,
                    [this, index, categoryAt](const QPointF &point) { emit elementClicked(index, categoryAt(point)); });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices) {
                const int category = slice->property(ChartBuilder::categoryProperty).toInt();
                connect(slice, &QPieSlice::hovered, this, [this, slice, category](bool on) {
                    slice->setExploded(on);
                    on ? QToolTip::showText(QCursor::pos(), d->tooltip(0, category), d->view) : QToolTip::hideText();
                });
                connect(slice, &QPieSlice::clicked, this, [this, category] { emit elementClicked(0, category); });
            }
        }
    }

    d->title->setText(data.title);
    d->title->setVisible(!data.title.isEmpty());
    d->view->setAccessibleName(data.title);
    d->definition->setText(data.definition);
    d->definition->setVisible(!data.definition.isEmpty());
    d->note->setText(data.note);
    d->note->setVisible(!data.note.isEmpty());
    d->empty->setText(tr("No cases in this range"));
    d->stack->setCurrentWidget(data.isEmpty() ? static_cast<QWidget *>(d->empty) : d->view);
    // Sideways bars need a line of height per name, or Qt Charts leaves
    // every other name out; the page scrolls instead.
    const int rows = data.kind == ChartKind::HorizontalBars ? int(data.categories.size()) : 0;
    d->view->setMinimumHeight(std::max(220, 80 + 24 * rows));
}

const ChartData &ChartView::data() const
{
    return d->data;
}

QList<ChartSeries> ChartView::shownSeries() const
{
    return ChartSeriesReader::read(*d->view->chart(), d->data);
}

void ChartView::render(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (d->data.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, tr("No cases in this range"));
    } else {
        // A chart of its own at the target's size: the one on screen keeps
        // its size and state.
        QGraphicsScene scene;
        QChart *chart = ChartBuilder::build(d->data, d->locale, palette());
        scene.addItem(chart); // the scene owns it
        chart->resize(target.size());
        chart->layout()->activate(); // lay out now, not on the next turn of the event loop
        scene.render(&painter, target, QRectF(QPointF(), target.size()));
    }
    painter.restore();
}

QImage ChartView::toImage(const QSize &size, qreal devicePixelRatio) const
{
    QImage image((QSizeF(size) * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    render(painter, QRectF(QPointF(), QSizeF(size)));
    return image;
}

Status ChartView::savePng(const QString &path) const
{
    const QImage image = toImage(d->exportSize());
    return WholeFile::write(path, [&](QIODevice &device) -> Status {
        if (!image.save(&device, "PNG"))
            return fail(WholeFile::writeError(path, device));
        return {};
    });
}

Status ChartView::saveSvg(const QString &path) const
{
    const QSize size = d->exportSize();
    return WholeFile::write(path, [&](QIODevice &device) -> Status {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(d->data.title);
        svg.setDescription(d->data.definition);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(WholeFile::writeError(path, device));
        painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Window));
        render(painter, QRectF(QPointF(), QSizeF(size)));
        painter.end();
        return {};
    });
}

void ChartView::clickElement(int series, int category)
{
    // Through the chart's own signals, so the wiring a real click takes is
    // the one tested.
    const QList<QAbstractSeries *> shown = d->view->chart()->series();
    for (QAbstractSeries *each : shown) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(each)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (seriesIndexOf(set) == series) {
                    emit set->clicked(ChartBuilder::categoryAt(d->data, category));
                    return;
                }
            }
        } else if (auto *line = qobject_cast<QXYSeries *>(each); line && seriesIndexOf(line) == series) {
            const int position = ChartBuilder::categoryAt(d->data, category);
            const QPointF at = d->data.kind == ChartKind::HorizontalBars ? QPointF(0, position) : QPointF(position, 0);
            emit line->clicked(at);
            return;
        } else if (auto *pie = qobject_cast<QPieSeries *>(each); pie && series == 0) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices) {
                if (slice->property(ChartBuilder::categoryProperty).toInt() == category) {
                    emit slice->clicked();
                    return;
                }
            }
        }
    }
}

} // namespace fairwell
