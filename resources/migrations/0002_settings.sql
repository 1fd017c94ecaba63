-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: settings that belong to the database rather than to one
-- desktop (mail server, retention, the organisation's name), so a whole
-- team sharing a PostgreSQL database shares them too.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL DEFAULT '',
    updated_at @INSTANT@ NOT NULL DEFAULT @NOW@
);
INSERT INTO settings (key, value) VALUES ('organisation_name', 'Fairwell');
