// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace fairwell {

class Database;

enum class DemoSize { Small, Large };

// "small" or "large" (case does not matter); nothing for any other name.
std::optional<DemoSize> demoSizeFromName(const QString &name);

struct DemoOptions
{
    DemoSize size = DemoSize::Small;
    // Multiplies the size's accounts and cases (and so everything hanging on
    // them), for measuring how the queue grows; the team stays the same.
    int scale = 1;
    quint64 seed = 20261121;
    QDate referenceDate; // the data's "today"; invalid means QDate::currentDate()
    // Called now and then on the generating thread; return false to cancel.
    std::function<bool(int percent, const QString &stage)> progress;
};

struct DemoCounts
{
    qint64 users = 0, accounts = 0, cases = 0, calls = 0, notes = 0, usageEvents = 0;
};

// Fills an empty database with realistic, reproducible demo data: the same
// seed and reference date give the same rows, byte for byte. Small is the
// first-run default (about 2,000 accounts); large is PRODUCT.md's scale
// (200,000 accounts, 50,000 cases, 2,000,000 usage events). Installs the
// default content first. A cancelled or failed run removes what it wrote.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::DemoGenerator)

public:
    static Result<DemoCounts> generate(Database &db, const DemoOptions &options);
};

} // namespace fairwell
