-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9 on PostgreSQL: the durable outbox of thank-you notes
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
-- The check's name is the one PostgreSQL gave it in version 1; the change
-- notice trigger of version 7 stays on the table.
-- The SQLite side of this version: 0009_outbox.sqlite.sql.

ALTER TABLE notes
    DROP CONSTRAINT notes_state_check,
    ADD CONSTRAINT notes_state_check CHECK (state IN ('draft', 'queued', 'sending', 'sent', 'failed',
                                                      'may_have_been_sent', 'cancelled')),
    ADD COLUMN sending_started_at TIMESTAMPTZ,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN cc TEXT NOT NULL DEFAULT '';
UPDATE notes SET next_attempt_at = coalesce(queued_at, updated_at) WHERE state = 'queued';
CREATE INDEX notes_due_idx ON notes (state, next_attempt_at);
