-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5 on SQLite: the rep's queue answers every view, sort and search
-- from an index (core/services/queuequery.cpp). The sort keys that live on
-- other tables (the account's name, segment, plan and MRR, the owner's
-- name, the next open task, how many tasks are done) are copied onto
-- `cases` as queue_* columns, and the text a search looks in is kept folded
-- in accounts.search_text with a trigram index (FTS5) over it. Triggers
-- keep all of it right, whoever writes: the services, the demo generator's
-- bulk inserts, an administrator in the sqlite3 shell. They never touch
-- cases.version, which counts a person's edits, nor updated_at.
-- The PostgreSQL side of this version: 0005_queue.postgres.sql.

-- Folded search text: the account's name, external id and its contacts'
-- names, separated by U+001F (nobody types it, so no match spans two), in
-- lower case. SQLite's lower() folds ASCII only: the replace() chains of
-- account_fold_1 … 6 fold the upper-case letters of Latin-1 and Latin
-- Extended-A as well (core/services/queuetext.cpp folds a search the same).
ALTER TABLE accounts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

ALTER TABLE cases ADD COLUMN queue_account TEXT NOT NULL DEFAULT '';
-- 1 smb, 2 mid_market, 3 enterprise: sorted by size, not by spelling.
ALTER TABLE cases ADD COLUMN queue_segment_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN queue_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN queue_mrr_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN queue_owner TEXT;
ALTER TABLE cases ADD COLUMN queue_search TEXT NOT NULL DEFAULT '';
-- The open task due first (undated ones last, then by position).
ALTER TABLE cases ADD COLUMN queue_next_title TEXT;
ALTER TABLE cases ADD COLUMN queue_next_due @DATE@;
ALTER TABLE cases ADD COLUMN queue_tasks_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN queue_tasks_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN queue_progress REAL GENERATED ALWAYS AS
    (CASE WHEN queue_tasks_total = 0 THEN 0.0 ELSE CAST(queue_tasks_done AS REAL) / queue_tasks_total END) VIRTUAL;
-- Sorts like "days open" without knowing today: minus the day number of
-- the opening while open (more days open, larger), the days it took once
-- closed. PostgreSQL computes the same numbers.
ALTER TABLE cases ADD COLUMN queue_days INTEGER GENERATED ALWAYS AS
    (CASE WHEN status = 'closed' THEN CAST(julianday(closed_on) - julianday(opened_on) AS INTEGER)
          ELSE CAST(2440587.5 - julianday(opened_on) AS INTEGER) END) VIRTUAL;

-- The trigram index behind every search of three characters or more; the
-- text lives in accounts.search_text (external content), the index only
-- holds the trigrams.
CREATE VIRTUAL TABLE account_search USING fts5(search_text, content = 'accounts', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 0');

-- The same for the queue: a trigram index over each case's copy of its
-- account's search text, so a search yields case ids, which every sort
-- index holds: a view reads its sort index in order and keeps the cases
-- found, without reading a table row for the ones it passes over.
CREATE VIRTUAL TABLE case_search USING fts5(queue_search, content = 'cases', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 0');

-- Inserting an account id here recomputes that account's search text: the
-- fold lives in this one place instead of in every trigger that needs it.
-- Text that is all ASCII is folded by lower() at once; other text passes
-- through the views account_fold_1 … account_fold_6, each replacing a
-- few upper-case letters (one nested replace() of all 92 would overflow
-- SQLite's parser stack).
CREATE VIEW account_search_refresh AS SELECT id FROM accounts;
CREATE VIEW account_fold_1 AS SELECT id, search_text AS t FROM accounts;
CREATE VIEW account_fold_2 AS SELECT id, search_text AS t FROM accounts;
CREATE VIEW account_fold_3 AS SELECT id, search_text AS t FROM accounts;
CREATE VIEW account_fold_4 AS SELECT id, search_text AS t FROM accounts;
CREATE VIEW account_fold_5 AS SELECT id, search_text AS t FROM accounts;
CREATE VIEW account_fold_6 AS SELECT id, search_text AS t FROM accounts;
CREATE TRIGGER account_search_refresh_insert INSTEAD OF INSERT ON account_search_refresh
BEGIN
    INSERT INTO account_fold_1 (id, t)
        SELECT NEW.id, raw.t
        FROM (SELECT a.name || char(31) || a.external_id
                     || coalesce((SELECT char(31) || group_concat(c.name, char(31))
                                  FROM (SELECT name FROM contacts WHERE account_id = NEW.id ORDER BY id) AS c), '')
                     AS t
              FROM accounts AS a WHERE a.id = NEW.id) AS raw;
END;
CREATE TRIGGER account_fold_1_insert INSTEAD OF INSERT ON account_fold_1
BEGIN
    UPDATE accounts SET search_text = lower(NEW.t)
    WHERE id = NEW.id AND length(CAST(NEW.t AS BLOB)) = length(NEW.t);
    INSERT INTO account_fold_2 (id, t)
        SELECT NEW.id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'À', 'à') , 'Á', 'á') , 'Â', 'â') , 'Ã', 'ã') , 'Ä', 'ä') , 'Å', 'å') , 'Æ', 'æ') , 'Ç', 'ç')
            , 'È', 'è') , 'É', 'é') , 'Ê', 'ê') , 'Ë', 'ë') , 'Ì', 'ì') , 'Í', 'í') , 'Î', 'î') , 'Ï', 'ï')
        WHERE length(CAST(NEW.t AS BLOB)) <> length(NEW.t);
END;
CREATE TRIGGER account_fold_2_insert INSTEAD OF INSERT ON account_fold_2
BEGIN
    INSERT INTO account_fold_3 (id, t) VALUES (NEW.id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'Ð', 'ð') , 'Ñ', 'ñ') , 'Ò', 'ò') , 'Ó', 'ó') , 'Ô', 'ô') , 'Õ', 'õ') , 'Ö', 'ö') , 'Ø', 'ø')
            , 'Ù', 'ù') , 'Ú', 'ú') , 'Û', 'û') , 'Ü', 'ü') , 'Ý', 'ý') , 'Þ', 'þ') , 'Ā', 'ā') , 'Ă', 'ă'));
END;
CREATE TRIGGER account_fold_3_insert INSTEAD OF INSERT ON account_fold_3
BEGIN
    INSERT INTO account_fold_4 (id, t) VALUES (NEW.id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'Ą', 'ą') , 'Ć', 'ć') , 'Ĉ', 'ĉ') , 'Ċ', 'ċ') , 'Č', 'č') , 'Ď', 'ď') , 'Đ', 'đ') , 'Ē', 'ē')
            , 'Ĕ', 'ĕ') , 'Ė', 'ė') , 'Ę', 'ę') , 'Ě', 'ě') , 'Ĝ', 'ĝ') , 'Ğ', 'ğ') , 'Ġ', 'ġ') , 'Ģ', 'ģ'));
END;
CREATE TRIGGER account_fold_4_insert INSTEAD OF INSERT ON account_fold_4
BEGIN
    INSERT INTO account_fold_5 (id, t) VALUES (NEW.id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'Ĥ', 'ĥ') , 'Ħ', 'ħ') , 'Ĩ', 'ĩ') , 'Ī', 'ī') , 'Ĭ', 'ĭ') , 'Į', 'į') , 'Ĳ', 'ĳ') , 'Ĵ', 'ĵ')
            , 'Ķ', 'ķ') , 'Ĺ', 'ĺ') , 'Ļ', 'ļ') , 'Ľ', 'ľ') , 'Ŀ', 'ŀ') , 'Ł', 'ł') , 'Ń', 'ń') , 'Ņ', 'ņ'));
END;
CREATE TRIGGER account_fold_5_insert INSTEAD OF INSERT ON account_fold_5
BEGIN
    INSERT INTO account_fold_6 (id, t) VALUES (NEW.id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'Ň', 'ň') , 'Ŋ', 'ŋ') , 'Ō', 'ō') , 'Ŏ', 'ŏ') , 'Ő', 'ő') , 'Œ', 'œ') , 'Ŕ', 'ŕ') , 'Ŗ', 'ŗ')
            , 'Ř', 'ř') , 'Ś', 'ś') , 'Ŝ', 'ŝ') , 'Ş', 'ş') , 'Š', 'š') , 'Ţ', 'ţ') , 'Ť', 'ť') , 'Ŧ', 'ŧ'));
END;
CREATE TRIGGER account_fold_6_insert INSTEAD OF INSERT ON account_fold_6
BEGIN
    UPDATE accounts SET search_text = lower(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.t
            , 'Ũ', 'ũ') , 'Ū', 'ū') , 'Ŭ', 'ŭ') , 'Ů', 'ů') , 'Ű', 'ű') , 'Ų', 'ų') , 'Ŵ', 'ŵ') , 'Ŷ', 'ŷ')
            , 'Ÿ', 'ÿ') , 'Ź', 'ź') , 'Ż', 'ż') , 'Ž', 'ž'))
    WHERE id = NEW.id;
END;

CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts
BEGIN
    INSERT INTO account_search_refresh (id) VALUES (NEW.id);
END;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF name, external_id ON accounts
BEGIN
    INSERT INTO account_search_refresh (id) VALUES (NEW.id);
END;
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO account_search_refresh (id) VALUES (NEW.account_id);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF name, account_id ON contacts
BEGIN
    INSERT INTO account_search_refresh (id) SELECT OLD.account_id WHERE OLD.account_id <> NEW.account_id;
    INSERT INTO account_search_refresh (id) VALUES (NEW.account_id);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    INSERT INTO account_search_refresh (id) VALUES (OLD.account_id);
END;

-- The trigram index and the cases' copy follow the search text.
CREATE TRIGGER accounts_search_index AFTER UPDATE OF search_text ON accounts
BEGIN
    INSERT INTO account_search (account_search, rowid, search_text)
        SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
    INSERT INTO account_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
    UPDATE cases SET queue_search = NEW.search_text WHERE account_id = NEW.id;
END;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts
BEGIN
    INSERT INTO account_search (account_search, rowid, search_text)
        SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
END;

CREATE TRIGGER cases_search_index AFTER UPDATE OF queue_search ON cases
BEGIN
    INSERT INTO case_search (case_search, rowid, queue_search)
        SELECT 'delete', OLD.id, OLD.queue_search WHERE OLD.queue_search <> '';
    INSERT INTO case_search (rowid, queue_search) SELECT NEW.id, NEW.queue_search WHERE NEW.queue_search <> '';
END;
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO case_search (case_search, rowid, queue_search)
        SELECT 'delete', OLD.id, OLD.queue_search WHERE OLD.queue_search <> '';
END;

-- A case takes its account's and owner's keys when written; they follow
-- when the account or the owner changes.
CREATE TRIGGER cases_queue_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET queue_account = a.name,
                     queue_segment_rank = CASE a.segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END,
                     queue_plan = a.plan, queue_mrr_minor = a.mrr_minor, queue_search = a.search_text,
                     queue_owner = (SELECT display_name FROM users WHERE id = NEW.owner_id)
    FROM accounts AS a WHERE a.id = NEW.account_id AND cases.id = NEW.id;
END;
CREATE TRIGGER cases_queue_update AFTER UPDATE OF account_id, owner_id ON cases
BEGIN
    UPDATE cases SET queue_account = a.name,
                     queue_segment_rank = CASE a.segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END,
                     queue_plan = a.plan, queue_mrr_minor = a.mrr_minor, queue_search = a.search_text,
                     queue_owner = (SELECT display_name FROM users WHERE id = NEW.owner_id)
    FROM accounts AS a WHERE a.id = NEW.account_id AND cases.id = NEW.id;
END;
CREATE TRIGGER accounts_queue_update AFTER UPDATE OF name, segment, plan, mrr_minor ON accounts
BEGIN
    UPDATE cases SET queue_account = NEW.name,
                     queue_segment_rank = CASE NEW.segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END,
                     queue_plan = NEW.plan, queue_mrr_minor = NEW.mrr_minor
    WHERE account_id = NEW.id;
END;
CREATE TRIGGER users_queue_update AFTER UPDATE OF display_name ON users
BEGIN
    UPDATE cases SET queue_owner = NEW.display_name WHERE owner_id = NEW.id;
END;

-- Inserting a case id here recomputes its task columns.
CREATE VIEW case_tasks_refresh AS SELECT id FROM cases;
CREATE TRIGGER case_tasks_refresh_insert INSTEAD OF INSERT ON case_tasks_refresh
BEGIN
    UPDATE cases SET
        queue_tasks_total = (SELECT count(*) FROM tasks WHERE case_id = NEW.id),
        queue_tasks_done = (SELECT count(*) FROM tasks WHERE case_id = NEW.id AND status <> 'open'),
        queue_next_title = (SELECT title FROM tasks WHERE case_id = NEW.id AND status = 'open'
                            ORDER BY due_on IS NULL, due_on, position, id LIMIT 1),
        queue_next_due = (SELECT due_on FROM tasks WHERE case_id = NEW.id AND status = 'open'
                          ORDER BY due_on IS NULL, due_on, position, id LIMIT 1)
    WHERE id = NEW.id;
END;
CREATE TRIGGER tasks_queue_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO case_tasks_refresh (id) VALUES (NEW.case_id);
END;
CREATE TRIGGER tasks_queue_update AFTER UPDATE OF case_id, status, due_on, title, position ON tasks
BEGIN
    INSERT INTO case_tasks_refresh (id) SELECT OLD.case_id WHERE OLD.case_id <> NEW.case_id;
    INSERT INTO case_tasks_refresh (id) VALUES (NEW.case_id);
END;
CREATE TRIGGER tasks_queue_delete AFTER DELETE ON tasks
BEGIN
    INSERT INTO case_tasks_refresh (id) VALUES (OLD.case_id);
END;

-- What is there already.
INSERT INTO account_search_refresh (id) SELECT id FROM accounts;
UPDATE cases SET queue_account = a.name,
                 queue_segment_rank = CASE a.segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END,
                 queue_plan = a.plan, queue_mrr_minor = a.mrr_minor, queue_search = a.search_text,
                 queue_owner = (SELECT display_name FROM users WHERE users.id = cases.owner_id)
FROM accounts AS a WHERE a.id = cases.account_id;
INSERT INTO case_tasks_refresh (id) SELECT DISTINCT case_id FROM tasks;

-- One index per sort, each in the order (status, key, id): a view's first
-- page, and any page after a cursor, is a range of it read in order, so a
-- deep page costs what the first does. Every view is either open or
-- closed cases. The ones of versions 1 and 3 on (status, opened_on) and
-- (status, effective_on) become these.
DROP INDEX cases_status_opened_idx;
DROP INDEX cases_status_effective_idx;
-- Version 1's index on closed_on alone serves nothing the one below does
-- not, and PostgreSQL took it for "open cases by closed date" (all NULL):
-- sorting the view's cases instead of reading (status, closed_on, id).
DROP INDEX cases_closed_idx;
CREATE INDEX cases_queue_account_idx ON cases (status, queue_account, id);
CREATE INDEX cases_queue_segment_idx ON cases (status, queue_segment_rank, id);
CREATE INDEX cases_queue_plan_idx ON cases (status, queue_plan, id);
CREATE INDEX cases_queue_mrr_idx ON cases (status, queue_mrr_minor, id);
CREATE INDEX cases_queue_owner_idx ON cases (status, queue_owner, id);
CREATE INDEX cases_queue_opened_idx ON cases (status, opened_on, id);
CREATE INDEX cases_queue_effective_idx ON cases (status, effective_on, id);
CREATE INDEX cases_queue_days_idx ON cases (status, queue_days, id);
CREATE INDEX cases_queue_next_title_idx ON cases (status, queue_next_title, id);
CREATE INDEX cases_queue_next_due_idx ON cases (status, queue_next_due, id);
CREATE INDEX cases_queue_progress_idx ON cases (status, queue_progress, id);
CREATE INDEX cases_queue_outcome_idx ON cases (status, outcome, id);
CREATE INDEX cases_queue_closed_idx ON cases (status, closed_on, id);
-- Searches of one or two characters, which no trigram can serve, read
-- the folded text of a view's cases from this index alone.
CREATE INDEX cases_queue_search_idx ON cases (status, queue_search);
-- Names starting with what was typed come first in "Start offboarding".
CREATE INDEX accounts_search_text_idx ON accounts (search_text);
