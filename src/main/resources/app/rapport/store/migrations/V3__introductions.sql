-- Rapport schema version 3: introductions between two contacts, with each side's opt-in and the outcome.
-- Dates are ISO-8601 text (yyyy-mm-dd). Length limits mirror model.TextLimits.

CREATE TABLE introduction (
    id            INTEGER PRIMARY KEY,
    contact_a     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    contact_b     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    why_a         TEXT    NOT NULL CHECK (length(trim(why_a)) > 0 AND length(why_a) <= 1000),
    why_b         TEXT    NOT NULL CHECK (length(trim(why_b)) > 0 AND length(why_b) <= 1000),
    note          TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    side_a        TEXT    NOT NULL CHECK (side_a IN ('NOT_ASKED', 'ASKED', 'AGREED', 'DECLINED')),
    asked_a       TEXT,
    answered_a    TEXT,
    side_b        TEXT    NOT NULL CHECK (side_b IN ('NOT_ASKED', 'ASKED', 'AGREED', 'DECLINED')),
    asked_b       TEXT,
    answered_b    TEXT,
    introduced_on TEXT,
    outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('MET', 'WORKING_TOGETHER', 'NOT_A_FIT', 'DECLINED')),
    outcome_on    TEXT,
    follow_up_on  TEXT,
    planned_on    TEXT    NOT NULL,
    CHECK (contact_a <> contact_b)
);
CREATE INDEX introduction_by_a ON introduction (contact_a);
CREATE INDEX introduction_by_b ON introduction (contact_b);
CREATE INDEX introduction_open_follow_up ON introduction (follow_up_on) WHERE outcome IS NULL;
