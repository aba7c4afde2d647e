-- Rapport schema version 1: contacts, their impressions, interactions and stage history.
-- Dates are ISO-8601 text (yyyy-mm-dd), instants ISO-8601 UTC text. Length limits mirror model.TextLimits.

CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    organisation     TEXT    NOT NULL DEFAULT '' CHECK (length(organisation) <= 200),
    role             TEXT    NOT NULL DEFAULT '' CHECK (length(role) <= 200),
    link             TEXT    NOT NULL DEFAULT '' CHECK (length(link) <= 500),
    city             TEXT    NOT NULL DEFAULT '' CHECK (length(city) <= 200),
    how_we_met       TEXT    NOT NULL DEFAULT '' CHECK (length(how_we_met) <= 1000),
    where_we_met     TEXT    NOT NULL DEFAULT '' CHECK (length(where_we_met) <= 1000),
    met_on           TEXT,
    introduced_by    INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    needs            TEXT    NOT NULL DEFAULT '' CHECK (length(needs) <= 4000),
    offers           TEXT    NOT NULL DEFAULT '' CHECK (length(offers) <= 4000),
    notes            TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    stage            TEXT    NOT NULL CHECK (stage IN ('JUST_MET', 'GETTING_TO_KNOW', 'LIKE', 'TRUST', 'PARTNER', 'PARKED')),
    stay_in_touch_days INTEGER CHECK (stay_in_touch_days IS NULL OR stay_in_touch_days > 0),
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_name        TEXT    NOT NULL, -- the name without accents or case: the list's order (SearchText.sortKey)
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
-- The contact list in its order (name, then id); stage rides along so a stage filter needs no row lookups.
CREATE INDEX contact_by_name ON contact (archived, sort_name, id, stage);
CREATE INDEX contact_by_stage ON contact (stage, archived);
CREATE INDEX contact_introduced_by ON contact (introduced_by);

CREATE TABLE contact_email (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    email      TEXT    NOT NULL CHECK (length(email) <= 254),
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX contact_email_by_email ON contact_email (email COLLATE NOCASE);

CREATE TABLE contact_phone (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    phone      TEXT    NOT NULL CHECK (length(phone) <= 50),
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0 AND length(name) <= 60)
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id, contact_id);

CREATE TABLE impression (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('LIKE', 'DISLIKE', 'DEAL_BREAKER')),
    text         TEXT    NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 1000),
    noted_on     TEXT    NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    decision     TEXT CHECK ((kind = 'DEAL_BREAKER' AND decision IN ('OPEN', 'TOLERATE', 'WALK_AWAY'))
                             OR (kind <> 'DEAL_BREAKER' AND decision IS NULL)),
    decided_on   TEXT
);
CREATE INDEX impression_by_contact ON impression (contact_id);
CREATE INDEX impression_open_deal_breaker ON impression (contact_id) WHERE decision = 'OPEN';

CREATE TABLE interaction (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('MET', 'CALL', 'EMAIL', 'MESSAGE', 'MEETING', 'REFERRAL_GIVEN',
                                                  'REFERRAL_RECEIVED', 'ADVICE_ASKED', 'ADVICE_GIVEN', 'HELP_GIVEN',
                                                  'HELP_RECEIVED', 'INTRODUCTION')),
    happened_on  TEXT    NOT NULL,
    summary      TEXT    NOT NULL CHECK (length(summary) <= 500),
    notes        TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    follow_up_on TEXT
);
CREATE INDEX interaction_follow_up ON interaction (follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE TABLE interaction_contact (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contact_by_contact ON interaction_contact (contact_id, interaction_id);

CREATE TABLE stage_change (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage   TEXT    NOT NULL,
    changed_on TEXT    NOT NULL,
    reason     TEXT    NOT NULL DEFAULT '' CHECK (length(reason) <= 500)
);
CREATE INDEX stage_change_by_contact ON stage_change (contact_id, id);

-- Full-text index over what the user searches as they type. Kept in step by ContactDao in the same transaction
-- as every contact write; rowid = contact.id.
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name, organisation, role, needs, offers, tags, notes, emails, city,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
