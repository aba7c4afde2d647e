package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.ContactQuery;
import app.rapport.model.ContactSummary;
import app.rapport.model.RelationshipStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over a list big enough for the DAO to take its shortcuts (a window at the top of the list, probing the
 * full-text index, streaming matches past a tag's contacts): every page must be the one that sorting every match
 * by name gives, at any depth, with any filter, including among many contacts of the same name.
 */
class ContactSearchPagingTest {

    private static final int CONTACTS = 4000;
    /** Few names, in two spellings of case, so that many contacts share a name and the order falls back on id. */
    private static final List<String> FIRST = List.of("Ana", "ana", "Andrea", "Anton", "Bea", "Ben", "Chloé", "Dev",
            "Eli", "Emma", "Jo", "José", "Lea", "Léa", "Mark", "Zoë");
    private static final List<String> LAST = List.of("Adams", "Berg", "Bloggs", "Costa", "Doyle", "Evans", "Silva",
            "Ward");

    @TempDir
    static Path folder;
    private static Database database;
    private static ContactDao dao;

    @BeforeAll
    static void manyContacts() throws Exception {
        database = Database.open(folder.resolve("many.db"));
        dao = database.contacts();
        Random random = new Random(7);
        database.transaction(c -> {
            for (int i = 0; i < CONTACTS; i++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                // Words from everywhere to nearly nowhere: alpha in every contact, beta in most, gamma in a quarter,
                // delta in one in twenty, epsilon in a handful; and omega in everyone but the Anas at the top of
                // the list, so that a window sized for how common it is holds none and must widen.
                List<String> words = new ArrayList<>(List.of("alpha"));
                if (!first.equalsIgnoreCase("ana")) {
                    words.add("omega");
                }
                if (random.nextInt(10) < 6) {
                    words.add("beta");
                }
                if (random.nextInt(4) == 0) {
                    words.add("gamma");
                }
                if (random.nextInt(20) == 0) {
                    words.add("delta");
                }
                if (random.nextInt(400) == 0) {
                    words.add("epsilon");
                }
                List<String> tags = new ArrayList<>();
                if (random.nextInt(10) < 4) {
                    tags.add("red");
                }
                if (random.nextInt(20) == 0) {
                    tags.add("blue");
                }
                dao.insert(new Contact(0, first + " " + LAST.get(random.nextInt(LAST.size())), "", "", List.of(), List.of(), "", "", "", "", null,
                        null, String.join(" ", words), "", tags, "", RelationshipStage.values()[random.nextInt(6)],
                        null, random.nextInt(12) == 0, null, null));
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyPageIsTheOneSortingEveryMatchGives() {
        List<String> texts = List.of("a", "al", "alp", "alpha", "b", "be", "beta", "g", "gam", "gamma", "d", "del",
                "delta", "e", "eps", "epsilon", "o", "om", "omega", "alpha beta", "be ga", "an", "ana", "ana be", "léa", "z", "zo al");
        List<ContactQuery> filters = new ArrayList<>();
        for (String text : texts) {
            filters.add(ContactQuery.text(text));
            filters.add(new ContactQuery(text, null, RelationshipStage.LIKE, false));
            filters.add(new ContactQuery(text, null, null, true));
            filters.add(new ContactQuery(text, "red", null, false));
            filters.add(new ContactQuery(text, "blue", null, false));
            filters.add(new ContactQuery(text, "red", RelationshipStage.TRUST, true));
        }
        int pages = 0;
        for (ContactQuery query : filters) {
            for (int[] page : new int[][] {{0, 5}, {0, 10}, {0, 50}, {50, 50}, {200, 50}, {950, 50}, {1200, 50}}) {
                assertEquals(plainPage(query, false, page[0], page[1]), ids(dao.search(query, page[0], page[1])),
                        query + " offset " + page[0] + " limit " + page[1]);
                pages++;
            }
            assertEquals(plainPage(query, false, 0, Integer.MAX_VALUE).size(), dao.count(query), "count " + query);
        }
        assertTrue(pages > 1000);
    }

    @Test
    void findByNameGivesTheFirstNamesSortingEveryMatchGives() {
        for (String text : List.of("a", "an", "ana", "b", "be", "ben", "j", "jo", "jos", "lea", "léa", "ana be",
                "silva", "s", "zoë w", "nobody")) {
            for (int limit : List.of(5, 10, 50)) {
                assertEquals(plainPage(ContactQuery.text(text), true, 0, limit), ids(dao.findByName(text, limit)),
                        text + " limit " + limit);
            }
        }
    }

    @Test
    void countsWithoutText() {
        assertEquals(plainPage(ContactQuery.all(), false, 0, Integer.MAX_VALUE).size(), dao.count(ContactQuery.all()));
        ContactQuery archived = new ContactQuery("", null, null, true);
        assertEquals(plainPage(archived, false, 0, Integer.MAX_VALUE).size(), dao.count(archived));
    }

    private static List<Long> plainPage(ContactQuery query, boolean namesOnly, int offset, int limit) {
        return PlainContactSearch.page(database, query, namesOnly, offset, limit);
    }

    private static List<Long> ids(List<ContactSummary> summaries) {
        return summaries.stream().map(ContactSummary::id).toList();
    }
}
