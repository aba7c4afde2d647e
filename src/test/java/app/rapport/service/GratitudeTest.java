package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.Gratitude;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import app.rapport.store.DatabaseProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARKED;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;
import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GratitudeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path dir;

    private Database db;
    private ContactBook book;
    private IntroductionSuggestions suggestions;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON);
        book = new ContactBook(db, clock);
        suggestions = new IntroductionSuggestions(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact save(ContactBuilder builder) {
        return book.save(builder.build());
    }

    private void log(InteractionKind kind, int daysAgo, Contact... people) {
        book.logInteraction(Interaction.draft(kind, TODAY.minusDays(daysAgo), kind.name(), null,
                Arrays.stream(people).map(Contact::id).toList()));
    }

    private List<String> names() {
        return suggestions.gratitude(10).stream().map(Gratitude::name).toList();
    }

    @Test
    void peopleWhoRecentlyReferredOrHelpedTheUserNewestFirst() {
        Contact ana = save(contact("Ana").stage(TRUST));
        Contact ben = save(contact("Ben").stage(LIKE));
        Contact cleo = save(contact("Cleo").stage(PARTNER));
        Contact dev = save(contact("Dev").stage(TRUST));
        Contact eve = save(contact("Eve").stage(TRUST));
        log(InteractionKind.REFERRAL_RECEIVED, 30, ana);
        log(InteractionKind.HELP_RECEIVED, 5, ana);
        log(InteractionKind.HELP_RECEIVED, 12, ben, cleo);
        log(InteractionKind.HELP_RECEIVED, IntroductionSuggestions.RECENT_HELP_DAYS + 1, dev);
        log(InteractionKind.REFERRAL_GIVEN, 1, eve);
        log(InteractionKind.HELP_GIVEN, 1, eve);
        log(InteractionKind.MEETING, 1, dev, eve);
        book.logInteraction(Interaction.draft(InteractionKind.HELP_RECEIVED, TODAY.plusDays(3), "planned", null,
                List.of(eve.id())));

        List<Gratitude> thanks = suggestions.gratitude(10);
        assertEquals(List.of("Ana", "Ben", "Cleo"), thanks.stream().map(Gratitude::name).toList(),
                "help long ago, help the user gave, and help not yet given do not count; each person once");
        assertEquals(TODAY.minusDays(5), thanks.get(0).helpedOn(), "the latest help");
        assertEquals(ana.id(), thanks.get(0).contactId());
        assertEquals(List.of("Ana", "Ben"), suggestions.gratitude(2).stream().map(Gratitude::name).toList());

        log(InteractionKind.REFERRAL_RECEIVED, IntroductionSuggestions.RECENT_HELP_DAYS, dev);
        assertEquals(List.of("Ana", "Ben", "Cleo", "Dev"), names(), "the oldest day that still counts");
    }

    @Test
    void anOpenIntroductionMeansTheUserIsAlreadyConnectingThem() {
        Contact ana = save(contact("Ana").stage(TRUST));
        Contact ben = save(contact("Ben").stage(TRUST));
        Contact cleo = save(contact("Cleo").stage(TRUST));
        log(InteractionKind.HELP_RECEIVED, 3, ana);
        log(InteractionKind.REFERRAL_RECEIVED, 4, ben);
        Introduction open = db.introductions().add(
                Introduction.idea(cleo.id(), ana.id(), "a", "b", "", TODAY.minusDays(1), null));
        db.introductions().add(Introduction.idea(ben.id(), cleo.id(), "a", "b", "", TODAY.minusDays(20), null)
                .withOutcome(IntroductionOutcome.MET, TODAY.minusDays(2)));
        assertEquals(List.of("Ben"), names(), "Ana's introduction is open; Ben's is closed");

        db.introductions().update(open.withOutcome(IntroductionOutcome.WORKING_TOGETHER, TODAY));
        assertEquals(List.of("Ana", "Ben"), names());
    }

    @Test
    void archivedAndParkedHelpersAreLeftOut() {
        Contact ana = save(contact("Ana").stage(TRUST));
        Contact ben = save(contact("Ben").stage(PARKED));
        Contact cleo = save(contact("Cleo").stage(LIKE));
        log(InteractionKind.HELP_RECEIVED, 3, ana, ben, cleo);
        book.archive(cleo.id());
        assertEquals(List.of("Ana"), names());
    }

    @Test
    void eachComesWithTheBestSuggestionOfSomeoneToConnectThemWith() {
        Contact ana = save(contact("Ana").needs("a bookkeeper").stage(TRUST));
        save(contact("Ben").offers("bookkeeping").stage(LIKE));
        save(contact("Cleo").offers("bookkeeping").stage(PARTNER));
        Contact dev = save(contact("Dev").needs("a translator").stage(TRUST));
        log(InteractionKind.REFERRAL_RECEIVED, 3, ana);
        log(InteractionKind.HELP_RECEIVED, 8, dev);

        List<Gratitude> thanks = suggestions.gratitude(10);
        assertEquals(List.of("Ana", "Dev"), thanks.stream().map(Gratitude::name).toList());
        assertEquals(suggestions.forContact(ana.id(), 1).get(0), thanks.get(0).best());
        assertEquals("Cleo", thanks.get(0).best().nameB());
        assertEquals(List.of("Ana needs a bookkeeper; Cleo offers bookkeeping"), thanks.get(0).best().reasons());
        assertNull(thanks.get(1).best(), "nobody offers what Dev needs");
    }

    @Test
    void itKeepsNoScore() {
        List<String> shown = Arrays.stream(Gratitude.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertEquals(List.of("contactId", "name", "helpedOn", "best"), shown,
                "who helped and when, never how often or how much compared with what the user gave");
    }
}
