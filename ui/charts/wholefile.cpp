// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/wholefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fairwell {

Error WholeFile::writeError(const QString &path, const QIODevice &device)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return Error{ErrorCode::FileMissing,
                     tr("%1 could not be written: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath())),
                     shown, device.errorString()};
    if (!folder.isDir() || !folder.isWritable())
        return Error{ErrorCode::PermissionDenied,
                     tr("%1 could not be written: the folder %2 may not be written to.")
                         .arg(shown, QDir::toNativeSeparators(folder.filePath())),
                     shown, device.errorString()};
    return Error{ErrorCode::PermissionDenied, tr("%1 could not be written: %2").arg(shown, device.errorString()),
                 shown, device.errorString()};
}

Status WholeFile::write(const QString &path, const Writer &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(writeError(path, file));
    if (auto written = writer(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(writeError(path, file));
    return {};
}

} // namespace fairwell
