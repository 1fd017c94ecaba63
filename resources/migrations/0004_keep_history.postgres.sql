-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4 on PostgreSQL: history is never destroyed. Every foreign key now
-- refuses to delete a record others point at (ON DELETE RESTRICT) instead
-- of deleting or blanking them along with it: cases are closed and kept,
-- users are deactivated, playbook steps are archived. (PostgreSQL's
-- identities never hand out an id twice; SQLite needed AUTOINCREMENT for
-- that.) Also: one open case per account, playbook steps can be archived,
-- and the team's group role gets its rights.
-- The SQLite side of this version: 0004_keep_history.sqlite.sql. The
-- constraint names are the ones PostgreSQL gave the keys of version 1.

ALTER TABLE accounts
    DROP CONSTRAINT accounts_owner_id_fkey,
    ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE contacts
    DROP CONSTRAINT contacts_account_id_fkey,
    ADD CONSTRAINT contacts_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT;
ALTER TABLE playbooks
    DROP CONSTRAINT playbooks_match_reason_category_id_fkey,
    ADD CONSTRAINT playbooks_match_reason_category_id_fkey FOREIGN KEY (match_reason_category_id) REFERENCES reason_categories (id) ON DELETE RESTRICT;
ALTER TABLE playbook_steps
    DROP CONSTRAINT playbook_steps_playbook_id_fkey,
    ADD CONSTRAINT playbook_steps_playbook_id_fkey FOREIGN KEY (playbook_id) REFERENCES playbooks (id) ON DELETE RESTRICT;
ALTER TABLE cases
    DROP CONSTRAINT cases_account_id_fkey,
    ADD CONSTRAINT cases_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    DROP CONSTRAINT cases_owner_id_fkey,
    ADD CONSTRAINT cases_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    DROP CONSTRAINT cases_playbook_id_fkey,
    ADD CONSTRAINT cases_playbook_id_fkey FOREIGN KEY (playbook_id) REFERENCES playbooks (id) ON DELETE RESTRICT,
    DROP CONSTRAINT cases_returned_from_case_id_fkey,
    ADD CONSTRAINT cases_returned_from_case_id_fkey FOREIGN KEY (returned_from_case_id) REFERENCES cases (id) ON DELETE RESTRICT;
ALTER TABLE tasks
    DROP CONSTRAINT tasks_case_id_fkey,
    ADD CONSTRAINT tasks_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT tasks_step_id_fkey,
    ADD CONSTRAINT tasks_step_id_fkey FOREIGN KEY (step_id) REFERENCES playbook_steps (id) ON DELETE RESTRICT,
    DROP CONSTRAINT tasks_assignee_id_fkey,
    ADD CONSTRAINT tasks_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE RESTRICT,
    DROP CONSTRAINT tasks_completed_by_fkey,
    ADD CONSTRAINT tasks_completed_by_fkey FOREIGN KEY (completed_by) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE calls
    DROP CONSTRAINT calls_case_id_fkey,
    ADD CONSTRAINT calls_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT calls_user_id_fkey,
    ADD CONSTRAINT calls_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    DROP CONSTRAINT calls_contact_id_fkey,
    ADD CONSTRAINT calls_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE RESTRICT,
    DROP CONSTRAINT calls_follow_up_task_id_fkey,
    ADD CONSTRAINT calls_follow_up_task_id_fkey FOREIGN KEY (follow_up_task_id) REFERENCES tasks (id) ON DELETE RESTRICT;
ALTER TABLE exit_feedback
    DROP CONSTRAINT exit_feedback_case_id_fkey,
    ADD CONSTRAINT exit_feedback_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT exit_feedback_recorded_by_fkey,
    ADD CONSTRAINT exit_feedback_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE exit_feedback_reasons
    DROP CONSTRAINT exit_feedback_reasons_feedback_id_fkey,
    ADD CONSTRAINT exit_feedback_reasons_feedback_id_fkey FOREIGN KEY (feedback_id) REFERENCES exit_feedback (id) ON DELETE RESTRICT;
ALTER TABLE alternatives_offered
    DROP CONSTRAINT alternatives_offered_case_id_fkey,
    ADD CONSTRAINT alternatives_offered_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT alternatives_offered_offered_by_fkey,
    ADD CONSTRAINT alternatives_offered_offered_by_fkey FOREIGN KEY (offered_by) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE notes
    DROP CONSTRAINT notes_case_id_fkey,
    ADD CONSTRAINT notes_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT notes_template_id_fkey,
    ADD CONSTRAINT notes_template_id_fkey FOREIGN KEY (template_id) REFERENCES note_templates (id) ON DELETE RESTRICT,
    DROP CONSTRAINT notes_author_id_fkey,
    ADD CONSTRAINT notes_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE winback_checkins
    DROP CONSTRAINT winback_checkins_case_id_fkey,
    ADD CONSTRAINT winback_checkins_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT,
    DROP CONSTRAINT winback_checkins_assignee_id_fkey,
    ADD CONSTRAINT winback_checkins_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE usage_events
    DROP CONSTRAINT usage_events_account_id_fkey,
    ADD CONSTRAINT usage_events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT;
ALTER TABLE audit_log
    DROP CONSTRAINT audit_log_user_id_fkey,
    ADD CONSTRAINT audit_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT;

-- A step that was removed from its playbook stays, archived, for the tasks
-- copied from it; only the live steps need distinct positions.
ALTER TABLE playbook_steps
    ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE,
    DROP CONSTRAINT playbook_steps_playbook_id_position_key;
CREATE UNIQUE INDEX playbook_steps_position_idx ON playbook_steps (playbook_id, position) WHERE archived = FALSE;

CREATE UNIQUE INDEX cases_one_open_per_account ON cases (account_id) WHERE status = 'open';

-- The team's logins never own the tables: they are members of the group
-- role fairwell_team, which may read, add and change rows but not delete
-- them, and the owner role that runs this upgrade (and later ones) keeps
-- granting that on the tables it creates. Without such a role there is
-- nothing to grant: an administrator who creates it later runs the same
-- grants by hand (see "Sharing one database" in README.md).
DO $$
DECLARE
    here TEXT := current_schema();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'fairwell_team') THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace
               WHERE nspname = here AND pg_has_role(nspowner, 'USAGE')) THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO fairwell_team', here);
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %I TO fairwell_team', here);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO fairwell_team', here);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE ON TABLES TO fairwell_team', here);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO fairwell_team', here);
END
$$;
