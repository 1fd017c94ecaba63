// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace fairwell {

// Tells whether a folder is on a network file system. SQLite's own
// documentation warns that its locking is unreliable there and that WAL does
// not work over a network, so Fairwell must know before it opens a file.
struct FileSystemInfo
{
    bool isNetwork = false;
    QString typeName; // "NFS", "SMB/CIFS", … when known
};

using FileSystemProbe = std::function<FileSystemInfo(const QString &folder)>;

// The real probe: statfs(2) on Linux.
FileSystemInfo probeFileSystem(const QString &folder);

// Names the network file systems by their statfs magic number.
FileSystemInfo classifyFileSystemMagic(unsigned long magic);

} // namespace fairwell
