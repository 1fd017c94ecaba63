-- SPDX-License-Identifier: GPL-3.0-or-later
-- Fairwell schema, version 1: everything PRODUCT.md names.
-- Written once for SQLite and PostgreSQL; the @TOKENS@ are spelled per
-- dialect by core/storage/sqldialect.cpp. Statements end with ";" at the end
-- of a line. Money is in minor units with an ISO 4217 currency; instants are
-- UTC; calendar dates are dates.

CREATE TABLE users (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@
);

CREATE TABLE accounts (
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
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
CREATE INDEX accounts_name_idx ON accounts (name);
CREATE INDEX accounts_segment_plan_idx ON accounts (segment, plan);
CREATE INDEX accounts_owner_idx ON accounts (owner_id);

CREATE TABLE contacts (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    is_primary @BOOL@ NOT NULL DEFAULT @FALSE@
);
CREATE INDEX contacts_account_idx ON contacts (account_id);

CREATE TABLE reason_categories (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@
);

CREATE TABLE exit_reasons (
    id @ID@,
    category_id BIGINT NOT NULL REFERENCES reason_categories (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    UNIQUE (category_id, name)
);

CREATE TABLE playbooks (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    match_segment TEXT,
    match_plan TEXT,
    match_mrr_min_minor BIGINT,
    match_mrr_max_minor BIGINT,
    match_reason_category_id BIGINT REFERENCES reason_categories (id) ON DELETE SET NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    active @BOOL@ NOT NULL DEFAULT @TRUE@,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);

CREATE TABLE playbook_steps (
    id @ID@,
    playbook_id BIGINT NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('personal_call', 'thank_you_note', 'exit_survey', 'data_export',
                                       'billing_chore', 'alternative_conversation', 'winback_checkin', 'custom')),
    title TEXT NOT NULL,
    help_text TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT 'rep' CHECK (owner_role IN ('rep', 'manager', 'admin')),
    due_offset_days INTEGER NOT NULL DEFAULT 0,
    required @BOOL@ NOT NULL DEFAULT @TRUE@,
    UNIQUE (playbook_id, position)
);

CREATE TABLE cases (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    playbook_id BIGINT REFERENCES playbooks (id) ON DELETE SET NULL,
    origin TEXT NOT NULL DEFAULT 'notice' CHECK (origin IN ('notice', 'at_risk')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_on @DATE@ NOT NULL,
    effective_on @DATE@,
    closed_on @DATE@,
    outcome TEXT CHECK (outcome IN ('churned', 'saved', 'downgraded', 'paused')),
    mrr_lost_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    returned_from_case_id BIGINT REFERENCES cases (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_on IS NOT NULL))
);
CREATE INDEX cases_owner_status_idx ON cases (owner_id, status);
CREATE INDEX cases_account_idx ON cases (account_id);
CREATE INDEX cases_opened_idx ON cases (opened_on);
CREATE INDEX cases_status_effective_idx ON cases (status, effective_on);
CREATE INDEX cases_closed_idx ON cases (closed_on);

CREATE TABLE tasks (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    step_id BIGINT REFERENCES playbook_steps (id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL CHECK (kind IN ('personal_call', 'thank_you_note', 'exit_survey', 'data_export',
                                       'billing_chore', 'alternative_conversation', 'winback_checkin', 'custom')),
    title TEXT NOT NULL,
    help_text TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT 'rep' CHECK (owner_role IN ('rep', 'manager', 'admin')),
    assignee_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    due_on @DATE@,
    required @BOOL@ NOT NULL DEFAULT @TRUE@,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    completed_at @INSTANT@,
    completed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_case_idx ON tasks (case_id, position);
CREATE INDEX tasks_assignee_due_idx ON tasks (assignee_id, status, due_on);

CREATE TABLE calls (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
    called_at @INSTANT@ NOT NULL,
    duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'voicemail', 'no_answer', 'wrong_number')),
    summary TEXT NOT NULL DEFAULT '',
    next_follow_up_on @DATE@,
    follow_up_task_id BIGINT REFERENCES tasks (id) ON DELETE SET NULL
);
CREATE INDEX calls_case_idx ON calls (case_id, called_at);
CREATE INDEX calls_user_idx ON calls (user_id, called_at);

CREATE TABLE exit_feedback (
    id @ID@,
    case_id BIGINT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    primary_reason_id BIGINT REFERENCES exit_reasons (id) ON DELETE RESTRICT,
    verbatim TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    competitor TEXT NOT NULL DEFAULT '',
    would_return TEXT NOT NULL DEFAULT 'unknown' CHECK (would_return IN ('yes', 'no', 'maybe', 'unknown')),
    may_contact_later @BOOL@ NOT NULL DEFAULT @FALSE@,
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    recorded_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
CREATE INDEX exit_feedback_reason_idx ON exit_feedback (primary_reason_id);

CREATE TABLE exit_feedback_reasons (
    feedback_id BIGINT NOT NULL REFERENCES exit_feedback (id) ON DELETE CASCADE,
    reason_id BIGINT NOT NULL REFERENCES exit_reasons (id) ON DELETE RESTRICT,
    PRIMARY KEY (feedback_id, reason_id)
);

CREATE TABLE alternatives_offered (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('pause', 'downgrade', 'discount', 'training', 'workaround')),
    description TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT 'thinking' CHECK (response IN ('accepted', 'declined', 'thinking')),
    offered_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    offered_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
CREATE INDEX alternatives_case_idx ON alternatives_offered (case_id);

CREATE TABLE note_templates (
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

-- A note is also its own outbox entry: its state moves draft → queued →
-- sending → sent (or failed), and message_id makes a resend recognisable.
CREATE TABLE notes (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    template_id BIGINT REFERENCES note_templates (id) ON DELETE SET NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
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
CREATE INDEX notes_case_idx ON notes (case_id);
CREATE INDEX notes_state_idx ON notes (state, queued_at);

CREATE TABLE winback_checkins (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    due_on @DATE@ NOT NULL,
    assignee_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    outcome TEXT CHECK (outcome IN ('returned', 'not_yet', 'declined', 'no_answer')),
    notes TEXT NOT NULL DEFAULT '',
    completed_at @INSTANT@,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX winback_due_idx ON winback_checkins (status, due_on);
CREATE INDEX winback_case_idx ON winback_checkins (case_id);

CREATE TABLE usage_events (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    occurred_on @DATE@ NOT NULL,
    logins INTEGER NOT NULL DEFAULT 0 CHECK (logins >= 0),
    active_seats INTEGER NOT NULL DEFAULT 0 CHECK (active_seats >= 0),
    key_actions INTEGER NOT NULL DEFAULT 0 CHECK (key_actions >= 0),
    UNIQUE (account_id, occurred_on)
);

CREATE TABLE audit_log (
    id @ID@,
    occurred_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_time_idx ON audit_log (occurred_at);
