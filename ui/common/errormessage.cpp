// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/errormessage.h"

#include <QMessageBox>
#include <QPushButton>

namespace fairwell {

namespace {

QString informativeText(const Error &error)
{
    if (error.where.isEmpty())
        return {};
    return ErrorMessage::tr("Where: %1").arg(error.where);
}

} // namespace

void ErrorMessage::show(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setInformativeText(informativeText(error));
    box.setDetailedText(error.detail);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.exec();
}

bool ErrorMessage::confirmNetworkFileSystem(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Database on a Network Drive"), error.message, QMessageBox::NoButton,
                    parent);
    box.setInformativeText(informativeText(error) + QLatin1String("\n\n")
                           + tr("Open it anyway only if you are the one person using this file."));
    box.setDetailedText(error.detail);
    QPushButton *openAnyway = box.addButton(tr("Open Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == openAnyway;
}

} // namespace fairwell
