-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: the rep's case work (core/services/caseworkservice.cpp and
-- winbackservice.cpp). Plain ADD COLUMNs, the same on both engines.

-- Why a task was skipped; a skip needs one, other statuses leave it empty.
ALTER TABLE tasks ADD COLUMN skip_reason TEXT NOT NULL DEFAULT '';

-- What came of a returned account: when it came back and what it pays now,
-- kept on the check-in, which points at the old case.
ALTER TABLE winback_checkins ADD COLUMN returned_on @DATE@;
ALTER TABLE winback_checkins ADD COLUMN new_mrr_minor BIGINT CHECK (new_mrr_minor >= 0);

-- The case view's timeline reads the audit rows of a case's tasks and
-- check-ins newest first; audit_entity_idx finds them, this one also
-- orders them without a sort.
CREATE INDEX audit_entity_time_idx ON audit_log (entity, entity_id, occurred_at);

-- The win-back view's finished list: done and cancelled check-ins, latest first.
CREATE INDEX winback_status_completed_idx ON winback_checkins (status, completed_at);
