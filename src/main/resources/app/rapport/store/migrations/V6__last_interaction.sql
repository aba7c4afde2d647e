-- Rapport schema version 6: the Today view finds the relationships that are cooling among 100,000 contacts
-- without reading every interaction, or every contact.
--
-- Each contact carries the day of their latest interaction, filled in here from the existing interactions and
-- kept in step by triggers, so that every write (adding, unlinking, deleting, restoring an interaction, moving it
-- to another day, deleting a contact) updates it in the same transaction, whichever DAO makes it.
-- last_interaction_on is the latest day of any interaction on the contact's timeline, planned (future) ones
-- included: a trigger cannot know what "today" is. Readers that count only interactions up to today look again,
-- for the few contacts whose day lies after today.
--
-- Migrations.split ends a statement at a line that ends with a semicolon, so each trigger has a one-statement body
-- closed on the same line ("...; END;").

ALTER TABLE contact ADD COLUMN last_interaction_on TEXT;

UPDATE contact SET last_interaction_on = latest.on_day
FROM (SELECT ic.contact_id, max(i.happened_on) AS on_day
      FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
      GROUP BY ic.contact_id) AS latest
WHERE latest.contact_id = contact.id;

-- An interaction put on a timeline (added, or restored by an undo): the contact's day moves on if it is later.
CREATE TRIGGER contact_last_interaction_on_link AFTER INSERT ON interaction_contact
BEGIN
    UPDATE contact
    SET last_interaction_on = max(coalesce(last_interaction_on, ''),
                                  (SELECT i.happened_on FROM interaction i WHERE i.id = NEW.interaction_id))
    WHERE id = NEW.contact_id; END;

-- An interaction taken off a timeline (unlinked, deleted, or its contact deleted; foreign-key cascades fire this
-- too): the day is worked out again from what is left, or forgotten (NULL) when nothing is.
CREATE TRIGGER contact_last_interaction_on_unlink AFTER DELETE ON interaction_contact
BEGIN
    UPDATE contact
    SET last_interaction_on = (SELECT max(i.happened_on)
                               FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                               WHERE ic.contact_id = OLD.contact_id)
    WHERE id = OLD.contact_id; END;

-- An interaction moved to another day: the day of each of its contacts is worked out again.
CREATE TRIGGER contact_last_interaction_on_new_day AFTER UPDATE OF happened_on ON interaction
WHEN NEW.happened_on IS NOT OLD.happened_on
BEGIN
    UPDATE contact
    SET last_interaction_on = (SELECT max(i.happened_on)
                               FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                               WHERE ic.contact_id = contact.id)
    WHERE id IN (SELECT contact_id FROM interaction_contact WHERE interaction_id = NEW.id); END;

-- Every active contact by stage, own rhythm (0: the stage's) and the day their stay-in-touch clock started
-- (the later of when the relationship began and the latest interaction; '' sorts before any day), then name.
-- For a stage's rhythm R, the relationships cooling are one range of it (clock started on or before today - R),
-- most overdue first, so Today counts them and reads the first few without visiting anyone else. Its expressions
-- must be written exactly so in the queries that use it (SqliteAgendaDao).
CREATE INDEX contact_stay_in_touch ON contact (
    stage,
    coalesce(stay_in_touch_days, 0),
    max(coalesce(met_on, substr(created_at, 1, 10)), coalesce(last_interaction_on, '')),
    sort_name
) WHERE archived = 0;
