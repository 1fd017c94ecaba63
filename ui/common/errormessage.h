// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>

class QWidget;

namespace fairwell {

// The one way the UI shows a failure from core: what happened and where in
// the text, the driver's own words behind "Show Details…".
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ErrorMessage)

public:
    static void show(QWidget *parent, const QString &title, const Error &error);

    // For ErrorCode::NetworkFileSystem: true when the user chose
    // "Open Anyway".
    static bool confirmNetworkFileSystem(QWidget *parent, const Error &error);
};

} // namespace fairwell
