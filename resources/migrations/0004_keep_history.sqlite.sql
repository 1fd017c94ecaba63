-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4 on SQLite: history is never destroyed. Every foreign key now
-- refuses to delete a record others point at (ON DELETE RESTRICT) instead
-- of deleting or blanking them along with it: cases are closed and kept,
-- users are deactivated, playbook steps are archived. Every id is
-- AUTOINCREMENT, so the id of a deleted last row is never handed out again
-- (its audit rows would become the new row's history). Also: one open case
-- per account, and playbook steps can be archived.
--
-- SQLite cannot change a foreign key in place, so each table is rebuilt as
-- SQLite's 12-step procedure says (sqlite.org/lang_altertable.html#otheralter):
-- create the new table, copy every row with its id, drop the old one,
-- rename the new one, recreate its indexes. The Migrator switches
-- foreign-key enforcement off around the whole upgrade for that (with
-- enforcement on, dropping a table would delete along its cascades) and
-- runs PRAGMA foreign_key_check before it commits.
-- The PostgreSQL side of this version: 0004_keep_history.postgres.sql.
-- fairwell: foreign-keys-off

CREATE TABLE users_new (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO users_new (id, login, display_name, email, role, active, created_at)
SELECT id, login, display_name, email, role, active, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

CREATE TABLE accounts_new (
    id @ID@,
    external_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    segment TEXT NOT NULL CHECK (segment IN ('smb', 'mid_market', 'enterprise')),
    plan TEXT NOT NULL,
    mrr_minor BIGINT NOT NULL DEFAULT 0 CHECK (mrr_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    customer_since @DATE@ NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    owner_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO accounts_new (id, external_id, name, segment, plan, mrr_minor, currency, customer_since, region,
    language, owner_id, created_at, updated_at)
SELECT id, external_id, name, segment, plan, mrr_minor, currency, customer_since, region, language, owner_id,
    created_at, updated_at FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;
CREATE INDEX accounts_name_idx ON accounts (name);
CREATE INDEX accounts_segment_plan_idx ON accounts (segment, plan);
CREATE INDEX accounts_owner_idx ON accounts (owner_id);

CREATE TABLE contacts_new (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    is_primary @BOOL@ NOT NULL DEFAULT @FALSE@
);
INSERT INTO contacts_new (id, account_id, name, email, phone, title, is_primary)
SELECT id, account_id, name, email, phone, title, is_primary FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_new RENAME TO contacts;
CREATE INDEX contacts_account_idx ON contacts (account_id);

CREATE TABLE reason_categories_new (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@
);
INSERT INTO reason_categories_new (id, name, position, active)
SELECT id, name, position, active FROM reason_categories;
DROP TABLE reason_categories;
ALTER TABLE reason_categories_new RENAME TO reason_categories;

CREATE TABLE exit_reasons_new (
    id @ID@,
    category_id BIGINT NOT NULL REFERENCES reason_categories (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    UNIQUE (category_id, name)
);
INSERT INTO exit_reasons_new (id, category_id, name, position, active)
SELECT id, category_id, name, position, active FROM exit_reasons;
DROP TABLE exit_reasons;
ALTER TABLE exit_reasons_new RENAME TO exit_reasons;

CREATE TABLE playbooks_new (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    match_segment TEXT,
    match_plan TEXT,
    match_mrr_min_minor BIGINT,
    match_mrr_max_minor BIGINT,
    match_reason_category_id BIGINT REFERENCES reason_categories (id) ON DELETE RESTRICT,
    priority INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO playbooks_new (id, name, description, match_segment, match_plan, match_mrr_min_minor,
    match_mrr_max_minor, match_reason_category_id, priority, active, version, created_at, updated_at)
SELECT id, name, description, match_segment, match_plan, match_mrr_min_minor, match_mrr_max_minor,
    match_reason_category_id, priority, active, version, created_at, updated_at FROM playbooks;
DROP TABLE playbooks;
ALTER TABLE playbooks_new RENAME TO playbooks;

CREATE TABLE playbook_steps_new (
    id @ID@,
    playbook_id BIGINT NOT NULL REFERENCES playbooks (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('personal_call', 'thank_you_note', 'exit_survey', 'data_export',
                                       'billing_chore', 'alternative_conversation', 'winback_checkin', 'custom')),
    title TEXT NOT NULL,
    help_text TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT 'rep' CHECK (owner_role IN ('rep', 'manager', 'admin')),
    due_offset_days INTEGER NOT NULL DEFAULT 0,
    required @BOOL@ NOT NULL DEFAULT @TRUE@,
    archived @BOOL@ NOT NULL DEFAULT @FALSE@
);
INSERT INTO playbook_steps_new (id, playbook_id, position, kind, title, help_text, owner_role,
    due_offset_days, required)
SELECT id, playbook_id, position, kind, title, help_text, owner_role, due_offset_days, required FROM playbook_steps;
DROP TABLE playbook_steps;
ALTER TABLE playbook_steps_new RENAME TO playbook_steps;
CREATE UNIQUE INDEX playbook_steps_position_idx ON playbook_steps (playbook_id, position) WHERE archived = @FALSE@;

CREATE TABLE cases_new (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    owner_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    playbook_id BIGINT REFERENCES playbooks (id) ON DELETE RESTRICT,
    origin TEXT NOT NULL DEFAULT 'notice' CHECK (origin IN ('notice', 'at_risk')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_on @DATE@ NOT NULL,
    effective_on @DATE@,
    closed_on @DATE@,
    outcome TEXT CHECK (outcome IN ('churned', 'saved', 'downgraded', 'paused')),
    mrr_lost_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    returned_from_case_id BIGINT REFERENCES cases (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_on IS NOT NULL))
);
INSERT INTO cases_new (id, account_id, owner_id, playbook_id, origin, status, opened_on, effective_on,
    closed_on, outcome, mrr_lost_minor, currency, returned_from_case_id, version, created_at, updated_at)
SELECT id, account_id, owner_id, playbook_id, origin, status, opened_on, effective_on, closed_on, outcome,
    mrr_lost_minor, currency, returned_from_case_id, version, created_at, updated_at FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_owner_status_idx ON cases (owner_id, status);
CREATE INDEX cases_account_idx ON cases (account_id);
CREATE INDEX cases_opened_idx ON cases (opened_on);
CREATE INDEX cases_status_effective_idx ON cases (status, effective_on);
CREATE INDEX cases_closed_idx ON cases (closed_on);
CREATE INDEX cases_status_opened_idx ON cases (status, opened_on);
CREATE INDEX cases_owner_status_opened_idx ON cases (owner_id, status, opened_on);
CREATE UNIQUE INDEX cases_one_open_per_account ON cases (account_id) WHERE status = 'open';

CREATE TABLE tasks_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    step_id BIGINT REFERENCES playbook_steps (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL CHECK (kind IN ('personal_call', 'thank_you_note', 'exit_survey', 'data_export',
                                       'billing_chore', 'alternative_conversation', 'winback_checkin', 'custom')),
    title TEXT NOT NULL,
    help_text TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT 'rep' CHECK (owner_role IN ('rep', 'manager', 'admin')),
    assignee_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    due_on @DATE@,
    required @BOOL@ NOT NULL DEFAULT @TRUE@,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    completed_at @INSTANT@,
    completed_by BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO tasks_new (id, case_id, step_id, position, kind, title, help_text, owner_role, assignee_id,
    due_on, required, status, completed_at, completed_by, version)
SELECT id, case_id, step_id, position, kind, title, help_text, owner_role, assignee_id, due_on, required,
    status, completed_at, completed_by, version FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_new RENAME TO tasks;
CREATE INDEX tasks_case_idx ON tasks (case_id, position);
CREATE INDEX tasks_assignee_due_idx ON tasks (assignee_id, status, due_on);

CREATE TABLE calls_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    user_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    contact_id BIGINT REFERENCES contacts (id) ON DELETE RESTRICT,
    called_at @INSTANT@ NOT NULL,
    duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'voicemail', 'no_answer', 'wrong_number')),
    summary TEXT NOT NULL DEFAULT '',
    next_follow_up_on @DATE@,
    follow_up_task_id BIGINT REFERENCES tasks (id) ON DELETE RESTRICT
);
INSERT INTO calls_new (id, case_id, user_id, contact_id, called_at, duration_seconds, direction, outcome,
    summary, next_follow_up_on, follow_up_task_id)
SELECT id, case_id, user_id, contact_id, called_at, duration_seconds, direction, outcome, summary,
    next_follow_up_on, follow_up_task_id FROM calls;
DROP TABLE calls;
ALTER TABLE calls_new RENAME TO calls;
CREATE INDEX calls_case_idx ON calls (case_id, called_at);
CREATE INDEX calls_user_idx ON calls (user_id, called_at);

CREATE TABLE exit_feedback_new (
    id @ID@,
    case_id BIGINT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE RESTRICT,
    primary_reason_id BIGINT REFERENCES exit_reasons (id) ON DELETE RESTRICT,
    verbatim TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    competitor TEXT NOT NULL DEFAULT '',
    would_return TEXT NOT NULL DEFAULT 'unknown' CHECK (would_return IN ('yes', 'no', 'maybe', 'unknown')),
    may_contact_later @BOOL@ NOT NULL DEFAULT @FALSE@,
    recorded_by BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    recorded_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO exit_feedback_new (id, case_id, primary_reason_id, verbatim, satisfaction, competitor,
    would_return, may_contact_later, recorded_by, recorded_at)
SELECT id, case_id, primary_reason_id, verbatim, satisfaction, competitor, would_return, may_contact_later,
    recorded_by, recorded_at FROM exit_feedback;
DROP TABLE exit_feedback;
ALTER TABLE exit_feedback_new RENAME TO exit_feedback;
CREATE INDEX exit_feedback_reason_idx ON exit_feedback (primary_reason_id);

CREATE TABLE exit_feedback_reasons_new (
    feedback_id BIGINT NOT NULL REFERENCES exit_feedback (id) ON DELETE RESTRICT,
    reason_id BIGINT NOT NULL REFERENCES exit_reasons (id) ON DELETE RESTRICT,
    PRIMARY KEY (feedback_id, reason_id)
);
INSERT INTO exit_feedback_reasons_new (feedback_id, reason_id)
SELECT feedback_id, reason_id FROM exit_feedback_reasons;
DROP TABLE exit_feedback_reasons;
ALTER TABLE exit_feedback_reasons_new RENAME TO exit_feedback_reasons;

CREATE TABLE alternatives_offered_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('pause', 'downgrade', 'discount', 'training', 'workaround')),
    description TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT 'thinking' CHECK (response IN ('accepted', 'declined', 'thinking')),
    offered_by BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    offered_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO alternatives_offered_new (id, case_id, kind, description, response, offered_by, offered_at)
SELECT id, case_id, kind, description, response, offered_by, offered_at FROM alternatives_offered;
DROP TABLE alternatives_offered;
ALTER TABLE alternatives_offered_new RENAME TO alternatives_offered;
CREATE INDEX alternatives_case_idx ON alternatives_offered (case_id);

CREATE TABLE note_templates_new (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO note_templates_new (id, name, language, subject, body, active, version, created_at, updated_at)
SELECT id, name, language, subject, body, active, version, created_at, updated_at FROM note_templates;
DROP TABLE note_templates;
ALTER TABLE note_templates_new RENAME TO note_templates;

CREATE TABLE notes_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    template_id BIGINT REFERENCES note_templates (id) ON DELETE RESTRICT,
    author_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    recipient_name TEXT NOT NULL DEFAULT '',
    recipient_email TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'sending', 'sent', 'failed')),
    delivery TEXT NOT NULL DEFAULT 'smtp' CHECK (delivery IN ('smtp', 'mail_client', 'eml')),
    message_id TEXT UNIQUE,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    queued_at @INSTANT@,
    sent_at @INSTANT@,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO notes_new (id, case_id, template_id, author_id, recipient_name, recipient_email, subject, body,
    state, delivery, message_id, attempts, last_error, queued_at, sent_at, version, created_at, updated_at)
SELECT id, case_id, template_id, author_id, recipient_name, recipient_email, subject, body, state, delivery,
    message_id, attempts, last_error, queued_at, sent_at, version, created_at, updated_at FROM notes;
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
CREATE INDEX notes_case_idx ON notes (case_id);
CREATE INDEX notes_state_idx ON notes (state, queued_at);

CREATE TABLE winback_checkins_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    due_on @DATE@ NOT NULL,
    assignee_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    outcome TEXT CHECK (outcome IN ('returned', 'not_yet', 'declined', 'no_answer')),
    notes TEXT NOT NULL DEFAULT '',
    completed_at @INSTANT@,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO winback_checkins_new (id, case_id, due_on, assignee_id, status, outcome, notes, completed_at,
    version)
SELECT id, case_id, due_on, assignee_id, status, outcome, notes, completed_at, version FROM winback_checkins;
DROP TABLE winback_checkins;
ALTER TABLE winback_checkins_new RENAME TO winback_checkins;
CREATE INDEX winback_due_idx ON winback_checkins (status, due_on);
CREATE INDEX winback_case_idx ON winback_checkins (case_id);
CREATE INDEX winback_case_status_idx ON winback_checkins (case_id, status);

CREATE TABLE usage_events_new (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    occurred_on @DATE@ NOT NULL,
    logins INTEGER NOT NULL DEFAULT 0 CHECK (logins >= 0),
    active_seats INTEGER NOT NULL DEFAULT 0 CHECK (active_seats >= 0),
    key_actions INTEGER NOT NULL DEFAULT 0 CHECK (key_actions >= 0),
    UNIQUE (account_id, occurred_on)
);
INSERT INTO usage_events_new (id, account_id, occurred_on, logins, active_seats, key_actions)
SELECT id, account_id, occurred_on, logins, active_seats, key_actions FROM usage_events;
DROP TABLE usage_events;
ALTER TABLE usage_events_new RENAME TO usage_events;

CREATE TABLE audit_log_new (
    id @ID@,
    occurred_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    user_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_new (id, occurred_at, user_id, entity, entity_id, action, before_json, after_json)
SELECT id, occurred_at, user_id, entity, entity_id, action, before_json, after_json FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_time_idx ON audit_log (occurred_at);
