// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesystemprobe.h"

#include <QFile>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace fairwell {

FileSystemInfo classifyFileSystemMagic(unsigned long magic)
{
    // Magic numbers from linux/magic.h and the cifs/smb client sources.
    switch (magic) {
    case 0x6969UL:
        return {true, QStringLiteral("NFS")};
    case 0x517BUL:
        return {true, QStringLiteral("SMB")};
    case 0xFF534D42UL:
        return {true, QStringLiteral("SMB/CIFS")};
    case 0xFE534D42UL:
        return {true, QStringLiteral("SMB2")};
    case 0x5346414FUL:
        return {true, QStringLiteral("AFS")};
    case 0x6B414653UL:
        return {true, QStringLiteral("kAFS")};
    case 0x47504653UL:
        return {true, QStringLiteral("GPFS")};
    case 0x013111A8UL:
        return {true, QStringLiteral("IBRIX")};
    case 0x00C36400UL:
        return {true, QStringLiteral("CephFS")};
    case 0x19830326UL:
        return {true, QStringLiteral("FhGFS")};
    case 0x0BD00BD0UL:
        return {true, QStringLiteral("Lustre")};
    default:
        return {false, {}};
    }
}

FileSystemInfo probeFileSystem(const QString &folder)
{
#if defined(Q_OS_LINUX)
    struct statfs info {};
    if (::statfs(QFile::encodeName(folder).constData(), &info) == 0)
        return classifyFileSystemMagic(static_cast<unsigned long>(info.f_type));
#else
    Q_UNUSED(folder);
#endif
    return {};
}

} // namespace fairwell
