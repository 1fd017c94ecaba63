// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace fairwell {

// Writes a file whole or not at all: into a temporary file next to it that
// takes the file's name only once everything went well (QSaveFile). A
// failure, or a writer that gives up, leaves no file behind and an older
// file as it was.
class WholeFile
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::WholeFile)

public:
    using Writer = std::function<Status(QIODevice &device)>;
    static Status write(const QString &path, const Writer &writer);

    // Why `device` could not be written to `path`, in words that name it.
    static Error writeError(const QString &path, const QIODevice &device);
};

} // namespace fairwell
