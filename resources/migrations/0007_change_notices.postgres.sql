-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7 on PostgreSQL: open windows hear of other people's changes.
-- Every statement that changes a table people edit tells the listeners of
-- the channel fairwell_changes in which schema ("schema."), so a desktop
-- reloads its queue or case view at once instead of on a timer. The table
-- is left out on purpose: PostgreSQL folds equal notices of one transaction
-- into one, so a change that touches several tables (a rename that the
-- queue's triggers copy onto cases) is still one notice, one reload.
-- PostgreSQL delivers a NOTIFY when its transaction commits (never when it
-- rolls back), and names the
-- sender's backend, so a desktop can tell its own changes from others'.
-- Statement-level: a bulk change costs one notice per table, not per row.
-- The SQLite side of this version (0007_change_notices.sqlite.sql) is empty:
-- there, a desktop sees that the file changed (PRAGMA data_version).

CREATE OR REPLACE FUNCTION fairwell_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fairwell_changes', TG_TABLE_SCHEMA || '.');
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER tasks_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tasks
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER calls_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calls
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER exit_feedback_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON exit_feedback
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER exit_feedback_reasons_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON exit_feedback_reasons
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER alternatives_offered_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON alternatives_offered
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER notes_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notes
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER winback_checkins_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON winback_checkins
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER accounts_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER contacts_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contacts
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
CREATE TRIGGER users_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_notify_change();
