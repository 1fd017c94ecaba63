-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5 on PostgreSQL: the rep's queue answers every view, sort and
-- search from an index (core/services/queuequery.cpp). The sort keys that
-- live on other tables (the account's name, segment, plan and MRR, the
-- owner's name, the next open task, how many tasks are done) are copied
-- onto `cases` as queue_* columns, and the text a search looks in is kept
-- folded in accounts.search_text with a trigram index (pg_trgm) over it.
-- Triggers keep all of it right, whoever writes: the services, the demo
-- generator's bulk inserts, an administrator in psql. They never touch
-- cases.version, which counts a person's edits, nor updated_at. Triggers
-- fed by bulk inserts (contacts, tasks) run once per statement over its
-- transition table, not once per row.
-- The SQLite side of this version: 0005_queue.sqlite.sql.

-- pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Folded search text: the account's name, external id and its contacts'
-- names, separated by U+001F (nobody types it, so no match spans two),
-- lower-cased by the server (beyond ASCII: "KÖLN" becomes "köln").
ALTER TABLE accounts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

-- The distinct two-character pieces of a text: what a search of two
-- characters finds through cases_queue_bigram_idx, where the trigram index
-- has nothing to look up and every case of the view would be read. Kept in
-- a column: computed per row in a filter it costs some 30 µs.
CREATE FUNCTION fairwell_bigrams(value TEXT)
RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(value, i, 2)), '{}')
    FROM generate_series(1, length(value) - 1) AS i
$$;

ALTER TABLE cases
    ADD COLUMN queue_account TEXT NOT NULL DEFAULT '',
    -- 1 smb, 2 mid_market, 3 enterprise: sorted by size, not by spelling.
    ADD COLUMN queue_segment_rank INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN queue_plan TEXT NOT NULL DEFAULT '',
    ADD COLUMN queue_mrr_minor BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN queue_owner TEXT,
    ADD COLUMN queue_search TEXT NOT NULL DEFAULT '',
    ADD COLUMN queue_bigrams TEXT[] GENERATED ALWAYS AS (fairwell_bigrams(queue_search)) STORED,
    -- The open task due first (undated ones last, then by position).
    ADD COLUMN queue_next_title TEXT,
    ADD COLUMN queue_next_due DATE,
    ADD COLUMN queue_tasks_done INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN queue_tasks_total INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN queue_progress DOUBLE PRECISION GENERATED ALWAYS AS
        (CASE WHEN queue_tasks_total = 0 THEN 0.0 ELSE queue_tasks_done::DOUBLE PRECISION / queue_tasks_total END)
        STORED,
    -- Sorts like "days open" without knowing today: minus the day number of
    -- the opening while open, the days it took once closed (as on SQLite).
    ADD COLUMN queue_days INTEGER GENERATED ALWAYS AS
        (CASE WHEN status = 'closed' THEN closed_on - opened_on ELSE DATE '1970-01-01' - opened_on END) STORED;

CREATE FUNCTION fairwell_account_search_text(account_name TEXT, external_id TEXT, account BIGINT)
RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT lower(account_name || chr(31) || external_id
                 || coalesce((SELECT chr(31) || string_agg(c.name, chr(31) ORDER BY c.id)
                              FROM contacts AS c WHERE c.account_id = account), ''))
$$;

CREATE FUNCTION fairwell_segment_rank(segment TEXT)
RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE segment WHEN 'smb' THEN 1 WHEN 'mid_market' THEN 2 ELSE 3 END
$$;

-- An account's own row: its search text before it is written.
CREATE FUNCTION fairwell_accounts_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := fairwell_account_search_text(NEW.name, NEW.external_id, NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER accounts_search BEFORE INSERT OR UPDATE OF name, external_id ON accounts
    FOR EACH ROW EXECUTE FUNCTION fairwell_accounts_search();

-- Contacts added, renamed, moved or removed: their accounts' search text.
CREATE FUNCTION fairwell_contacts_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE accounts SET search_text = fairwell_account_search_text(name, external_id, id)
        WHERE id IN (SELECT account_id FROM new_contacts);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE accounts SET search_text = fairwell_account_search_text(name, external_id, id)
        WHERE id IN (SELECT account_id FROM new_contacts UNION SELECT account_id FROM old_contacts);
    ELSE
        UPDATE accounts SET search_text = fairwell_account_search_text(name, external_id, id)
        WHERE id IN (SELECT account_id FROM old_contacts);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_contacts_search();
CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts
    REFERENCING OLD TABLE AS old_contacts NEW TABLE AS new_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_contacts_search();
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_contacts_search();

-- A case takes its account's and owner's keys as it is written.
CREATE FUNCTION fairwell_cases_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a.name, fairwell_segment_rank(a.segment), a.plan, a.mrr_minor, a.search_text
    INTO NEW.queue_account, NEW.queue_segment_rank, NEW.queue_plan, NEW.queue_mrr_minor, NEW.queue_search
    FROM accounts AS a WHERE a.id = NEW.account_id;
    IF NOT FOUND THEN
        -- No such account: the foreign key refuses the row, in its words.
        NEW.queue_account := '';
        NEW.queue_segment_rank := 0;
        NEW.queue_plan := '';
        NEW.queue_mrr_minor := 0;
        NEW.queue_search := '';
    END IF;
    NEW.queue_owner := (SELECT display_name FROM users WHERE id = NEW.owner_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_queue BEFORE INSERT OR UPDATE OF account_id, owner_id ON cases
    FOR EACH ROW EXECUTE FUNCTION fairwell_cases_queue();

-- The keys follow when the account or the owner changes.
CREATE FUNCTION fairwell_accounts_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cases SET queue_account = NEW.name, queue_segment_rank = fairwell_segment_rank(NEW.segment),
                     queue_plan = NEW.plan, queue_mrr_minor = NEW.mrr_minor, queue_search = NEW.search_text
    WHERE account_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER accounts_queue AFTER UPDATE ON accounts FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.segment IS DISTINCT FROM NEW.segment
          OR OLD.plan IS DISTINCT FROM NEW.plan OR OLD.mrr_minor IS DISTINCT FROM NEW.mrr_minor
          OR OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION fairwell_accounts_queue();

CREATE FUNCTION fairwell_users_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cases SET queue_owner = NEW.display_name WHERE owner_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_queue AFTER UPDATE OF display_name ON users FOR EACH ROW
    WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
    EXECUTE FUNCTION fairwell_users_queue();

-- The task columns of the cases whose tasks a statement changed.
CREATE FUNCTION fairwell_refresh_case_tasks(case_ids BIGINT[]) RETURNS void LANGUAGE sql AS $$
    UPDATE cases SET
        queue_tasks_total = (SELECT count(*) FROM tasks AS t WHERE t.case_id = cases.id),
        queue_tasks_done = (SELECT count(*) FROM tasks AS t WHERE t.case_id = cases.id AND t.status <> 'open'),
        (queue_next_title, queue_next_due) =
            (SELECT t.title, t.due_on FROM tasks AS t WHERE t.case_id = cases.id AND t.status = 'open'
             ORDER BY t.due_on NULLS LAST, t.position, t.id LIMIT 1)
    WHERE cases.id = ANY (case_ids)
$$;
CREATE FUNCTION fairwell_tasks_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM fairwell_refresh_case_tasks(ARRAY(SELECT DISTINCT case_id FROM new_tasks));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM fairwell_refresh_case_tasks(ARRAY(
            SELECT case_id FROM (SELECT n.case_id FROM new_tasks AS n JOIN old_tasks AS o ON o.id = n.id
                                 WHERE (n.case_id, n.status, n.due_on, n.title, n.position)
                                       IS DISTINCT FROM (o.case_id, o.status, o.due_on, o.title, o.position)
                                 UNION SELECT o.case_id FROM new_tasks AS n JOIN old_tasks AS o ON o.id = n.id
                                 WHERE n.case_id <> o.case_id) AS changed));
    ELSE
        PERFORM fairwell_refresh_case_tasks(ARRAY(SELECT DISTINCT case_id FROM old_tasks));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tasks_queue_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_tasks
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_tasks_queue();
CREATE TRIGGER tasks_queue_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_tasks_queue();
CREATE TRIGGER tasks_queue_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_tasks
    FOR EACH STATEMENT EXECUTE FUNCTION fairwell_tasks_queue();

-- What is there already.
UPDATE accounts SET search_text = fairwell_account_search_text(name, external_id, id);
UPDATE cases SET account_id = account_id;
SELECT fairwell_refresh_case_tasks(ARRAY(SELECT DISTINCT case_id FROM tasks));

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
-- The trigram indexes behind every search: the cases' copy for the queue,
-- the accounts' for "Start offboarding".
CREATE INDEX cases_queue_search_idx ON cases USING gin (queue_search gin_trgm_ops);
CREATE INDEX cases_queue_bigram_idx ON cases USING gin (queue_bigrams);
CREATE INDEX accounts_search_text_idx ON accounts USING gin (search_text gin_trgm_ops);
-- Names starting with what was typed come first in "Start offboarding".
CREATE INDEX accounts_search_prefix_idx ON accounts (search_text COLLATE "C");
