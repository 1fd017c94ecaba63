// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

namespace fairwell {
class Database;
}

namespace fairwell::test {

// Cases for the GUI suites, with figures that follow from the numbering:
// case n (1..count) belongs to account "Account nnnn" (external id
// "EXT-nnnn"), is open when n is even and closed (churned) when odd, is owned
// by user 1 "Ada Park" when n % 3 == 0 and by user 2 "Ben Cole" otherwise, was
// opened on 2024-01-01 + n days; closed cases with n % 10 == 1 have a planned
// win-back check-in.
Status insertNumberedCases(Database &db, int count);

} // namespace fairwell::test
