"""Numbered schema migrations, applied in order at start-up and recorded in ``schema_version``."""

from __future__ import annotations

# Each entry is one step; never edit a step that has shipped, append a new one.
MIGRATIONS: list[str | None] = [
    # 1: items, their full-text index, deadline history, chats.
    """
    CREATE TABLE items (
        id            INTEGER PRIMARY KEY,
        fingerprint   TEXT NOT NULL UNIQUE,
        kind          TEXT NOT NULL
                      CHECK (kind IN ('call', 'event', 'course', 'news', 'extension')),
        title         TEXT NOT NULL,
        summary       TEXT NOT NULL DEFAULT '',
        link          TEXT,
        source        TEXT,
        published     TEXT,              -- ISO date
        deadline_at   INTEGER,           -- UTC epoch seconds; a date alone means its last second
        deadline_date TEXT,              -- ISO date as announced, in the announced zone
        deadline_time TEXT,              -- HH:MM as announced; NULL when no time of day was given
        deadline_tz   TEXT,              -- IANA name, 'AoE' or 'UTC'; NULL when none was named
        event_start   TEXT,              -- ISO date
        event_end     TEXT,              -- ISO date
        event_until   TEXT GENERATED ALWAYS AS (COALESCE(event_end, event_start)) VIRTUAL,
        location      TEXT,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
    );
    CREATE INDEX items_by_deadline ON items (deadline_at);
    -- Covering the filter of /events, so that skipping finished events reads no table rows.
    CREATE INDEX items_by_event_start ON items (event_start, event_until, kind);

    CREATE VIRTUAL TABLE items_fts USING fts5 (
        title, summary, content = 'items', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
        INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
    END;
    CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
        INSERT INTO items_fts (items_fts, rowid, title, summary)
        VALUES ('delete', old.id, old.title, old.summary);
    END;
    CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items BEGIN
        INSERT INTO items_fts (items_fts, rowid, title, summary)
        VALUES ('delete', old.id, old.title, old.summary);
        INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
    END;

    CREATE TABLE deadline_changes (
        id         INTEGER PRIMARY KEY,
        item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        old_at     INTEGER,
        old_date   TEXT,
        old_time   TEXT,
        old_tz     TEXT,
        new_at     INTEGER,
        new_date   TEXT,
        new_time   TEXT,
        new_tz     TEXT,
        changed_at INTEGER NOT NULL
    );
    CREATE INDEX deadline_changes_by_item ON deadline_changes (item_id);

    CREATE TABLE chats (
        chat_id          INTEGER PRIMARY KEY,
        type             TEXT NOT NULL DEFAULT 'private',
        tz               TEXT,            -- NULL: the operator's DEFAULT_TIMEZONE
        reminder_offsets TEXT,            -- NULL: the operator's REMINDER_OFFSETS
        active           INTEGER NOT NULL DEFAULT 1,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
    );
    """,
    # 2: a deadline set by an extension notice is not moved back by the original announcement.
    """
    ALTER TABLE items ADD COLUMN deadline_extended INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: what chats follow, and the outbox of everything the bot still owes a chat.
    """
    CREATE TABLE follows (
        chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
        item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        offsets    TEXT NOT NULL,          -- '7d,1d,2h', as chosen when following
        created_at INTEGER NOT NULL,
        PRIMARY KEY (chat_id, item_id)
    );
    CREATE INDEX follows_by_item ON follows (item_id);

    CREATE TABLE outbox (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        kind       TEXT NOT NULL,          -- reminder, deadline_moved, deadline_removed, ...
        item_id    INTEGER REFERENCES items (id) ON DELETE SET NULL,
        payload    TEXT NOT NULL DEFAULT '{}',
        due_at     INTEGER NOT NULL,       -- UTC epoch seconds
        state      TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dropped',
                                    'cancelled')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at    INTEGER,
        created_at INTEGER NOT NULL
    );
    -- The dispatcher reads only due pending rows: its work does not grow with what waits.
    CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'pending';
    CREATE INDEX outbox_in_flight ON outbox (id) WHERE state = 'sending';
    CREATE INDEX outbox_pending_by_chat ON outbox (chat_id, item_id) WHERE state = 'pending';
    CREATE UNIQUE INDEX outbox_one_reminder ON outbox (chat_id, item_id, due_at)
        WHERE state = 'pending' AND kind = 'reminder';
    """,
    # 4: feeds, the channel, subscriptions, digests, admin drafts.
    """
    CREATE TABLE sources (
        id             INTEGER PRIMARY KEY,
        url            TEXT NOT NULL UNIQUE,
        origin         TEXT NOT NULL DEFAULT 'admin',   -- 'env' (FEEDS) or 'admin'
        etag           TEXT,
        last_modified  TEXT,
        next_poll_at   INTEGER NOT NULL DEFAULT 0,
        last_polled_at INTEGER,
        last_ok_at     INTEGER,
        failures       INTEGER NOT NULL DEFAULT 0,      -- consecutive
        last_error     TEXT,
        alerted        INTEGER NOT NULL DEFAULT 0,      -- admins were told it is failing
        items_seen     INTEGER NOT NULL DEFAULT 0,
        created_at     INTEGER NOT NULL
    );

    CREATE TABLE subscriptions (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
        kinds      TEXT NOT NULL,                       -- calls, events, courses or all
        keywords   TEXT NOT NULL DEFAULT '',            -- normalised words, all required
        created_at INTEGER NOT NULL
    );
    CREATE INDEX subscriptions_by_chat ON subscriptions (chat_id);

    ALTER TABLE chats ADD COLUMN digest TEXT;           -- NULL (at once), 'daily HH:MM',
                                                        -- 'weekly N HH:MM' (N: 0 = Monday)
    CREATE TABLE channel_posts (
        item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        chat_id    TEXT NOT NULL,
        message_id INTEGER NOT NULL,
        PRIMARY KEY (item_id, chat_id)
    );

    CREATE TABLE drafts (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        item       TEXT NOT NULL,                       -- JSON of the extracted item
        created_at INTEGER NOT NULL
    );

    -- A new item reaches a chat once, whatever restarts and re-imports happen.
    CREATE UNIQUE INDEX outbox_once_per_item ON outbox (chat_id, item_id, kind)
        WHERE kind IN ('channel_post', 'notification', 'digest_item');
    """,
    # 5: delivery leases, priorities and the one sender per database.
    """
    -- Who claimed a row and until when: an expired lease may be claimed again by any sender,
    -- a live sender's rows are never taken from it (it renews its leases while it holds them).
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN lease_until INTEGER;     -- UTC epoch seconds
    -- Personal, time-critical messages first, then channel posts, then pushes and digests.
    ALTER TABLE outbox ADD COLUMN priority INTEGER GENERATED ALWAYS AS (
        CASE
            WHEN kind IN ('reminder', 'deadline_moved', 'deadline_removed', 'item_deleted',
                          'admin_alert') THEN 0
            WHEN kind IN ('channel_post', 'channel_edit', 'channel_moved') THEN 1
            ELSE 2
        END) VIRTUAL;
    CREATE INDEX outbox_due_by_priority ON outbox (priority, due_at, id)
        WHERE state = 'pending';
    CREATE INDEX outbox_claimed ON outbox (claimed_by, lease_until) WHERE state = 'sending';

    -- The process that sends for this database (one row at most), kept alive by heartbeats.
    CREATE TABLE sender (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        owner        TEXT NOT NULL,      -- host:pid:random, unique per run
        host         TEXT NOT NULL,
        pid          INTEGER NOT NULL,
        started_at   INTEGER NOT NULL,
        heartbeat_at INTEGER NOT NULL
    );
    """,
    # 6: feeds: an item is found by its guid, its link or its title within its source (each
    # indexed), so a feed that rotates guids updates its items instead of adding them again;
    # a source records when its running poll began.
    """
    ALTER TABLE items ADD COLUMN guid TEXT;
    ALTER TABLE items ADD COLUMN link_key TEXT;            -- link without spaces, trailing /
    ALTER TABLE items ADD COLUMN title_key TEXT;           -- normalised title (filled by code)
    UPDATE items SET link_key = rtrim(trim(link), '/') WHERE link IS NOT NULL;
    CREATE INDEX items_by_guid ON items (source, guid);
    CREATE INDEX items_by_link ON items (link_key);
    CREATE INDEX items_by_title_key ON items (source, title_key);
    ALTER TABLE sources ADD COLUMN polling_since INTEGER;  -- NULL: no poll running
    """,
    # 7: review of unsure items. Items keep how sure the extractor was and the deadline's words
    # as written; drafts are never deleted (ids are never reused), carry a random token their
    # buttons must repeat, a state, and for a held feed or import entry its fingerprint and
    # link and title, so a re-poll of the same entry does not make a second draft.
    """
    ALTER TABLE items ADD COLUMN kind_confidence REAL;        -- 0..1; NULL: stated, not read
    ALTER TABLE items ADD COLUMN deadline_confidence REAL;    -- 0..1; NULL: stated or none
    ALTER TABLE items ADD COLUMN deadline_evidence TEXT;      -- the deadline's words as written
    ALTER TABLE items ADD COLUMN unsure INTEGER NOT NULL DEFAULT 0;  -- published unchecked
    ALTER TABLE drafts ADD COLUMN token TEXT NOT NULL DEFAULT '';     -- '' matches no button
    ALTER TABLE drafts ADD COLUMN state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'saved', 'discarded'));
    ALTER TABLE drafts ADD COLUMN origin TEXT NOT NULL DEFAULT 'add';  -- 'add' or 'review'
    ALTER TABLE drafts ADD COLUMN reason TEXT;                -- why it waits for review
    ALTER TABLE drafts ADD COLUMN fingerprint TEXT;           -- a held entry's identity
    ALTER TABLE drafts ADD COLUMN link_key TEXT;              -- its link and title, for feeds
    ALTER TABLE drafts ADD COLUMN title_key TEXT;             -- that rotate guids
    ALTER TABLE drafts ADD COLUMN handled_at INTEGER;
    ALTER TABLE drafts ADD COLUMN handled_by INTEGER;
    ALTER TABLE drafts ADD COLUMN item_id INTEGER;            -- the item Save made
    CREATE UNIQUE INDEX drafts_once_per_entry ON drafts (fingerprint)
        WHERE fingerprint IS NOT NULL;
    CREATE INDEX drafts_by_link ON drafts (link_key) WHERE link_key IS NOT NULL;
    CREATE INDEX drafts_waiting ON drafts (state, origin);
    """,
    # 8: a deleted item's channel post is edited to say it was withdrawn; that edit is a
    # channel message (priority 1) like the post itself. A generated column cannot be altered:
    # it is dropped and added again with the new kind.
    """
    DROP INDEX outbox_due_by_priority;
    ALTER TABLE outbox DROP COLUMN priority;
    ALTER TABLE outbox ADD COLUMN priority INTEGER GENERATED ALWAYS AS (
        CASE
            WHEN kind IN ('reminder', 'deadline_moved', 'deadline_removed', 'item_deleted',
                          'admin_alert') THEN 0
            WHEN kind IN ('channel_post', 'channel_edit', 'channel_moved', 'channel_withdrawn')
                THEN 1
            ELSE 2
        END) VIRTUAL;
    CREATE INDEX outbox_due_by_priority ON outbox (priority, due_at, id)
        WHERE state = 'pending';
    """,
    # 9: an extension notice compares its words with the titles of the latest calls closing in
    # the year before its new deadline: read from this index alone, not from whole rows (an
    # archive import reads up to 500 titles per notice).
    """
    CREATE INDEX items_call_titles ON items (deadline_at, id, title) WHERE kind = 'call';
    """,
    # 10: a reminder at a moment the reader named ('/remind 83 tomorrow 18:00'), kept with the
    # follow like its offsets, so that a restart keeps it and a moved deadline plans it again.
    """
    ALTER TABLE follows ADD COLUMN moments TEXT NOT NULL DEFAULT '';  -- UTC epoch seconds,
                                                                      -- comma-separated
    """,
    # 11: the interface's language per chat: the one it chose (/language), and for a private
    # chat the language of its user's Telegram, remembered from their last update, so that
    # reminders and pushes sent later speak it too. NULL: not known (English).
    """
    ALTER TABLE chats ADD COLUMN language TEXT;         -- en, de, fr, es, it: chosen
    ALTER TABLE chats ADD COLUMN user_language TEXT;    -- the same, from the user's Telegram
    """,
    # 12: written on another branch.
    None,
    # 13: forum topics. A subscription remembers the topic it was made in and the rows it owes
    # carry it, so pushes and digests go into that topic; a deleted topic pauses its
    # subscriptions. An item is owed once per topic of a chat, not once per chat: two topics
    # may each subscribe to it.
    """
    ALTER TABLE subscriptions ADD COLUMN thread_id INTEGER;   -- forum topic; NULL: none
    ALTER TABLE subscriptions ADD COLUMN paused_at INTEGER;   -- its topic was deleted
    ALTER TABLE outbox ADD COLUMN thread_id INTEGER;          -- forum topic to send into
    DROP INDEX outbox_once_per_item;
    CREATE UNIQUE INDEX outbox_once_per_item
        ON outbox (chat_id, item_id, kind, coalesce(thread_id, 0))
        WHERE kind IN ('channel_post', 'notification', 'digest_item');
    """,
    # 14: live deadline boards. One per chat: the message that shows its next deadlines, which
    # the bot pins and keeps current by editing, what it shows (kinds and words), a digest of
    # the text it shows now (an edit only when that changes) and when it was last edited (at
    # most one edit a minute). At most one edit of a board waits in the outbox at a time.
    """
    CREATE TABLE boards (
        chat_id    INTEGER PRIMARY KEY,
        thread_id  INTEGER,                    -- the forum topic it lives in; NULL: none
        kinds      TEXT NOT NULL,              -- calls, events, courses, all
        keywords   TEXT NOT NULL DEFAULT '',   -- a TextQuery as written
        message_id INTEGER,                    -- NULL until it was posted
        shown      TEXT NOT NULL DEFAULT '',   -- sha1 of the text it shows
        pinned     INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        edited_at  INTEGER                     -- when its text last changed
    );
    CREATE UNIQUE INDEX outbox_one_board_edit ON outbox (chat_id)
        WHERE kind = 'board_edit' AND state = 'pending';
    """,
]
