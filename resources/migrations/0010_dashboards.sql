-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: the exit dashboards read their figures from indexes.
-- Cases closed (or opened) in a date range, with every column the
-- dashboards group or filter by and the id they join on (SQLite has it in
-- every index, PostgreSQL only when named), so a range of a year is read
-- from the index alone; a case's exit feedback with its reason and score;
-- open tasks of a case by due date (overdue work); sent notes of a case;
-- and returned win-back check-ins by return date.

CREATE INDEX cases_dashboard_closed_idx ON cases (closed_on, outcome, queue_segment_rank, queue_plan, owner_id,
    currency, mrr_lost_minor, opened_on, id);

CREATE INDEX cases_dashboard_opened_idx ON cases (opened_on, queue_segment_rank, queue_plan, owner_id, id);

CREATE INDEX exit_feedback_case_reason_idx ON exit_feedback (case_id, primary_reason_id, satisfaction);

CREATE INDEX tasks_case_status_due_idx ON tasks (case_id, status, due_on);

CREATE INDEX notes_case_state_idx ON notes (case_id, state);

CREATE INDEX winback_returned_idx ON winback_checkins (outcome, returned_on);
