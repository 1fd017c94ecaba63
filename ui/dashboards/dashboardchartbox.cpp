// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardchartbox.h"

#include "charts/chartcsv.h"
#include "charts/chartview.h"
#include "common/errormessage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace fairwell {

DashboardChartBox::DashboardChartBox(QWidget *parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
{
    m_menu = new QMenu(this);
    m_png = m_menu->addAction(QString(), this, [this] { askAndSave(Format::Png); });
    m_svg = m_menu->addAction(QString(), this, [this] { askAndSave(Format::Svg); });
    m_csv = m_menu->addAction(QString(), this, [this] { askAndSave(Format::Csv); });
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveChart"));
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setMenu(m_menu);
    m_save->setAutoRaise(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_view->mapToGlobal(at)); });

    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

void DashboardChartBox::retranslateUi()
{
    m_save->setText(tr("Save"));
    m_save->setAccessibleName(tr("Save this chart"));
    m_png->setText(tr("Save as &PNG…"));
    m_svg->setText(tr("Save as &SVG…"));
    m_csv->setText(tr("Save the Data as &CSV…"));
}

void DashboardChartBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardChartBox::askAndSave(Format format)
{
    const QString id = m_view->data().id.isEmpty() ? QStringLiteral("chart") : m_view->data().id;
    QString suffix = QStringLiteral("png");
    QString filter = tr("PNG images (*.png)");
    if (format == Format::Svg) {
        suffix = QStringLiteral("svg");
        filter = tr("SVG drawings (*.svg)");
    } else if (format == Format::Csv) {
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                QDir::home().filePath(id + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    saveTo(format, path);
}

bool DashboardChartBox::saveTo(Format format, const QString &path)
{
    Status saved;
    switch (format) {
    case Format::Png:
        saved = m_view->savePng(path);
        break;
    case Format::Svg:
        saved = m_view->saveSvg(path);
        break;
    case Format::Csv:
        saved = ChartCsv::save(m_view->data(), path);
        break;
    }
    if (!saved) {
        ErrorMessage::show(this, tr("The chart could not be saved"), saved.error());
        return false;
    }
    return true;
}

} // namespace fairwell
