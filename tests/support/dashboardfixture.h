// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDate>

namespace fairwell {
class Database;
}

namespace fairwell::test {

// A small, fixed data set for the dashboards, written by hand so that every
// figure can be worked out on paper (tests/dashboards/test_dashboardservice
// does, on both engines). Ids start at 9001 so they stand out.
//
// People: 9001 Ann Archer (rep), 9002 Ben Brook (rep), 9003 Mia Moss (manager).
// Taxonomy: category 9101 "Price" → reasons 9201 "Too expensive",
//   9204 "Budget cut"; category 9102 "Product" → 9202 "Missing feature",
//   9203 "Bugs" (archived after use).
//
// | case | account (segment, plan, cur.) | owner | opened     | closed     | outcome    | MRR lost | primary reason | sat. |
// |------|-------------------------------|-------|------------|------------|------------|----------|----------------|------|
// | 9501 | Alpha (smb, basic, EUR)       | Ann   | 2026-01-05 | 2026-01-20 | churned    | 100.00   | Too expensive  | 2    |
// | 9502 | Beta (smb, pro, EUR)          | Ann   | 2026-01-10 | 2026-02-14 | churned    | 200.00   | Bugs (archived)| 4    |
// | 9503 | Gamma (mid_market, pro, EUR)  | Ben   | 2026-02-01 | 2026-02-11 | saved      | 0        | Missing feature| 5    |
// | 9504 | Delta (enterprise, ent., USD) | Ben   | 2026-02-15 | 2026-03-31 | churned    | 500.00 $ | (no feedback)  | –    |
// | 9505 | Epsilon (smb, basic, EUR)     | Ann   | 2026-03-01 | 2026-03-10 | downgraded | 30.00    | (none chosen)  | none |
// | 9506 | Zeta (mid_market, pro, EUR)   | –     | 2026-03-20 | open       |            |          |                |      |
// | 9507 | Eta (smb, basic, EUR)         | Ann   | 2025-12-01 | 2025-12-20 | churned    | 70.00    | Too expensive  |      |
// | 9508 | Theta (smb, basic, EUR)       | Ann   | 2026-03-25 | open       |            |          |                |      |
// | 9509 | Gamma (mid_market, pro, EUR)  | Ben   | 2025-12-15 | 2026-01-31 | paused     | 0        | Missing feature| 3    |
//
// Verbatims: 9501 "Too pricey for us", 9502 "Crashes every week",
//   9505 "We need fewer seats", 9509 "Taking a break over winter".
// Secondary reasons: 9501 names "Budget cut" (and its primary again,
//   which must not count twice).
// Calls: 9501 on 2026-01-06 and 2026-01-12; 9502 on 2026-01-10; 9504 on 2026-02-20.
// Thank-you notes: 9501 sent, 9504 sent, 9502 failed, 9507 sent.
// Tasks (open unless said): 9506 due 2026-04-01 and 2026-05-01, and one
//   done due 2026-03-25; 9508 due 2026-04-10; 9501 (closed case) due 2026-01-25.
// Win-back check-ins: 9501 due 2026-03-15 planned; 9507 due 2026-02-01 done,
//   returned on 2026-02-05 at 80.00 EUR; 9502 due 2026-03-01 cancelled;
//   9504 due 2026-05-01 planned.
struct DashboardFixture
{
    static Status load(Database &db);

    // The day the hand-worked figures take as "today".
    static QDate today() { return QDate(2026, 4, 15); }
    static constexpr qint64 ann = 9001, ben = 9002, mia = 9003;
    static constexpr qint64 price = 9101, product = 9102;
    static constexpr qint64 tooExpensive = 9201, missingFeature = 9202, bugs = 9203, budgetCut = 9204;
};

} // namespace fairwell::test
