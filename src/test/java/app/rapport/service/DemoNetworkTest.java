package app.rapport.service;

import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.Interaction;
import app.rapport.model.RelationshipStage;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoNetworkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-11T09:30:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);

    @TempDir
    Path folder;

    private Database database;
    private ContactBook book;
    private DemoNetwork.Summary summary;

    @BeforeEach
    void populate() throws Exception {
        database = Database.open(folder.resolve("demo.db"));
        book = new ContactBook(database, CLOCK);
        summary = DemoNetwork.populate(book, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<ContactSummary> everyone() {
        List<ContactSummary> all = new ArrayList<>(book.search(ContactQuery.all(), 0, 1000));
        all.addAll(book.search(new ContactQuery("", null, null, true), 0, 1000));
        return all;
    }

    @Test
    void aboutSixtyPeopleSomeArchived() {
        int active = book.count(ContactQuery.all());
        int archived = book.count(new ContactQuery("", null, null, true));
        assertEquals(summary.contacts(), active + archived);
        assertTrue(active + archived >= 55 && active + archived <= 65, "about 60 people: " + (active + archived));
        assertTrue(archived >= 2 && archived <= 3, "two or three archived: " + archived);
        assertEquals(summary.archived(), archived);
    }

    @Test
    void everyStageIsInTheList() {
        for (RelationshipStage stage : RelationshipStage.values()) {
            assertTrue(book.count(new ContactQuery("", null, stage, false)) > 0, "someone is " + stage);
        }
        int justMet = book.count(new ContactQuery("", null, RelationshipStage.JUST_MET, false));
        int partners = book.count(new ContactQuery("", null, RelationshipStage.PARTNER, false));
        assertTrue(justMet > partners, "more people just met than partners");
    }

    @Test
    void openDealBreakersAreFlaggedAndWalkingAwayParked() {
        long flagged = book.search(ContactQuery.all(), 0, 1000).stream()
                .filter(ContactSummary::hasUnresolvedDealBreaker).count();
        assertTrue(flagged >= 3 && flagged <= 5, "about four open deal-breakers: " + flagged);
        assertEquals(summary.openDealBreakers(), flagged);

        ContactSummary parked = book.search(new ContactQuery("", null, RelationshipStage.PARKED, false), 0, 10).get(0);
        ContactDetail detail = book.detail(parked.id());
        assertTrue(detail.stageHistory().get(detail.stageHistory().size() - 1).reason().startsWith("Walked away: "));
    }

    @Test
    void searchFindsADemoPersonByAWordOfTheirOffers() {
        List<ContactSummary> found = book.search(ContactQuery.text("headshot"), 0, 50);
        assertEquals(List.of("Priya Raman"), found.stream().map(ContactSummary::name).toList());
        assertEquals(List.of("Ana Sousa"),
                book.search(ContactQuery.text("xero vat"), 0, 50).stream().map(ContactSummary::name).toList());
    }

    @Test
    void peopleHaveDetailsImpressionsAndTimelines() {
        List<ContactDetail> details = everyone().stream().map(s -> book.detail(s.id())).toList();
        assertTrue(details.stream().allMatch(d -> d.contact().emails().stream()
                .allMatch(e -> e.matches(".+@example\\.(com|org|net)"))));
        assertTrue(details.stream().allMatch(d -> d.contact().phones().stream().allMatch(p -> p.startsWith("+44 "))));
        assertTrue(details.stream().allMatch(d -> d.contact().link().isEmpty()
                || d.contact().link().startsWith("https://example.com/")));
        assertTrue(details.stream().filter(d -> d.introducedByName() != null).count() >= 10, "introduced-by links");
        assertTrue(details.stream().anyMatch(d -> d.contact().name().equals("Siobhán O'Connor")), "diacritics kept");
        assertTrue(details.stream().filter(d -> d.impressions().size() >= 1).count() >= 50, "most have impressions");
        assertTrue(details.stream().anyMatch(d -> d.impressions().stream().anyMatch(i -> i.confidential())));

        List<Interaction> timeline = details.stream().flatMap(d -> d.timeline().stream()).distinct().toList();
        assertTrue(timeline.size() >= 150, "a lively timeline: " + timeline.size());
        assertTrue(timeline.stream().allMatch(i -> !i.happenedOn().isAfter(TODAY)
                && !i.happenedOn().isBefore(TODAY.minusMonths(19))));
        assertTrue(timeline.stream().map(Interaction::kind).distinct().count() >= 10, "all kinds of interactions");
        assertTrue(timeline.stream().anyMatch(i -> i.contactIds().size() == 2), "some involve two contacts");
        assertTrue(timeline.stream().anyMatch(i -> i.followUpOn() != null && i.followUpOn().isBefore(TODAY)),
                "some follow-ups overdue");
        assertTrue(timeline.stream().anyMatch(i -> i.followUpOn() != null && i.followUpOn().isAfter(TODAY)),
                "some follow-ups coming up");
        assertTrue(details.stream().anyMatch(d -> d.timeline().isEmpty()), "someone just met has no timeline yet");
        // at most a dozen events each, plus the steps of a demo introduction
        assertTrue(details.stream().mapToInt(d -> d.timeline().size()).max().orElse(0) <= 20);
    }

    @Test
    void sameClockGivesTheSameNetwork() throws Exception {
        try (Database again = Database.open(folder.resolve("again.db"))) {
            ContactBook otherBook = new ContactBook(again, CLOCK);
            DemoNetwork.Summary otherSummary = DemoNetwork.populate(otherBook, CLOCK);
            assertEquals(summary, otherSummary);
            assertEquals(snapshot(book), snapshot(otherBook));
        }
        assertFalse(snapshot(book).isEmpty());
    }

    /** Everything the user sees of every contact, without the store's wall-clock timestamps. */
    private static List<ContactDetail> snapshot(ContactBook book) {
        return Stream.of(false, true)
                .flatMap(archived -> book.search(new ContactQuery("", null, null, archived), 0, 1000).stream())
                .map(s -> book.detail(s.id()))
                .map(d -> new ContactDetail(d.contact().withTimestamps(null, null), d.introducedByName(),
                        d.impressions(), d.timeline(), d.stageHistory(), d.introductions()))
                .toList();
    }
}
