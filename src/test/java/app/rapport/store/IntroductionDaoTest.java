package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.IntroductionStatus;
import app.rapport.model.OptIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SqliteIntroductionDao} on a real SQLite file: what is stored is what comes back, and the schema's checks. */
class IntroductionDaoTest {

    private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
    private static final LocalDate FEB_01 = LocalDate.of(2024, 2, 1);
    private static final LocalDate MAR_01 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dir;

    private Database db;
    private IntroductionDao introductions;
    private Contact ana;
    private Contact ben;
    private Contact cai;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        introductions = db.introductions();
        ana = db.contacts().insert(Contact.named("Ana"));
        ben = db.contacts().insert(Contact.named("Ben"));
        cai = db.contacts().insert(Contact.named("Cai"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- round trip ---------------------------------------------------------------------------------------------

    @Test
    void everyFieldRoundTrips() {
        Introduction full = new Introduction(0, ana.id(), ben.id(),
                "Ben builds the website she's been putting off", "Ana's clients all need websites",
                "Zoë said: \"they'd get on\" ☕ 🤝\nsecond line; 'quoted' — 100% & more", OptIn.AGREED,
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), OptIn.DECLINED, LocalDate.of(2024, 1, 4),
                LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 6), IntroductionOutcome.NOT_A_FIT,
                LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 1));

        Introduction stored = introductions.add(full);

        assertTrue(stored.id() > 0);
        assertEquals(full.withId(stored.id()), stored);
        assertEquals(Optional.of(stored), introductions.find(stored.id()));
    }

    @Test
    void anIdeaKeepsItsEmptyDatesAndOutcome() {
        Introduction idea = introductions.add(
                Introduction.idea(ana.id(), ben.id(), "why A", "why B", null, JAN_10, null));

        Introduction found = introductions.find(idea.id()).orElseThrow();
        assertEquals(idea, found);
        assertEquals("", found.note());
        assertEquals(List.of(OptIn.NOT_ASKED, OptIn.NOT_ASKED), List.of(found.sideA(), found.sideB()));
        assertNull(found.askedA());
        assertNull(found.answeredA());
        assertNull(found.askedB());
        assertNull(found.answeredB());
        assertNull(found.introducedOn());
        assertNull(found.outcome());
        assertNull(found.outcomeOn());
        assertNull(found.followUpOn());
        assertEquals(JAN_10, found.plannedOn());
        assertEquals(IntroductionStatus.IDEA, found.status());
    }

    @Test
    void anUpdateReplacesEveryFieldAndCanClearThemAgain() {
        Introduction idea = introductions.add(
                Introduction.idea(ana.id(), ben.id(), "why A", "why B", "", JAN_10, null));
        Introduction changed = new Introduction(idea.id(), cai.id(), ana.id(), "Cai's reason ✓", "Ana's reason",
                "Ünïcödé note 🙂", OptIn.ASKED, FEB_01, null, OptIn.AGREED, FEB_01, MAR_01, MAR_01,
                IntroductionOutcome.WORKING_TOGETHER, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 15), FEB_01);

        assertEquals(changed, introductions.update(changed));
        assertEquals(Optional.of(changed), introductions.find(idea.id()));

        introductions.update(idea);
        assertEquals(Optional.of(idea), introductions.find(idea.id()),
                "dates, outcome and follow-up set back to nothing");
        assertEquals(List.of(idea), introductions.all());
    }

    @Test
    void everyOutcomeAndOptInIsStored() {
        for (IntroductionOutcome outcome : IntroductionOutcome.values()) {
            for (OptIn optIn : OptIn.values()) {
                Introduction added = introductions.add(new Introduction(0, ana.id(), ben.id(), "a", "b", "", optIn,
                        null, null, optIn, null, null, null, outcome, JAN_10, null, JAN_10));
                assertEquals(Optional.of(added), introductions.find(added.id()));
            }
        }
    }

    @Test
    void updatingOrAddingTheWrongOneIsRefused() {
        Introduction idea = Introduction.idea(ana.id(), ben.id(), "why A", "why B", "", JAN_10, null);
        assertThrows(StoreException.class, () -> introductions.update(idea.withId(9999)));
        Introduction stored = introductions.add(idea);
        assertThrows(IllegalArgumentException.class, () -> introductions.add(stored));
        assertEquals(List.of(stored), introductions.all());
    }

    @Test
    void deletingForgetsThatOneOnly() {
        Introduction anaBen = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", JAN_10, null));
        Introduction benCai = introductions.add(Introduction.idea(ben.id(), cai.id(), "b", "c", "", JAN_10, null));

        introductions.delete(anaBen.id());

        assertEquals(Optional.empty(), introductions.find(anaBen.id()));
        assertEquals(List.of(benCai), introductions.all());
        introductions.delete(anaBen.id());
        introductions.delete(9999);
        assertEquals(List.of(benCai), introductions.all(), "deleting what is not there changes nothing");
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    @Test
    void forContactFindsEitherSideNewestPlanFirst() {
        Introduction anaBen = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", FEB_01, null));
        Introduction caiAna = introductions.add(Introduction.idea(cai.id(), ana.id(), "c", "a", "", MAR_01, null));
        Introduction benCai = introductions.add(Introduction.idea(ben.id(), cai.id(), "b", "c", "", JAN_10, null));
        Introduction anaCaiOld = introductions.add(Introduction.idea(ana.id(), cai.id(), "a", "c", "", JAN_10, null));

        assertEquals(List.of(caiAna, anaBen, anaCaiOld), introductions.forContact(ana.id()));
        assertEquals(List.of(anaBen, benCai), introductions.forContact(ben.id()));
        assertEquals(List.of(caiAna, anaCaiOld, benCai), introductions.forContact(cai.id()),
                "same day: the later one first");
        assertEquals(List.of(), introductions.forContact(9999));
    }

    @Test
    void betweenFindsThePairInEitherOrderNewestPlanFirst() {
        Introduction first = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", JAN_10, null));
        Introduction again = introductions.add(Introduction.idea(ben.id(), ana.id(), "b", "a", "", MAR_01, null));
        Introduction sameDay = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", MAR_01, null));
        introductions.add(Introduction.idea(ana.id(), cai.id(), "a", "c", "", MAR_01, null));
        introductions.add(Introduction.idea(cai.id(), ben.id(), "c", "b", "", MAR_01, null));

        assertEquals(List.of(sameDay, again, first), introductions.between(ana.id(), ben.id()));
        assertEquals(List.of(sameDay, again, first), introductions.between(ben.id(), ana.id()));
        assertEquals(List.of(), introductions.between(ana.id(), 9999));
        assertEquals(List.of(), introductions.between(ana.id(), ana.id()));
    }

    @Test
    void allListsNewestPlanFirstThenNewestAdded() {
        Introduction jan = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", JAN_10, null));
        Introduction mar = introductions.add(Introduction.idea(ben.id(), cai.id(), "b", "c", "", MAR_01, null));
        Introduction feb = introductions.add(Introduction.idea(cai.id(), ana.id(), "c", "a", "", FEB_01, null));
        Introduction mar2 = introductions.add(Introduction.idea(ana.id(), cai.id(), "a", "c", "", MAR_01, null));

        assertEquals(List.of(mar2, mar, feb, jan), introductions.all());
    }

    // ---- schema checks ------------------------------------------------------------------------------------------

    @Test
    void theSchemaRefusesTheSamePersonTwiceBlankOrOverLongReasonsAndUnknownContacts() {
        List<Introduction> refused = List.of(
                Introduction.idea(ana.id(), ana.id(), "a", "b", "", JAN_10, null),
                Introduction.idea(ana.id(), ben.id(), "", "b", "", JAN_10, null),
                Introduction.idea(ana.id(), ben.id(), "a", "    ", "", JAN_10, null),
                Introduction.idea(ana.id(), ben.id(), "w".repeat(1001), "b", "", JAN_10, null),
                Introduction.idea(ana.id(), ben.id(), "a", "🙂".repeat(1001), "", JAN_10, null),
                Introduction.idea(ana.id(), ben.id(), "a", "b", "n".repeat(4001), JAN_10, null),
                Introduction.idea(ana.id(), 9999, "a", "b", "", JAN_10, null));
        for (Introduction introduction : refused) {
            assertThrows(StoreException.class, () -> introductions.add(introduction), introduction.toString());
        }
        assertEquals(List.of(), introductions.all(), "nothing written");

        // The longest reasons and note, as SQLite counts characters (an emoji is one).
        Introduction longest = introductions.add(Introduction.idea(ana.id(), ben.id(), "🙂".repeat(1000),
                "w".repeat(1000), "📝".repeat(4000), JAN_10, null));
        assertEquals(List.of(longest), introductions.all());
    }

    @Test
    void anUpdateTheSchemaRefusesLeavesTheStoredOneAsItWas() {
        Introduction stored = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", JAN_10, null));
        List<Introduction> refused = List.of(
                new Introduction(stored.id(), ana.id(), ana.id(), "a", "b", "", OptIn.ASKED, FEB_01, null,
                        OptIn.NOT_ASKED, null, null, null, null, null, null, JAN_10),
                new Introduction(stored.id(), ana.id(), ben.id(), "  ", "b", "", OptIn.ASKED, FEB_01, null,
                        OptIn.NOT_ASKED, null, null, null, null, null, null, JAN_10),
                new Introduction(stored.id(), ana.id(), ben.id(), "a", "b".repeat(1001), "", OptIn.ASKED, FEB_01,
                        null, OptIn.NOT_ASKED, null, null, null, null, null, null, JAN_10));
        for (Introduction introduction : refused) {
            assertThrows(StoreException.class, () -> introductions.update(introduction));
        }
        assertEquals(List.of(stored), introductions.all());
    }

    @Test
    void deletingAContactDeletesTheirIntroductions() {
        Introduction anaBen = introductions.add(Introduction.idea(ana.id(), ben.id(), "a", "b", "", JAN_10, null));
        Introduction caiAna = introductions.add(Introduction.idea(cai.id(), ana.id(), "c", "a", "", FEB_01, null));
        Introduction benCai = introductions.add(Introduction.idea(ben.id(), cai.id(), "b", "c", "", MAR_01, null));

        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                ps.setLong(1, ana.id());
                return ps.executeUpdate();
            }
        });

        assertEquals(Optional.empty(), introductions.find(anaBen.id()));
        assertEquals(Optional.empty(), introductions.find(caiAna.id()));
        assertEquals(List.of(benCai), introductions.all());
        assertEquals(List.of(), introductions.forContact(ana.id()));
    }
}
