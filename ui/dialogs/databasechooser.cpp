// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasechooser.h"

#include "common/errormessage.h"
#include "dialogs/connectdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace fairwell {

namespace {

QString databaseFileFilter()
{
    return DatabaseChooser::tr("Fairwell databases (*.sqlite *.db *.fairwell)") + QLatin1String(";;")
           + DatabaseChooser::tr("All files (*)");
}

} // namespace

DatabaseChooser::DatabaseChooser(QWidget *parent, const std::optional<DatabaseSpec> &current)
    : m_parent(parent)
    , m_current(current)
{
}

QString DatabaseChooser::folder() const
{
    return m_current && !m_current->isPostgres() ? QFileInfo(m_current->path).absolutePath() : QDir::homePath();
}

std::optional<OpenRequest> DatabaseChooser::newFile() const
{
    QFileDialog dialog(m_parent, tr("New Database"), folder(), databaseFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // An existing file is never replaced: a database is too precious to
    // lose to a hurried click.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        ErrorMessage::show(m_parent, tr("New Database"),
                           Error{ErrorCode::InvalidInput,
                                 tr("A file with this name exists already. Choose another name, or open it "
                                    "with File ▸ Open Database…"),
                                 QDir::toNativeSeparators(path), {}});
        return std::nullopt;
    }
    const auto answer = QMessageBox::question(
        m_parent, tr("New Database"),
        tr("Add demo data to the new database? It holds made-up accounts and cases to try Fairwell with."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    OpenRequest request;
    request.spec = DatabaseSpec::sqlite(path);
    request.create = true;
    request.addDemoData = answer == QMessageBox::Yes;
    return request;
}

std::optional<OpenRequest> DatabaseChooser::existingFile() const
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open Database"), folder(), databaseFileFilter());
    if (path.isEmpty())
        return std::nullopt;
    return OpenRequest{DatabaseSpec::sqlite(path)};
}

std::optional<OpenRequest> DatabaseChooser::sharedDatabase() const
{
    ConnectDialog dialog(m_parent);
    if (m_current && m_current->isPostgres())
        dialog.setSpec(*m_current);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return OpenRequest{dialog.spec()};
}

std::optional<OpenRequest> DatabaseChooser::withPassword(const OpenRequest &request) const
{
    if (!request.spec.isPostgres() || !request.spec.password.isEmpty())
        return request;
    ConnectDialog dialog(m_parent);
    dialog.setSpec(request.spec);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    OpenRequest withPassword = request;
    withPassword.spec = dialog.spec();
    return withPassword;
}

} // namespace fairwell
