-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9 on SQLite: the durable outbox of thank-you notes
-- (core/services/noteservice.cpp, core/session/outboxsender.cpp).
--  - Two more states: "may_have_been_sent" (the app stopped between
--    handing a message to the server and hearing its answer: a person
--    decides, it is never resent silently) and "cancelled".
--  - sending_started_at: when the current attempt began, so an attempt
--    that never came back is found (and flagged) after the sender's
--    timeout, by any desktop.
--  - next_attempt_at: when a queued note is due; the sender's "next due
--    note" reads notes_due_idx in order. Every queued note has one.
--  - cc: the note's Cc mailboxes as a JSON array of {"name", "address"};
--    empty: none.
-- SQLite cannot change a CHECK in place, so the table is rebuilt as in
-- version 4 (nothing refers to notes, and no trigger or view reads it),
-- keeping every row with its id, its indexes and the AUTOINCREMENT counter:
-- the id of a deleted draft is never handed out again, since its audit rows
-- stay.
-- The PostgreSQL side of this version: 0009_outbox.postgres.sql.
-- fairwell: foreign-keys-off

CREATE TABLE notes_new (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    template_id BIGINT REFERENCES note_templates (id) ON DELETE RESTRICT,
    author_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    recipient_name TEXT NOT NULL DEFAULT '',
    recipient_email TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'sending', 'sent', 'failed',
                                                         'may_have_been_sent', 'cancelled')),
    delivery TEXT NOT NULL DEFAULT 'smtp' CHECK (delivery IN ('smtp', 'mail_client', 'eml')),
    message_id TEXT UNIQUE,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    queued_at @INSTANT@,
    sent_at @INSTANT@,
    version INTEGER NOT NULL DEFAULT 1,
    created_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@,
    sending_started_at @INSTANT@,
    next_attempt_at @INSTANT@,
    cc TEXT NOT NULL DEFAULT ''
);
INSERT INTO notes_new (id, case_id, template_id, author_id, recipient_name, recipient_email, subject, body,
    state, delivery, message_id, attempts, last_error, queued_at, sent_at, version, created_at, updated_at,
    next_attempt_at)
SELECT id, case_id, template_id, author_id, recipient_name, recipient_email, subject, body, state, delivery,
    message_id, attempts, last_error, queued_at, sent_at, version, created_at, updated_at,
    CASE WHEN state = 'queued' THEN coalesce(queued_at, updated_at) END FROM notes;
-- The counter, as high as the old table's (which may be past its last row).
INSERT INTO sqlite_sequence (name, seq)
SELECT 'notes_new', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'notes_new');
UPDATE sqlite_sequence
SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'notes'), 0))
WHERE name = 'notes_new';
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
CREATE INDEX notes_case_idx ON notes (case_id);
CREATE INDEX notes_state_idx ON notes (state, queued_at);
CREATE INDEX notes_due_idx ON notes (state, next_attempt_at);
