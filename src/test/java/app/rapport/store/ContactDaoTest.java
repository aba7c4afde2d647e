package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.RelationshipStage;
import app.rapport.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactDaoTest {

    @TempDir
    Path dir;

    private Database db;
    private ContactDao dao;

    @BeforeEach
    void open() throws DatabaseProblem {
        db = Database.open(dir.resolve("rapport.db"));
        dao = db.contacts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---- storing and reading back ----------------------------------------------------------------------------------

    @Test
    void everyFieldComesBackAsStoredWithUnicodeEmojiQuotesCommasAndNewlines() throws Exception {
        Contact ben = dao.insert(Contact.named("Ben Okafor"));
        Contact zoe = contact("Zoë Ñúñez-Łukasiewicz 👩🏽‍💼")
                .organisation("王氏咨询有限公司, \"Wang & Partners\"")
                .role("مستشارة ضرائب — tax adviser")
                .emails("zoe@example.com", "zoë.n+crm@exämple.co.uk", "z@例え.jp")
                .phones("+44 20 7946 0958", "(555) 123-4567 ext 12", "+971 4 123 4567")
                .link("https://example.com/zoë?ref=\"crm\"&x=1")
                .city("Łódź")
                .howWeMet("Ben introduced us,\nover ☕ at the 'Tuesday' breakfast")
                .whereWeMet("Café \"Zoë\", 北京路 12, Leeds\r\nupstairs")
                .metOn(LocalDate.of(2024, 2, 29))
                .introducedBy(ben.id())
                .needs("Clients in 北京; \"cash-flow\" advice,\nand a good يد")
                .offers("Bookkeeping 📚, payroll, VAT returns")
                .tags("designer", "北京", "émigré 🌍", "Arabic: عربي")
                .notes("Line 1\nLine 2, with a comma\n\"quoted\"\ttabbed\n\n👍🏿 and 🇬🇧 flags; ''single'' quotes")
                .stage(RelationshipStage.GETTING_TO_KNOW)
                .stayInTouchDays(21)
                .build();

        Contact stored = dao.insert(zoe);

        assertTrue(stored.id() > 0);
        assertNotNull(stored.createdAt());
        assertEquals(stored.createdAt(), stored.updatedAt());
        assertEquals(zoe.withId(stored.id()).withTimestamps(stored.createdAt(), stored.updatedAt()), stored,
                "insert returns what it was given, with an id and timestamps");
        assertEquals(stored, dao.find(stored.id()).orElseThrow());
    }

    @Test
    void aContactWithNothingButANameComesBackWithEmptyFieldsAndNulls() {
        Contact stored = dao.insert(Contact.named("Ana"));
        Contact found = dao.find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals("", found.organisation());
        assertEquals(List.of(), found.emails());
        assertEquals(List.of(), found.tags());
        assertEquals(null, found.metOn());
        assertEquals(null, found.introducedById());
        assertEquals(null, found.stayInTouchDays());
        assertEquals(RelationshipStage.JUST_MET, found.stage());
        assertFalse(found.archived());
    }

    @Test
    void everyStageAndTheArchivedFlagRoundTrip() {
        for (RelationshipStage stage : RelationshipStage.values()) {
            Contact stored = dao.insert(contact("Person " + stage).stage(stage).archived(stage == RelationshipStage.PARKED).build());
            assertEquals(stored, dao.find(stored.id()).orElseThrow());
        }
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertTrue(dao.find(12345).isEmpty());
    }

    @Test
    void insertingAnAlreadyStoredContactIsRefused() {
        Contact stored = dao.insert(Contact.named("Ana"));
        assertThrows(IllegalArgumentException.class, () -> dao.insert(stored));
        assertEquals(1, dao.count(ContactQuery.all()));
    }

    @Test
    void aTagTypedInAnotherCaseJoinsTheExistingTagAndInsertReturnsWhatIsStored() {
        dao.insert(contact("Ana").tags("Designer").build());
        Contact ben = dao.insert(contact("Ben").tags("designer", "Leeds", "LEEDS").build());

        assertEquals(dao.find(ben.id()).orElseThrow(), ben, "insert returns the contact as stored");
        assertEquals(List.of("Designer", "Leeds"), ben.tags());
        assertEquals(List.of(new Tag("Designer", 2), new Tag("Leeds", 1)), dao.tags());
    }

    @Test
    void updateReplacesTheListsAndKeepsTheCreationTime() throws Exception {
        Contact ana = dao.insert(contact("Ana Silva")
                .emails("ana@example.com", "ana@silva.example", "old@example.com")
                .phones("+44 20 7946 0958", "0113 496 0000")
                .tags("bookkeeping", "Leeds")
                .build());
        Thread.sleep(5);

        // A form hands back the details without the store's timestamps.
        Contact edited = contact("Ana Silva-Berg").id(ana.id())
                .emails("ana@silva.example", "ana.berg@example.com")
                .tags("Leeds", "payroll", "mentor")
                .notes("Married in June")
                .stage(RelationshipStage.LIKE)
                .build();
        Contact updated = dao.update(edited);

        assertEquals(ana.createdAt(), updated.createdAt());
        assertTrue(updated.updatedAt().isAfter(ana.updatedAt()), "updated-at moves on");
        Contact found = dao.find(ana.id()).orElseThrow();
        assertEquals(updated, found);
        assertEquals(List.of("ana@silva.example", "ana.berg@example.com"), found.emails());
        assertEquals(List.of(), found.phones());
        assertEquals(List.of("Leeds", "payroll", "mentor"), found.tags());
        assertEquals("Ana Silva-Berg", found.name());
        assertEquals(RelationshipStage.LIKE, found.stage());
        assertEquals(List.of(new Tag("Leeds", 1), new Tag("mentor", 1), new Tag("payroll", 1)), dao.tags(),
                "a tag no one carries any more is not listed");
    }

    @Test
    void updateOfAContactThatDoesNotExistIsRefused() {
        assertThrows(StoreException.class, () -> dao.update(Contact.named("Ghost").withId(999)));
        assertEquals(0, rows("contact"));
        assertEquals(0, rows("contact_search"));
    }

    @Test
    void aNameOfTwoHundredCharactersCountsEmojiAsOneEach() {
        String name = "👩".repeat(200);
        Contact stored = dao.insert(Contact.named(name));
        assertEquals(name, dao.find(stored.id()).orElseThrow().name());
    }

    static Stream<Arguments> overLongFields() {
        return Stream.of(
                Arguments.of("name", (UnaryOperator<ContactBuilder>) b -> b.name("n".repeat(201))),
                Arguments.of("organisation", (UnaryOperator<ContactBuilder>) b -> b.organisation("o".repeat(201))),
                Arguments.of("role", (UnaryOperator<ContactBuilder>) b -> b.role("r".repeat(201))),
                Arguments.of("email", (UnaryOperator<ContactBuilder>) b -> b.emails("ok@example.com", "e".repeat(255))),
                Arguments.of("phone", (UnaryOperator<ContactBuilder>) b -> b.phones("1".repeat(51))),
                Arguments.of("link", (UnaryOperator<ContactBuilder>) b -> b.link("l".repeat(501))),
                Arguments.of("city", (UnaryOperator<ContactBuilder>) b -> b.city("c".repeat(201))),
                Arguments.of("how we met", (UnaryOperator<ContactBuilder>) b -> b.howWeMet("h".repeat(1001))),
                Arguments.of("where we met", (UnaryOperator<ContactBuilder>) b -> b.whereWeMet("w".repeat(1001))),
                Arguments.of("needs", (UnaryOperator<ContactBuilder>) b -> b.needs("n".repeat(4001))),
                Arguments.of("offers", (UnaryOperator<ContactBuilder>) b -> b.offers("o".repeat(4001))),
                Arguments.of("tag", (UnaryOperator<ContactBuilder>) b -> b.tags("fine", "t".repeat(61))),
                Arguments.of("notes", (UnaryOperator<ContactBuilder>) b -> b.notes("x".repeat(20_001))),
                Arguments.of("blank name", (UnaryOperator<ContactBuilder>) b -> b.name("   ")),
                Arguments.of("blank tag", (UnaryOperator<ContactBuilder>) b -> b.tags(" ")),
                Arguments.of("stay in touch 0 days", (UnaryOperator<ContactBuilder>) b -> b.stayInTouchDays(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLongFields")
    void theDatabaseRefusesTextOverItsLimitAndStoresNothing(String field, UnaryOperator<ContactBuilder> breakIt) {
        Contact bad = breakIt.apply(contact("Ana").emails("ana@example.com").tags("kept")).build();
        assertThrows(StoreException.class, () -> dao.insert(bad), field);
        for (String table : List.of("contact", "contact_email", "contact_phone", "contact_tag", "tag", "contact_search")) {
            assertEquals(0, rows(table), table + " after refusing " + field);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLongFields")
    void anUpdateOverTheLimitIsRefusedAndLeavesTheStoredContactAsItWas(String field,
                                                                        UnaryOperator<ContactBuilder> breakIt) {
        Contact ana = dao.insert(contact("Ana").emails("ana@example.com").phones("0113 496 0000").tags("kept")
                .notes("original notes").build());
        Contact bad = breakIt.apply(ContactBuilder.from(ana)).build();
        assertThrows(StoreException.class, () -> dao.update(bad), field);
        assertEquals(ana, dao.find(ana.id()).orElseThrow());
        assertEquals(List.of(ana.id()), ids(dao.search(ContactQuery.text("original"), 0, 10)));
    }

    @Test
    void textExactlyAtTheLimitsIsStored() {
        Contact full = contact("n".repeat(200)).organisation("o".repeat(200)).role("r".repeat(200))
                .emails("e".repeat(254)).phones("1".repeat(50)).link("l".repeat(500)).city("c".repeat(200))
                .howWeMet("h".repeat(1000)).whereWeMet("w".repeat(1000)).needs("n".repeat(4000))
                .offers("o".repeat(4000)).tags("t".repeat(60)).notes("x".repeat(20_000)).build();
        Contact stored = dao.insert(full);
        assertEquals(stored, dao.find(stored.id()).orElseThrow());
    }

    // ---- archiving ---------------------------------------------------------------------------------------------------

    @Test
    void archivedContactsLeaveTheDefaultListAndAreShownOnlyWhenAskedFor() {
        Contact ana = dao.insert(contact("Ana").tags("leeds").build());
        Contact ben = dao.insert(contact("Ben").tags("leeds").build());
        dao.setArchived(ben.id(), true);

        assertEquals(List.of(ana.id()), ids(dao.search(ContactQuery.all(), 0, 50)));
        assertEquals(1, dao.count(ContactQuery.all()));
        assertEquals(List.of(), dao.search(ContactQuery.text("ben"), 0, 50));
        assertEquals(List.of(), dao.findByName("ben", 10));
        assertEquals(List.of(new Tag("leeds", 1)), dao.tags(), "an archived contact's tags are not counted");

        ContactQuery archived = new ContactQuery("", null, null, true);
        List<ContactSummary> shown = dao.search(archived, 0, 50);
        assertEquals(List.of(ben.id()), ids(shown));
        assertTrue(shown.get(0).archived());
        assertEquals(1, dao.count(archived));
        assertEquals(List.of(ben.id()), ids(dao.search(new ContactQuery("be", "LEEDS", null, true), 0, 50)));

        Contact archivedBen = dao.find(ben.id()).orElseThrow();
        assertTrue(archivedBen.archived());
        assertEquals(ben.withArchived(true).withTimestamps(ben.createdAt(), archivedBen.updatedAt()), archivedBen,
                "archiving keeps everything else");

        dao.setArchived(ben.id(), false);
        assertEquals(List.of(ana.id(), ben.id()), ids(dao.search(ContactQuery.all(), 0, 50)));
        assertFalse(dao.find(ben.id()).orElseThrow().archived());
        assertEquals(List.of(new Tag("leeds", 2)), dao.tags());
    }

    @Test
    void archivingAnUnknownContactIsRefused() {
        assertThrows(StoreException.class, () -> dao.setArchived(404, true));
    }

    // ---- search ------------------------------------------------------------------------------------------------------

    @Nested
    class Search {
        Contact anaSilva;
        Contact anaBerg;
        Contact zoe;
        Contact andrea;

        @BeforeEach
        void network() {
            anaSilva = dao.insert(contact("Ana Silva").organisation("Silva & Co").role("Accountant")
                    .offers("Bookkeeping and payroll").city("Leeds").tags("finance").build());
            anaBerg = dao.insert(contact("Ana Berg").organisation("Berg Studio").role("Graphic designer")
                    .offers("Logos and brand identity").city("York").tags("design").build());
            zoe = dao.insert(contact("Zoë Ñúñez").role("Architect").city("Zürich")
                    .stage(RelationshipStage.TRUST).tags("design").build());
            andrea = dao.insert(contact("Andrea Costa").role("Lawyer").stage(RelationshipStage.TRUST).build());
        }

        static Stream<Arguments> wordInEachColumn() {
            return Stream.of(
                    Arguments.of("name", contact("Quentin Marlowe"), "quent"),
                    Arguments.of("organisation", contact("P1").organisation("Xylophonics Ltd"), "xylo"),
                    Arguments.of("role", contact("P2").role("Hydrologist"), "hydro"),
                    Arguments.of("needs", contact("P3").needs("Cheap warehousing near the M62"), "wareh"),
                    Arguments.of("offers", contact("P4").offers("Calligraphy lessons"), "callig"),
                    Arguments.of("tags", contact("P5").tags("kayaking", "climbing"), "kaya"),
                    Arguments.of("notes", contact("P6").notes("Loves origami.\nTwo kids."), "origa"),
                    Arguments.of("emails", contact("P7").emails("x@y.example", "jupiter@planets.example"), "jupit"),
                    Arguments.of("city", contact("P8").city("Reykjavík"), "reykj"),
                    Arguments.of("organisation (Chinese)", contact("P9").organisation("王氏咨询"), "王氏"),
                    Arguments.of("role (Arabic)", contact("P10").role("مستشارة"), "مستش"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("wordInEachColumn")
        void theStartOfAWordInAnySearchedFieldFindsTheContact(String field, ContactBuilder who, String typed) {
            Contact stored = dao.insert(who.build());
            assertEquals(List.of(stored.id()), ids(dao.search(ContactQuery.text(typed), 0, 50)), field);
            assertEquals(1, dao.count(ContactQuery.text(typed)), field);
        }

        @Test
        void aWholeEmailAddressFindsItsContact() {
            Contact jo = dao.insert(contact("Jo").emails("jo.bloggs@planets.example").build());
            assertEquals(List.of(jo.id()), ids(dao.search(ContactQuery.text("jo.bloggs@planets.example"), 0, 50)));
        }

        @Test
        void everyWordTypedMustMatch() {
            assertEquals(List.of(anaBerg.id(), anaSilva.id()), ids(dao.search(ContactQuery.text("ana"), 0, 50)));
            assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text("ana book"), 0, 50)));
            assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text("book ana"), 0, 50)));
            assertEquals(List.of(), ids(dao.search(ContactQuery.text("ana architect"), 0, 50)));
            assertEquals(0, dao.count(ContactQuery.text("ana architect")));
        }

        @Test
        void aWordMatchesOnlyTheStartOfWords() {
            assertEquals(List.of(), ids(dao.search(ContactQuery.text("keeping"), 0, 50)));
            assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text("bookkeeping"), 0, 50)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"zoe", "ZOË", "Zoë", "zoe nunez", "ÑÚÑEZ", "nunez", "zurich", "zürich"})
        void searchIgnoresCaseAndDiacritics(String typed) {
            assertEquals(List.of(zoe.id()), ids(dao.search(ContactQuery.text(typed), 0, 50)), typed);
        }

        @Test
        void diacriticsTypedAsCombiningMarksAlsoMatch() {
            String decomposed = "Zoe\u0308"; // what some keyboards send for "Zoë"
            assertEquals(List.of(zoe.id()), ids(dao.search(ContactQuery.text(decomposed), 0, 50)));
            Contact lea = dao.insert(Contact.named("Le\u0301a Fontaine")); // a name stored decomposed
            assertEquals(List.of(lea.id()), ids(dao.search(ContactQuery.text("lea"), 0, 50)));
            assertEquals(List.of(lea.id()), ids(dao.search(ContactQuery.text("Léa"), 0, 50)));
        }

        @Test
        void searchIgnoresCaseOfPlainLetters() {
            assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text("SILVA"), 0, 50)));
            assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text("bOOkK"), 0, 50)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"AND", "OR", "NOT", "NEAR", "NEAR(ana book)", "\"", "\"ana", "*", "ana*", "(", ")",
                "(ana", "-", "ana -book", "-ana", "^ana", "name:ana", "{name role}: ana", "+", ":", "'", "\\", "ana AND",
                "AND ana", "a\"b", "'; DROP TABLE contact; --", "%", "_", "ana OR zoe", "ana NOT book", "💼", "   "})
        void whateverTheUserTypesNeverThrows(String typed) {
            ContactQuery query = ContactQuery.text(typed);
            List<ContactSummary> found = dao.search(query, 0, 50);
            assertEquals(found.size(), dao.count(query), typed);
            dao.findByName(typed, 10);
            assertEquals(4, rows("contact"), "nothing was harmed by " + typed);
        }

        @Test
        void operatorWordsAreSearchedAsPlainWords() {
            assertEquals(List.of(anaBerg.id(), anaSilva.id(), andrea.id()), ids(dao.search(ContactQuery.text("AND"), 0, 50)),
                    "AND is the start of Andrea and the word 'and' in their offers, not an operator");
            assertEquals(ids(dao.search(ContactQuery.text("ana book"), 0, 50)),
                    ids(dao.search(ContactQuery.text("ana -book"), 0, 50)), "a minus sign is not NOT");
            assertEquals(ids(dao.search(ContactQuery.text("ana book"), 0, 50)),
                    ids(dao.search(ContactQuery.text("\"ana\" AND book*"), 0, 50)));
            assertEquals(List.of(), ids(dao.search(ContactQuery.text("ana OR zoe"), 0, 50)),
                    "OR is a word that must match too");
        }

        @Test
        void textWithNoWordsInItListsEveryone() {
            assertEquals(4, dao.search(ContactQuery.text(" * - \" "), 0, 50).size());
            assertEquals(4, dao.count(ContactQuery.text("")));
        }

        @Test
        void resultsAreOrderedByNameIgnoringCase() {
            Contact bob = dao.insert(Contact.named("bob Lowe"));
            Contact carla = dao.insert(Contact.named("carla Nyman"));
            Contact dan = dao.insert(Contact.named("Dan Brown"));
            Contact ana = dao.insert(Contact.named("ana lima"));
            assertEquals(List.of("Ana Berg", "ana lima", "Ana Silva", "Andrea Costa", "bob Lowe", "carla Nyman",
                            "Dan Brown", "Zoë Ñúñez"),
                    dao.search(ContactQuery.all(), 0, 50).stream().map(ContactSummary::name).toList());
            assertTrue(List.of(bob, carla, dan, ana).stream().allMatch(c -> c.id() > 0));
        }

        @Test
        void contactsWithTheSameNameComeInTheOrderTheyWereAdded() {
            Contact second = dao.insert(Contact.named("Ana Silva"));
            Contact third = dao.insert(Contact.named("ana silva"));
            assertEquals(List.of(anaSilva.id(), second.id(), third.id()),
                    ids(dao.search(ContactQuery.text("silva"), 0, 50)));
        }

        @Test
        void tagAndStageFiltersCombineWithText() {
            assertEquals(List.of(anaBerg.id(), zoe.id()), ids(dao.search(new ContactQuery("", "design", null, false), 0, 50)));
            assertEquals(List.of(anaBerg.id(), zoe.id()), ids(dao.search(new ContactQuery("", "DESIGN", null, false), 0, 50)),
                    "tags match whatever their case");
            assertEquals(List.of(anaBerg.id()), ids(dao.search(new ContactQuery("ana", "design", null, false), 0, 50)));
            assertEquals(List.of(zoe.id()), ids(dao.search(new ContactQuery("", "design", RelationshipStage.TRUST, false), 0, 50)));
            assertEquals(List.of(andrea.id(), zoe.id()), ids(dao.search(new ContactQuery("", null, RelationshipStage.TRUST, false), 0, 50)));
            assertEquals(List.of(andrea.id()), ids(dao.search(new ContactQuery("law", null, RelationshipStage.TRUST, false), 0, 50)));
            assertEquals(List.of(), ids(dao.search(new ContactQuery("ana", null, RelationshipStage.TRUST, false), 0, 50)));
            assertEquals(List.of(), ids(dao.search(new ContactQuery("", "no such tag", null, false), 0, 50)));
            assertEquals(1, dao.count(new ContactQuery("ana", "design", null, false)));
            assertEquals(2, dao.count(new ContactQuery("", null, RelationshipStage.TRUST, false)));
            assertEquals(0, dao.count(new ContactQuery("", "no such tag", null, false)));
        }

        @Test
        void afterAnUpdateTheOldWordsNoLongerFindTheContactAndTheNewOnesDo() {
            dao.update(ContactBuilder.from(anaSilva).name("Ana Moreira").organisation("Moreira Lda").offers("Tax returns").tags("tax")
                    .emails("ana@moreira.example").build());
            for (String old : List.of("silva", "bookkeeping", "payroll", "finance")) {
                assertEquals(List.of(), ids(dao.search(ContactQuery.text(old), 0, 50)), old);
            }
            for (String now : List.of("moreira", "tax", "returns", "ana tax")) {
                assertEquals(List.of(anaSilva.id()), ids(dao.search(ContactQuery.text(now), 0, 50)), now);
            }
            assertEquals(List.of(anaSilva.id()), ids(dao.search(new ContactQuery("", "tax", null, false), 0, 50)));
            assertEquals(List.of(), ids(dao.search(new ContactQuery("", "finance", null, false), 0, 50)));
        }

        @Test
        void theSummaryShowsWhatTheListNeeds() {
            ContactSummary summary = dao.search(ContactQuery.text("silva"), 0, 50).get(0);
            assertEquals(new ContactSummary(anaSilva.id(), "Ana Silva", "Silva & Co", "Accountant",
                    RelationshipStage.JUST_MET, false, false), summary);
        }

        @Test
        void theSummaryFlagsAnOpenDealBreakerUntilItIsDecided() {
            Impression like = db.impressions().add(Impression.draft(anaSilva.id(), ImpressionKind.LIKE,
                    "Always on time", LocalDate.of(2024, 5, 1), false));
            assertFalse(summaryOf(anaSilva).hasUnresolvedDealBreaker(), "a like is not a deal-breaker");
            assertTrue(like.id() > 0);

            Impression dealBreaker = db.impressions().add(Impression.draft(anaSilva.id(), ImpressionKind.DEAL_BREAKER,
                    "Talks badly about clients", LocalDate.of(2024, 5, 2), false));
            assertTrue(summaryOf(anaSilva).hasUnresolvedDealBreaker());
            assertTrue(dao.findByName("silva", 10).get(0).hasUnresolvedDealBreaker());
            assertFalse(summaryOf(anaBerg).hasUnresolvedDealBreaker(), "only the contact it is about");

            db.impressions().decide(dealBreaker.id(), DealBreakerDecision.TOLERATE, LocalDate.of(2024, 5, 3));
            assertFalse(summaryOf(anaSilva).hasUnresolvedDealBreaker());
            assertFalse(dao.findByName("silva", 10).get(0).hasUnresolvedDealBreaker());
        }

        private ContactSummary summaryOf(Contact contact) {
            return dao.search(ContactQuery.all(), 0, 50).stream().filter(s -> s.id() == contact.id()).findFirst()
                    .orElseThrow();
        }

        @Test
        void tagsListsTheTagsOfActiveContactsWithHowManyCarryEach() {
            dao.insert(contact("Bea").tags("Finance", "board").build());
            assertEquals(List.of(new Tag("board", 1), new Tag("design", 2), new Tag("finance", 2)), dao.tags());
        }

        @Test
        void findByNameMatchesTheNameOnly() {
            assertEquals(List.of(anaBerg.id(), anaSilva.id()), ids(dao.findByName("ana", 10)));
            assertEquals(List.of(anaSilva.id()), ids(dao.findByName("sil", 10)));
            assertEquals(List.of(anaSilva.id()), ids(dao.findByName("ana si", 10)));
            assertEquals(List.of(zoe.id()), ids(dao.findByName("nunez", 10)));
            assertEquals(List.of(), dao.findByName("book", 10), "offers are not the name");
            assertEquals(List.of(), dao.findByName("leeds", 10), "the city is not the name");
            assertEquals(List.of(), dao.findByName("", 10));
            assertEquals(1, dao.findByName("ana", 1).size(), "limit");
        }
    }

    @Test
    void pagesThroughResultsWithOffsetAndLimit() {
        IntStream.rangeClosed(1, 25).forEach(i -> dao.insert(Contact.named(String.format("Person %02d", i))));
        assertEquals(names(1, 10), dao.search(ContactQuery.all(), 0, 10).stream().map(ContactSummary::name).toList());
        assertEquals(names(11, 20), dao.search(ContactQuery.all(), 10, 10).stream().map(ContactSummary::name).toList());
        assertEquals(names(21, 25), dao.search(ContactQuery.all(), 20, 10).stream().map(ContactSummary::name).toList());
        assertEquals(List.of(), dao.search(ContactQuery.all(), 30, 10));
        assertEquals(25, dao.count(ContactQuery.all()));
        assertEquals(25, dao.count(ContactQuery.text("person")));
        assertEquals(names(3, 4), dao.search(ContactQuery.text("pers"), 2, 2).stream().map(ContactSummary::name).toList());
    }

    @ParameterizedTest
    @CsvSource({"ana, 2", "ana leeds, 1", "leeds, 2", "york, 1", "nobody, 0"})
    void countIsTheNumberOfMatches(String typed, int expected) {
        dao.insert(contact("Ana Silva").city("Leeds").build());
        dao.insert(contact("Ana Berg").city("York").build());
        dao.insert(contact("Ben Okafor").city("Leeds").build());
        assertEquals(expected, dao.count(ContactQuery.text(typed)));
        assertEquals(expected, dao.search(ContactQuery.text(typed), 0, 100).size());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static List<String> names(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("Person %02d", i)).toList();
    }

    private static List<Long> ids(List<ContactSummary> summaries) {
        return summaries.stream().map(ContactSummary::id).toList();
    }

    private int rows(String table) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.getInt(1);
            }
        });
    }
}
