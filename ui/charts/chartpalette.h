// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace fairwell {

// Okabe and Ito's colour-blind-safe colours, in an order that keeps
// neighbours apart, lightened or darkened to stay readable on the window's
// background (light or dark theme).
class ChartPalette
{
public:
    static QColor color(int index, const QPalette &palette = QPalette());
    static int size();
};

} // namespace fairwell
