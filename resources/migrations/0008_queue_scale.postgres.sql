-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8 on PostgreSQL: "My queue" sorted by the next due date, its
-- usual order, read from an index in order instead of sorting all of one
-- person's open cases. PostgreSQL needs nothing else of the SQLite side
-- (0008_queue_scale.sqlite.sql): it counts and searches two characters
-- from indexes of migration 5.
CREATE INDEX cases_queue_mine_next_due_idx ON cases (owner_id, status, queue_next_due, id);
