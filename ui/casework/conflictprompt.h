// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>

class QWidget;

namespace fairwell {

// Someone else changed the case since it was read. The person decides:
// their change on top of the other one, or a fresh look first. Never a
// silent overwrite, never a silent loss.
class ConflictPrompt
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ConflictPrompt)

public:
    enum class Choice { ApplyAgain, Reload };
    static Choice ask(QWidget *parent, const Error &conflict);
};

} // namespace fairwell
