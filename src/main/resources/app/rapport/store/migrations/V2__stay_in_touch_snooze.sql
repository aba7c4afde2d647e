-- Rapport schema version 2: a due stay-in-touch reminder can be put off until a chosen day.
-- One row per contact at most; the reminder is back once the day has come (or the user logs an interaction).

CREATE TABLE stay_in_touch_snooze (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    until      TEXT    NOT NULL
);
