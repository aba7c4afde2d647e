package app.rapport.service.imports;

import com.github.mangstadt.vinnie.VObjectProperty;
import com.github.mangstadt.vinnie.io.Context;
import com.github.mangstadt.vinnie.io.SyntaxRules;
import com.github.mangstadt.vinnie.io.VObjectDataListener;
import com.github.mangstadt.vinnie.io.VObjectReader;
import com.github.mangstadt.vinnie.io.Warning;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The cards of a vCard file (2.1, 3.0 or 4.0: phones, Google, Apple, Outlook) as people, one card at a time.
 *
 * <p>The file is read line by line and each card's lines, from {@code BEGIN:VCARD} to its {@code END:VCARD}, are
 * handed to vinnie's {@link VObjectReader} (the vCard syntax reader ez-vcard is built on), which unfolds lines (both
 * the 2.1 and the 3.0/4.0 rules), decodes quoted-printable text in its charset and reads grouped properties
 * ({@code item1.EMAIL}). Splitting the cards here, rather than letting one reader stream the whole file, gives each
 * card the line of its {@code BEGIN} (ez-vcard's {@code VCardReader} reports line numbers only on its parse warnings,
 * not on the cards it returns) and lets a card missing its {@code END:VCARD} be reported on its own instead of
 * swallowing the cards after it. Only one card is held in memory at a time.
 *
 * <p>Why not ez-vcard's {@code VCardReader} itself: its {@code VCard} class cannot be loaded without FreeMarker on the
 * class path (its {@code writeHtml} methods catch {@code freemarker.template.TemplateException}, which the JVM's
 * verifier must load; ez-vcard issue #7), and the pom leaves FreeMarker out. Reading the few properties Rapport keeps
 * from vinnie's output needs no more than undoing the vCard escapes.
 *
 * <p>What is read: FN (else the name from N) as the name, ORG as organisation, TITLE (else ROLE) as role, every
 * EMAIL and TEL, the first web URL as link, the first address's locality as city, NOTEs as notes and CATEGORIES as
 * tags. Photos, birthdays, addresses other than their city, and everything else are left out: Rapport does not keep
 * them.
 */
final class VCardRecords extends TextFileRecords {

    /** A card larger than this is not a contact card (or is mostly a huge photo) and is reported, not read. */
    static final int LARGEST_CARD = 32 * 1024 * 1024;
    private static final Pattern AGENT = Pattern.compile("^([A-Za-z0-9-]+\\.)?AGENT[;:].*", Pattern.CASE_INSENSITIVE);

    private final StringBuilder card = new StringBuilder(2048);
    private final List<IncomingRecord> ready = new ArrayList<>(2);
    private boolean inCard;
    private int cardStart;
    private int depth;
    private boolean tooLarge;
    private boolean afterAgent;
    private int strayStart;
    private int strayEnd;
    private boolean ended;

    VCardRecords(Path file) throws IOException {
        super(file);
    }

    @Override
    public IncomingRecord next() throws IOException {
        while (ready.isEmpty() && !ended) {
            readLine();
        }
        return ready.isEmpty() ? null : ready.remove(0);
    }

    private void readLine() throws IOException {
        String line = text.readLine();
        if (line == null) {
            ended = true;
            flushStray();
            if (inCard) {
                inCard = false;
                ready.add(IncomingRecord.problem(cardStart,
                        "the card is cut short: the file ends before its END:VCARD"));
            }
            if (text.firstNonUtf8Line() > 0) {
                notes.add(ImportSource.notUtf8(text.firstNonUtf8Line()));
            }
            return;
        }
        String trimmed = line.strip();
        boolean begin = trimmed.equalsIgnoreCase("BEGIN:VCARD");
        if (!inCard) {
            if (begin) {
                flushStray();
                startCard(line);
            } else if (!trimmed.isEmpty()) {
                if (strayStart == 0) {
                    strayStart = text.lineNumber();
                }
                strayEnd = text.lineNumber();
            }
            return;
        }
        if (begin && !afterAgent) {
            ready.add(IncomingRecord.problem(cardStart, "the card has no END:VCARD (another card begins at line "
                    + text.lineNumber() + ")"));
            startCard(line);
            return;
        }
        if (begin) {
            depth++;
        }
        append(line);
        afterAgent = AGENT.matcher(trimmed).matches();
        if (trimmed.equalsIgnoreCase("END:VCARD") && --depth == 0) {
            inCard = false;
            ready.add(tooLarge ? IncomingRecord.problem(cardStart, "the card is larger than "
                    + LARGEST_CARD / (1024 * 1024) + " MB") : read(cardStart, card.toString()));
        }
    }

    private void startCard(String line) {
        inCard = true;
        cardStart = text.lineNumber();
        depth = 1;
        tooLarge = false;
        afterAgent = false;
        card.setLength(0);
        if (card.capacity() > 1024 * 1024) {
            card.trimToSize();
        }
        append(line);
    }

    private void append(String line) {
        if (card.length() + line.length() > LARGEST_CARD) {
            tooLarge = true;
            return;
        }
        card.append(line).append("\r\n");
    }

    private void flushStray() {
        if (strayStart > 0) {
            ready.add(IncomingRecord.problem(strayStart, (strayStart == strayEnd ? "this line is" : "lines "
                    + strayStart + " to " + strayEnd + " are") + " not part of any card (a card starts with"
                    + " BEGIN:VCARD and ends with END:VCARD)"));
            strayStart = 0;
        }
    }

    /** The person one card describes. */
    static IncomingRecord read(int line, String cardText) {
        CardProperties card = new CardProperties();
        try (VObjectReader reader = new VObjectReader(new StringReader(cardText), SyntaxRules.vcard())) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            reader.parse(card);
        } catch (IOException | RuntimeException e) {
            return IncomingRecord.problem(line, "the card cannot be read (" + e.getMessage() + ")");
        }
        return IncomingRecord.person(line, card.details.toContact());
    }

    /**
     * Reads the properties of one card (not of a card nested in it, such as a 2.1 AGENT) into {@link PersonDetails}.
     * Values arrive unfolded and quoted-printable decoded; escapes (backslash-comma, backslash-n) are undone here,
     * by version.
     */
    private static final class CardProperties implements VObjectDataListener {
        private final PersonDetails details = new PersonDetails();
        private boolean modern = true;
        private int depth;

        @Override
        public void onComponentBegin(String name, Context context) {
            depth++;
        }

        @Override
        public void onComponentEnd(String name, Context context) {
            depth--;
        }

        @Override
        public void onVersion(String value, Context context) {
            if (depth == 1) {
                modern = !value.strip().equals("2.1");
            }
        }

        @Override
        public void onWarning(Warning warning, VObjectProperty property, Exception thrown, Context context) {
            // A line that cannot be read is left out, as the phone or program that wrote it would.
        }

        @Override
        public void onProperty(VObjectProperty property, Context context) {
            if (depth != 1 || property.getValue() == null) {
                return;
            }
            String value = property.getValue();
            switch (property.getName().toUpperCase(Locale.ROOT)) {
                case "FN" -> details.name(text(value));
                case "N" -> {
                    List<String> parts = split(value, ';');
                    // family; given; additional; prefixes; suffixes
                    details.namePart(part(parts, 1)).namePart(part(parts, 2)).namePart(part(parts, 0));
                }
                case "ORG" -> details.organisation(part(split(value, ';'), 0));
                case "TITLE", "ROLE" -> details.role(text(value));
                case "EMAIL" -> details.email(withoutScheme(text(value), "mailto:"));
                case "TEL" -> details.phone(phone(text(value)));
                case "URL" -> {
                    String url = text(value).strip();
                    String lower = url.toLowerCase(Locale.ROOT);
                    // Apple writes "x-apple:..." and similar for its own links: only web addresses are kept.
                    if (lower.startsWith("http://") || lower.startsWith("https://")
                            || (!lower.contains(":") && lower.contains("."))) {
                        details.link(url);
                    }
                }
                case "ADR" -> details.city(part(split(value, ';'), 3));
                case "NOTE" -> details.note(text(value));
                case "CATEGORIES" -> {
                    for (String category : split(value, ',')) {
                        // Google's own groups, not the user's tags.
                        if (!category.equalsIgnoreCase("myContacts") && !category.equalsIgnoreCase("starred")) {
                            details.tag(category);
                        }
                    }
                }
                default -> {
                    // PHOTO, BDAY, LABEL and the rest: Rapport does not keep them.
                }
            }
        }

        private static String part(List<String> parts, int index) {
            return index < parts.size() ? parts.get(index) : "";
        }

        /** The value split at {@code separator}s that are not escaped, each part unescaped. */
        private List<String> split(String value, char separator) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '\\' && i + 1 < value.length()) {
                    part.append(ch).append(value.charAt(++i));
                } else if (ch == separator) {
                    parts.add(text(part.toString()));
                    part.setLength(0);
                } else {
                    part.append(ch);
                }
            }
            parts.add(text(part.toString()));
            return parts;
        }

        /**
         * The value with its escapes undone: in 3.0 and 4.0 backslash-n is a line break and a backslash takes the next
         * character as it is (comma, semicolon, and the colon Google escapes in URLs); in 2.1 only a semicolon is
         * escaped.
         */
        private String text(String value) {
            if (value.indexOf('\\') < 0) {
                return value;
            }
            StringBuilder text = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '\\' && i + 1 < value.length()) {
                    char next = value.charAt(i + 1);
                    if (modern) {
                        text.append(next == 'n' || next == 'N' ? '\n' : next);
                        i++;
                        continue;
                    }
                    if (next == ';') {
                        text.append(next);
                        i++;
                        continue;
                    }
                }
                text.append(ch);
            }
            return text.toString();
        }
    }

    private static String withoutScheme(String value, String scheme) {
        String stripped = value.strip();
        return stripped.regionMatches(true, 0, scheme, 0, scheme.length())
                ? stripped.substring(scheme.length()) : stripped;
    }

    /** A phone as written, or a 4.0 "tel:" address as a number ("tel:+1-555-0100;ext=12" is "+1-555-0100 ext 12"). */
    private static String phone(String value) {
        String number = withoutScheme(value, "tel:");
        if (number.length() == value.strip().length()) {
            return number;
        }
        String extension = "";
        int parameters = number.indexOf(';');
        if (parameters >= 0) {
            for (String parameter : number.substring(parameters + 1).split(";")) {
                if (parameter.toLowerCase(Locale.ROOT).startsWith("ext=")) {
                    extension = " ext " + parameter.substring(4);
                }
            }
            number = number.substring(0, parameters);
        }
        return number + extension;
    }
}
