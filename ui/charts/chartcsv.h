// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "error.h"

#include <QCoreApplication>

namespace fairwell {

// The data behind a chart as CSV (RFC 4180, UTF-8, comma separated): a
// header row (the categories' title, then each series' name), then one row
// per category. Numbers are written plainly (dot decimal, money in major
// units with its currency in the header), so a spreadsheet reads them as
// numbers in any locale. Any text cell beginning with =, +, -, @, a tab or
// a carriage return is neutralised with a leading apostrophe, as OWASP's
// CSV-injection advice says.
class ChartCsv
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::ChartCsv)

public:
    static QByteArray toCsv(const ChartData &data);
    static QString neutralised(const QString &cell);
    // Writes the file whole or not at all (QSaveFile).
    static Status save(const ChartData &data, const QString &path);
};

} // namespace fairwell
