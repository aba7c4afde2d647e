package app.rapport.service.exports;

import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;
import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import com.github.mangstadt.vinnie.VObjectProperty;
import com.github.mangstadt.vinnie.io.Context;
import com.github.mangstadt.vinnie.io.SyntaxRules;
import com.github.mangstadt.vinnie.io.VObjectDataAdapter;
import com.github.mangstadt.vinnie.io.VObjectReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.parseList;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.parseSemiStructured;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.parseStructured;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.unescape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cards an address book reads: vCard 4.0, parsed back with ez-vcard's reader (vinnie's {@code VObjectReader} and
 * value parsing; ez-vcard's {@code VCard} class cannot load without FreeMarker), every field where it belongs.
 */
class VCardExportTest {

    private static final String NOTES = "Met at the \"mixer\"; likes rugby, jazz & ☕.\nSecond line, with commas";
    private static final String NEEDS = "A bookkeeper; someone for VAT, payroll\nand 🚀 growth";

    @TempDir
    Path folder;

    private Database database;
    private Contact ana;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("cards.db"));
        ana = database.contacts().insert(ContactBuilder.contact("Ana Maria Silva")
                .organisation("Silva, Costa & Filhos").role("Brand designer")
                .emails("ana@example.com", "ana.silva@studio.example").phones("+44 113 496 0000", "07700 900123")
                .link("https://silva.example/ana").city("Leeds").notes(NOTES).tags("design", "a,b; c", "Leeds")
                .needs(NEEDS).offers("Logos").howWeMet("Breakfast").whereWeMet("Leeds Chamber")
                .metOn(LocalDate.of(2024, 3, 5)).stage(RelationshipStage.TRUST).stayInTouchDays(21).build());
        database.contacts().insert(ContactBuilder.contact("Cher").build());
        database.contacts().insert(ContactBuilder.contact("Archie Vale").archived(true).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** One parsed card: its properties by name, in order; and the version line. */
    private record Card(String version, Map<String, List<VObjectProperty>> properties) {
        List<String> all(String name) {
            return properties.getOrDefault(name, List.of()).stream().map(VObjectProperty::getValue).toList();
        }

        String text(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : unescape(values.get(0));
        }
    }

    private static List<Card> parse(Path file) throws Exception {
        List<Card> cards = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             VObjectReader reader = new VObjectReader(in, SyntaxRules.vcard())) {
            reader.parse(new VObjectDataAdapter() {
                private String version;
                private Map<String, List<VObjectProperty>> properties;

                @Override
                public void onComponentBegin(String name, Context context) {
                    assertEquals("VCARD", name);
                    properties = new TreeMap<>();
                }

                @Override
                public void onVersion(String value, Context context) {
                    version = value;
                }

                @Override
                public void onProperty(VObjectProperty property, Context context) {
                    properties.computeIfAbsent(property.getName(), k -> new ArrayList<>()).add(property);
                }

                @Override
                public void onComponentEnd(String name, Context context) {
                    cards.add(new Card(version, properties));
                }
            });
        }
        return cards;
    }

    @Test
    void everyFieldIsWhereAnAddressBookLooks() throws Exception {
        Path file = folder.resolve("contacts.vcf");
        long written = VCardExport.write(database, file, false, ExportProgress.NONE, () -> false);
        assertEquals(2, written);

        List<Card> cards = parse(file);
        assertEquals(2, cards.size(), "active contacts only");
        Card card = cards.get(0);
        assertEquals("4.0", card.version());
        assertEquals("Ana Maria Silva", card.text("FN"));
        List<List<String>> n = parseStructured(card.all("N").get(0));
        assertEquals(List.of("Silva"), n.get(0), "family name");
        assertEquals(List.of("Ana Maria"), n.get(1), "given names");
        assertEquals(List.of("Silva, Costa & Filhos"), parseSemiStructured(card.all("ORG").get(0)));
        assertEquals("Brand designer", card.text("TITLE"));
        assertEquals(List.of("ana@example.com", "ana.silva@studio.example"), card.all("EMAIL"));
        assertEquals(List.of("+44 113 496 0000", "07700 900123"), card.all("TEL"));
        assertEquals("text", card.properties().get("TEL").get(0).getParameters().first("VALUE"));
        assertEquals("https://silva.example/ana", card.text("URL"));
        assertEquals(List.of("Leeds"), parseStructured(card.all("ADR").get(0)).get(3), "locality");
        assertEquals(NOTES, card.text("NOTE"));
        assertEquals(List.of("design", "a,b; c", "Leeds"), parseList(card.all("CATEGORIES").get(0)));

        assertEquals(Long.toString(ana.id()), card.text(VCardExport.ID));
        assertEquals("TRUST", card.text(VCardExport.STAGE));
        assertEquals(NEEDS, card.text(VCardExport.NEEDS));
        assertEquals("Logos", card.text(VCardExport.OFFERS));
        assertEquals("Breakfast", card.text(VCardExport.HOW_WE_MET));
        assertEquals("Leeds Chamber", card.text(VCardExport.WHERE_WE_MET));
        assertEquals("2024-03-05", card.text(VCardExport.MET_ON));
        assertEquals("21", card.text(VCardExport.STAY_IN_TOUCH_DAYS));
        assertNull(card.text(VCardExport.ARCHIVED));

        Card cher = cards.get(1);
        assertEquals("Cher", cher.text("FN"));
        assertEquals(List.of("Cher"), parseStructured(cher.all("N").get(0)).get(1));
        assertTrue(cher.all("EMAIL").isEmpty() && cher.all("ADR").isEmpty() && cher.all("NOTE").isEmpty(),
                "empty fields are left out");
        assertEquals("JUST_MET", cher.text(VCardExport.STAGE));

        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Maria Silva\r\n"), raw);
    }

    @Test
    void archivedContactsOnlyWhenAskedAndMarked() throws Exception {
        Path file = folder.resolve("all.vcf");
        assertEquals(3, VCardExport.write(database, file, true, ExportProgress.NONE, () -> false));
        Card archie = parse(file).stream().filter(c -> "Archie Vale".equals(c.text("FN"))).findFirst()
                .orElseThrow();
        assertEquals("true", archie.text(VCardExport.ARCHIVED));
    }
}
