package app.rapport;

import java.util.List;
import java.util.Random;

/**
 * "Any text" a user might type or paste, drawn from a seeded {@link Random}, for round-trip tests (the DAOs now;
 * vCard and CSV later) without a property-testing library.
 *
 * <p>Why it exists: text that comes back changed (an emoji split, a {@code \r\n} turned into {@code \n}, a quote
 * doubled, a trailing space lost) is data loss the user notices only much later. The generator mixes what breaks
 * text handling: ASCII words, Latin letters with accents (precomposed and as base letter plus combining mark), CJK
 * (also outside the basic plane), right-to-left scripts with direction marks, stacked combining marks, emoji with
 * zero-width-joiner sequences, flags, skin tones and variation selectors (supplementary code points, never a lone
 * surrogate), quotes {@code ' " `}, commas, semicolons, backslashes, tabs, the three line ends, non-breaking and
 * zero-width spaces, a byte-order mark, U+10FFFF, and leading and trailing spaces. Edge cases come with a higher
 * probability than chance would give them: empty text, text of only spaces, text exactly at the limit.
 *
 * <p>Lengths are counted in code points ("characters"), the way SQLite's {@code length()} counts TEXT in the
 * schema's CHECK constraints and the way {@code ContactValidator.characters} counts them: an emoji outside the basic
 * plane is one character, not Java's two chars. A ZWJ sequence is several.
 *
 * <p>U+0000 (NUL) is left out unless asked for with {@link #withNul()}: SQLite's {@code length()} and {@code trim()}
 * stop at the first NUL, so Rapport's stores treat it specially (see {@code TextRoundTripTest}).
 *
 * <p>The same seed gives the same text, so a failure is reproduced from its seed; {@link #escaped} shows the
 * offending text unambiguously in a failure message.
 */
public final class AnyText {

    /** Pieces a text is built from; each is kept whole unless the length limit cuts it. */
    private static final List<String> ASCII_WORDS = List.of("Ana", "Ben", "bookkeeping", "tax", "VAT", "O'Brien",
            "x", "42", "2024-02-29", "Q3", "a.b@c.de", "+44", "https://example.com/a?b=1&c=2", "SELECT", "NULL",
            "null", "%s", "%d", "\\N", "*", "\"*\"", "NEAR", "AND", "OR", "-", "_", "DROP TABLE contact;");
    private static final List<String> PUNCTUATION = List.of("'", "\"", "`", ",", ";", "\\", "\\\\", "\"\"", "''",
            ".", ":", "!", "?", "(", ")", "[", "]", "{", "}", "<", ">", "&", "|", "/", "#", "%", "~", "^", "=", "+",
            "—", "–", "…", "«", "»", "„", "“", "”", "‘", "’", "€", "£", "¥");
    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n",
            "\u00A0", "\u2003", "\u3000", "\u200B", "\u2028", "\u2029", "\u000B", "\u000C");
    private static final List<String> LATIN = List.of("é", "É", "ñ", "ü", "Ł", "ł", "ø", "ß", "ẞ", "æ", "œ", "þ",
            "ı", "İ", "ǅ", "ﬁ", "Zoë", "Łódź", "Ñúñez", "Çelik", "Øresund", "straße", "Ærø",
            "e\u0301", "E\u0301", "n\u0303", "a\u030A", "o\u0308\u0304");
    private static final List<String> CJK = List.of("王", "北京", "王氏咨询有限公司", "東京", "こんにちは", "カタカナ",
            "한국어", "서울", "\uD840\uDC00", "\uD842\uDFB7", "\uD869\uDEB2", "ｱｲｳ", "１２３");
    private static final List<String> RIGHT_TO_LEFT = List.of("عربي", "مستشارة ضرائب", "يد", "שלום", "עברית",
            "فارسی", "\u200F", "\u200E", "\u202B", "\u202C", "\u061C", "١٢٣");
    private static final List<String> COMBINING = List.of("\u0301", "\u0300\u0323", "\u0308", "a\u0334\u0335\u0336",
            "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E", "\u20DD", "\u0651", "\u05B8",
            "\u0E31", "\u093F");
    private static final List<String> EMOJI = List.of("😀", "☕", "📚", "🌍", "👍", "👍🏿", "👍🏻", "👩🏽‍💼",
            "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🏴‍☠️", "🇬🇧", "🇯🇵", "🇺🇳", "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
            "❤️", "❤", "1️⃣", "#️⃣", "🧑‍🤝‍🧑", "🫶🏾");
    private static final List<String> ODD = List.of("\uFEFF", "\uFFFD", "\uDBFF\uDFFF", "\uE000", "\uFFFC", "\u00AD",
            "\u0007", "\u001B", "\u007F", "\u0085", "\uD834\uDD1E", "\uD835\uDC00");

    private static final List<List<String>> KINDS = List.of(ASCII_WORDS, PUNCTUATION, SPACES, LATIN, CJK,
            RIGHT_TO_LEFT, COMBINING, EMOJI, ODD);
    /** How often each kind is drawn, in the order of {@link #KINDS}. */
    private static final int[] WEIGHTS = {8, 4, 4, 4, 3, 3, 2, 4, 1};

    private final Random random;
    private final boolean nul;

    public AnyText(Random random) {
        this(random, false);
    }

    private AnyText(Random random, boolean nul) {
        this.random = random;
        this.nul = nul;
    }

    /** The same generator, with U+0000 among the pieces now and then. */
    public AnyText withNul() {
        return new AnyText(random, true);
    }

    /**
     * Any text of at most {@code most} characters (code points): empty, only spaces, exactly {@code most}
     * characters, or anything between, with leading and trailing whitespace now and then.
     */
    public String upTo(int most) {
        int roll = random.nextInt(100);
        if (roll < 8 || most == 0) {
            return "";
        }
        if (roll < 12) {
            return " ".repeat(1 + random.nextInt(Math.min(most, 5)));
        }
        if (roll < 20) {
            return exactly(most);
        }
        int length = roll < 80 ? random.nextInt(Math.min(most, 40) + 1) : random.nextInt(most + 1);
        return exactly(length);
    }

    /**
     * Text of at most {@code most} characters (at least 1) with at least one character that is neither
     * whitespace nor NUL: what a required field (a name) holds, before or after trimming.
     */
    public String nonBlank(int most) {
        String text = upTo(most);
        if (!isBlank(text)) {
            return text;
        }
        String visible = pick(List.of("A", "é", "王", "ع", "😀", "x", "7", "\"", "👩‍💻"));
        return cut(visible + text, most);
    }

    /** Text of exactly {@code length} characters (code points). */
    public String exactly(int length) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        if (length > 2 && random.nextInt(6) == 0) {
            String lead = pick(List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000"));
            text.append(lead);
            count += lead.codePointCount(0, lead.length());
        }
        boolean trailing = length > 4 && random.nextInt(6) == 0;
        int body = trailing ? length - 1 : length;
        while (count < body) {
            String piece = piece();
            int size = piece.codePointCount(0, piece.length());
            if (count + size > body) {
                piece = cut(piece, body - count);
                size = body - count;
            }
            text.append(piece);
            count += size;
        }
        if (trailing) {
            text.append(pick(List.of(" ", "\t", "\n", "\r")));
        }
        return text.toString();
    }

    /** One piece: a word, a mark, an emoji sequence, whitespace... */
    public String piece() {
        if (nul && random.nextInt(40) == 0) {
            return "\u0000";
        }
        int total = 0;
        for (int weight : WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int kind = 0; kind < WEIGHTS.length; kind++) {
            roll -= WEIGHTS[kind];
            if (roll < 0) {
                List<String> pieces = KINDS.get(kind);
                String piece = pick(pieces);
                return kind == 2 || kind == 1 ? piece : piece + (random.nextInt(3) == 0 ? " " : "");
            }
        }
        throw new AssertionError();
    }

    /** One of {@code choices}, chosen at random. */
    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The first {@code most} characters (code points) of {@code text}: never half an emoji. */
    public static String cut(String text, int most) {
        int length = text.codePointCount(0, text.length());
        return length <= most ? text : text.substring(0, text.offsetByCodePoints(0, most));
    }

    /** How many characters (code points) the text has, as SQLite's length() counts them (up to a first NUL). */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** True when the text has nothing but whitespace and NULs (Java's sense of whitespace, as strip() has it). */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> cp == 0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /**
     * The text as a Java string literal would write it: printable ASCII as is (backslash and double quote escaped),
     * everything else as {@code \}{@code uXXXX} (both halves of a surrogate pair), so a failing text can be pasted
     * back into a test.
     */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' || ch == '"') {
                out.append('\\').append(ch);
            } else if (ch >= 0x20 && ch < 0x7f) {
                out.append(ch);
            } else {
                out.append(String.format("\\u%04X", (int) ch));
            }
        }
        return out.append('"').toString();
    }
}
