package app.rapport.ui;

import app.rapport.service.ContactBook;
import app.rapport.service.IntroductionPlanner;
import app.rapport.service.IntroductionSuggestions;
import app.rapport.service.MeetingBriefing;
import app.rapport.service.MeetingPlanner;
import app.rapport.service.RelationshipBoard;
import app.rapport.service.Safekeeping;
import app.rapport.service.TodayAgenda;
import app.rapport.service.Transfers;
import app.rapport.store.PreferencesFile;

/**
 * What every screen's controller is given: the use cases, backups, the user's preferences file, the background executor,
 * texts, notifications, and the way to another screen.
 */
public record AppContext(ContactBook contacts, RelationshipBoard relationships, IntroductionPlanner introductions,
                         IntroductionSuggestions suggestions, MeetingPlanner meetings, MeetingBriefing briefings,
                         TodayAgenda today, Transfers transfers, Safekeeping safekeeping,
                         PreferencesFile preferences,
                         Background background, Texts texts, Notifications notifications, Navigator navigator) {
}
