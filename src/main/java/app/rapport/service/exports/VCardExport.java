package app.rapport.service.exports;

import app.rapport.store.ArchiveDao;
import app.rapport.store.Database;
import com.github.mangstadt.vinnie.SyntaxStyle;
import com.github.mangstadt.vinnie.VObjectParameters;
import com.github.mangstadt.vinnie.io.VObjectWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static app.rapport.service.exports.Fields.flag;
import static app.rapport.service.exports.Fields.text;
import static app.rapport.service.exports.Fields.texts;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.escape;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.writeList;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.writeSemiStructured;
import static com.github.mangstadt.vinnie.io.VObjectPropertyValues.writeStructured;

/**
 * Contacts as vCard 4.0 (RFC 6350), one card each, for an address book or a phone, written line by line while the
 * contacts are read a page at a time, so a network of any size never sits in memory at once.
 *
 * <p>Written with vinnie, the streaming vCard writer inside ez-vcard ({@code VObjectWriter}: line folding, UTF-8,
 * CRLF) and its value escaping ({@code VObjectPropertyValues}), rather than with {@code ezvcard.io.text.VCardWriter}:
 * that writer takes {@code ezvcard.VCard} objects, and the {@code VCard} class cannot be loaded without FreeMarker on
 * the class path (its {@code writeHtml} methods catch a FreeMarker exception, which the JVM's verifier loads), which
 * the pom leaves out. Text values are escaped as RFC 6350 section 3.4 says (backslash, comma, semicolon, line break).
 *
 * <p>Standard properties: {@code FN} (name), {@code N} (best effort: the last word is the family name, the words
 * before it the given names; a one-word name is a given name), {@code ORG}, {@code TITLE} (role), one {@code EMAIL}
 * and one {@code TEL} per address and number in the user's order, {@code URL} (link), {@code ADR} with only the
 * locality (city), {@code NOTE} (notes) and {@code CATEGORIES} (tags). Empty fields are left out.
 *
 * <p>What vCard has no property for goes in extended properties, so that Rapport's own importer can read it back
 * (other programs keep or ignore them). Each is written only when it has a value, escaped as vCard text:
 * <ul>
 *   <li>{@code X-RAPPORT-ID}: the contact's id in the database it came from (to recognise a re-import);</li>
 *   <li>{@code X-RAPPORT-STAGE}: the relationship stage, as its constant ({@code JUST_MET}, {@code GETTING_TO_KNOW},
 *       {@code LIKE}, {@code TRUST}, {@code PARTNER}, {@code PARKED});</li>
 *   <li>{@code X-RAPPORT-HOW-WE-MET}, {@code X-RAPPORT-WHERE-WE-MET}: text;</li>
 *   <li>{@code X-RAPPORT-MET-ON}: a date, yyyy-mm-dd;</li>
 *   <li>{@code X-RAPPORT-NEEDS}, {@code X-RAPPORT-OFFERS}: text;</li>
 *   <li>{@code X-RAPPORT-STAY-IN-TOUCH-DAYS}: the contact's own rhythm in days, when not the stage's;</li>
 *   <li>{@code X-RAPPORT-ARCHIVED}: {@code true} for an archived contact (only written when archived ones are
 *       included).</li>
 * </ul>
 * Impressions, the timeline and introductions are not in cards (use the JSON archive for everything).
 */
public final class VCardExport {

    /** The extended property names, as documented above. */
    public static final String ID = "X-RAPPORT-ID";
    public static final String STAGE = "X-RAPPORT-STAGE";
    public static final String HOW_WE_MET = "X-RAPPORT-HOW-WE-MET";
    public static final String WHERE_WE_MET = "X-RAPPORT-WHERE-WE-MET";
    public static final String MET_ON = "X-RAPPORT-MET-ON";
    public static final String NEEDS = "X-RAPPORT-NEEDS";
    public static final String OFFERS = "X-RAPPORT-OFFERS";
    public static final String STAY_IN_TOUCH_DAYS = "X-RAPPORT-STAY-IN-TOUCH-DAYS";
    public static final String ARCHIVED = "X-RAPPORT-ARCHIVED";

    private VCardExport() {
    }

    /**
     * Writes the cards to {@code file} (replacing it only once complete); returns how many were written.
     *
     * @throws ExportCancelledException when {@code cancelled} says so; no file is left behind
     */
    public static long write(Database database, Path file, boolean includeArchived, ExportProgress progress,
                             BooleanSupplier cancelled) throws IOException {
        ArchiveDao.Selection selection = new ArchiveDao.Selection(includeArchived, false, false);
        long[] written = {0};
        ExportFile.write(database, file, out -> {
            Steps steps = new Steps(database.archive().counts(selection).contacts(), progress, cancelled);
            VObjectWriter writer = new VObjectWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    SyntaxStyle.NEW);
            database.archive().forEachContact(selection, contact -> {
                steps.checkCancelled();
                try {
                    card(writer, contact);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                steps.done();
            });
            writer.flush();
            written[0] = steps.count();
        });
        return written[0];
    }

    /** Writes the card of one stored contact row. */
    static void card(VObjectWriter card, Map<String, Object> contact) throws IOException {
        card.writeBeginComponent("VCARD");
        card.writeVersion("4.0");
        String name = text(contact, "name");
        card.writeProperty("FN", escape(name));
        card.writeProperty("N", writeStructured(structuredName(name), false));
        if (!text(contact, "organisation").isEmpty()) {
            card.writeProperty("ORG", writeSemiStructured(List.of(text(contact, "organisation")), true, false));
        }
        if (!text(contact, "role").isEmpty()) {
            card.writeProperty("TITLE", escape(text(contact, "role")));
        }
        for (String email : texts(contact, "emails")) {
            card.writeProperty("EMAIL", escape(email));
        }
        for (String phone : texts(contact, "phones")) {
            VObjectParameters text = new VObjectParameters();
            text.put("VALUE", "text");
            card.writeProperty(null, "TEL", text, escape(phone));
        }
        if (!text(contact, "link").isEmpty()) {
            card.writeProperty("URL", escape(text(contact, "link")));
        }
        if (!text(contact, "city").isEmpty()) {
            // post office box; extended address; street; locality; region; postal code; country
            card.writeProperty("ADR", writeStructured(List.of(List.of(), List.of(), List.of(),
                    List.of(text(contact, "city")), List.of(), List.of(), List.of()), false));
        }
        if (!text(contact, "notes").isEmpty()) {
            card.writeProperty("NOTE", escape(text(contact, "notes")));
        }
        List<String> tags = texts(contact, "tags");
        if (!tags.isEmpty()) {
            card.writeProperty("CATEGORIES", writeList(tags));
        }
        extended(card, ID, text(contact, "id"));
        extended(card, STAGE, text(contact, "stage"));
        extended(card, HOW_WE_MET, text(contact, "howWeMet"));
        extended(card, WHERE_WE_MET, text(contact, "whereWeMet"));
        extended(card, MET_ON, text(contact, "metOn"));
        extended(card, NEEDS, text(contact, "needs"));
        extended(card, OFFERS, text(contact, "offers"));
        extended(card, STAY_IN_TOUCH_DAYS, text(contact, "stayInTouchDays"));
        if (flag(contact, "archived")) {
            extended(card, ARCHIVED, "true");
        }
        card.writeEndComponent("VCARD");
    }

    private static void extended(VObjectWriter card, String property, String value) throws IOException {
        if (!value.isEmpty()) {
            card.writeProperty(property, escape(value));
        }
    }

    /**
     * The components of {@code N} (family; given; additional; prefixes; suffixes), best effort: "Ana Maria Silva" is
     * given "Ana Maria", family "Silva"; "Cher" is given "Cher".
     */
    static List<List<String>> structuredName(String name) {
        String[] words = name.strip().split("\\s+");
        List<List<String>> components = new ArrayList<>();
        if (words.length == 1) {
            components.add(List.of());
            components.add(List.of(words[0]));
        } else {
            components.add(List.of(words[words.length - 1]));
            components.add(List.of(String.join(" ", List.of(words).subList(0, words.length - 1))));
        }
        components.add(List.of());
        components.add(List.of());
        components.add(List.of());
        return components;
    }
}
