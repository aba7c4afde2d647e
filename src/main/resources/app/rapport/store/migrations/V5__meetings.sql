-- Rapport schema version 5: networking meetings and who is expected at each.
-- starts_at is a local date-time (yyyy-mm-ddThh:mm), as the user typed it. Length limits mirror model.TextLimits.

CREATE TABLE meeting (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (length(trim(title, ' ' || char(9, 10, 13))) > 0 AND length(title) <= 200),
    starts_at TEXT NOT NULL,
    place     TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 500),
    notes     TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);
CREATE INDEX meeting_by_start ON meeting (starts_at);

CREATE TABLE meeting_attendee (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX meeting_attendee_by_contact ON meeting_attendee (contact_id, meeting_id);
