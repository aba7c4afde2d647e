-- Rapport schema version 4: the gratitude list reads who recently referred or helped the user, newest first.
-- Introduction suggestions need no schema: they read needs and offers from the full-text index contact_search.

CREATE INDEX interaction_help_received ON interaction (happened_on DESC)
    WHERE kind IN ('REFERRAL_RECEIVED', 'HELP_RECEIVED');
