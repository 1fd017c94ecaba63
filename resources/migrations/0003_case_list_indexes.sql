-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: indexes for the case lists (core/services/caselistquery.cpp),
-- chosen from their query plans on the large demo set.

-- "Open" or "Closed" cases newest first (the lists' default order) read in
-- index order instead of sorting every open or closed case.
CREATE INDEX cases_status_opened_idx ON cases (status, opened_on);

-- My queue: one owner's open cases, newest first, without a sort.
CREATE INDEX cases_owner_status_opened_idx ON cases (owner_id, status, opened_on);

-- Win-back: "has a planned check-in" answered from the index alone.
CREATE INDEX winback_case_status_idx ON winback_checkins (case_id, status);
