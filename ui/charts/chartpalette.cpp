// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpalette.h"

#include <array>
#include <cmath>

namespace fairwell {

namespace {

// Okabe, M. and Ito, K. (2008), "Color Universal Design": blue, orange,
// bluish green, reddish purple, sky blue, vermillion, yellow, black. Blue
// and orange first: the two most charts need are the two most apart.
constexpr std::array<QRgb, 8> okabeIto = {
    0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7, 0xff56b4e9, 0xffd55e00, 0xfff0e442, 0xff000000,
};

// WCAG 2 relative luminance and contrast ratio.
double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// On a dark window every colour is lightened up to 4.5:1, WCAG's contrast
// for text: its 3:1 for graphics leaves the blue murky on dark grey (Okabe
// and Ito chose their colours for white paper). On
// a light one they stay as published, but for the yellow, which all but
// disappears on white: darkening the others to 3:1 would bring blue and sky
// blue too close together, the very thing the palette is for.
constexpr double darkThemeContrast = 4.5;
constexpr double lightThemeContrast = 2.0;

} // namespace

int ChartPalette::size()
{
    return int(okabeIto.size());
}

QColor ChartPalette::color(int index, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const bool dark = background.lightnessF() < 0.5;
    QColor color = QColor::fromRgb(okabeIto[size_t(qAbs(index) % size())]);
    if (dark && color == Qt::black)
        color = QColor(0xe0, 0xe0, 0xe0); // "black" is the text colour's slot: light grey on a dark theme
    // Lighten on a dark background, darken on a light one, in small steps so
    // the hue (what tells the colours apart) stays.
    const double wanted = dark ? darkThemeContrast : lightThemeContrast;
    for (int step = 0; step < 8 && contrast(color, background) < wanted; ++step)
        color = dark ? color.lighter(115) : color.darker(115);
    // Past the eighth colour (a pie of many slices) the round starts again
    // a shade apart (further from the background; black turns grey), so
    // the ninth slice is not the first's twin.
    if (const int round = qAbs(index) / size(); round > 0) {
        if (color == Qt::black)
            color = QColor(0x6e, 0x6e, 0x6e);
        else
            color = dark ? color.lighter(100 + 30 * round) : color.darker(100 + 30 * round);
    }
    return color;
}

} // namespace fairwell
