// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictprompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace fairwell {

ConflictPrompt::Choice ConflictPrompt::ask(QWidget *parent, const Error &conflict)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("conflictPrompt"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Someone Else Changed This Case"));
    box.setText(tr("This case was changed after you opened it. Nothing of yours has been saved yet."));
    box.setInformativeText(conflict.message
                           + tr("\n\nApply your change on top of theirs, or reload the case to see it first? "
                                "What you typed stays in the dialog either way."));
    QPushButton *apply = box.addButton(tr("&Apply My Change"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyAgainButton"));
    QPushButton *reload = box.addButton(tr("&Reload Case"), QMessageBox::RejectRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == apply ? Choice::ApplyAgain : Choice::Reload;
}

} // namespace fairwell
