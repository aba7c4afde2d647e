package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.TextLimits;
import app.rapport.store.ContactBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactValidatorTest {

    private final ContactValidator validator = new ContactValidator();

    private ValidationProblems validate(ContactBuilder builder) {
        return validator.validate(builder.build());
    }

    @Test
    void aContactWithEverythingFilledInWellIsValid() {
        ValidationProblems problems = validate(contact("Zoë Ñúñez 👩🏽‍💼").organisation("王氏咨询").role("مستشارة")
                .emails("zoe@example.com", "zoë@exämple.co.uk").phones("+44 20 7946 0958", "(555) 123-4567 ext 12")
                .link("https://example.com/zoë").city("Łódź").howWeMet("Ben").whereWeMet("Café")
                .metOn(LocalDate.of(2024, 1, 1)).introducedBy(1L).id(2).needs("n").offers("o").tags("design")
                .notes("notes").stayInTouchDays(30));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n \t"})
    void aNameIsRequired(String name) {
        ValidationProblems problems = validate(contact(name));
        assertEquals("A name is required.", problems.messageFor(ContactField.NAME));
        assertEquals(1, problems.all().size(), problems.toString());
    }

    static Stream<Arguments> overLongFields() {
        return Stream.of(
                Arguments.of(ContactField.NAME, TextLimits.NAME, (UnaryOperator<ContactBuilder>) b -> b.name("n".repeat(TextLimits.NAME + 1))),
                Arguments.of(ContactField.ORGANISATION, TextLimits.ORGANISATION, (UnaryOperator<ContactBuilder>) b -> b.organisation("o".repeat(TextLimits.ORGANISATION + 1))),
                Arguments.of(ContactField.ROLE, TextLimits.ROLE, (UnaryOperator<ContactBuilder>) b -> b.role("r".repeat(TextLimits.ROLE + 1))),
                Arguments.of(ContactField.LINK, TextLimits.LINK, (UnaryOperator<ContactBuilder>) b -> b.link("https://example.com/" + "l".repeat(TextLimits.LINK))),
                Arguments.of(ContactField.CITY, TextLimits.CITY, (UnaryOperator<ContactBuilder>) b -> b.city("c".repeat(TextLimits.CITY + 1))),
                Arguments.of(ContactField.HOW_WE_MET, TextLimits.HOW_WE_MET, (UnaryOperator<ContactBuilder>) b -> b.howWeMet("h".repeat(TextLimits.HOW_WE_MET + 1))),
                Arguments.of(ContactField.WHERE_WE_MET, TextLimits.WHERE_WE_MET, (UnaryOperator<ContactBuilder>) b -> b.whereWeMet("w".repeat(TextLimits.WHERE_WE_MET + 1))),
                Arguments.of(ContactField.NEEDS, TextLimits.NEEDS, (UnaryOperator<ContactBuilder>) b -> b.needs("n".repeat(TextLimits.NEEDS + 1))),
                Arguments.of(ContactField.OFFERS, TextLimits.OFFERS, (UnaryOperator<ContactBuilder>) b -> b.offers("o".repeat(TextLimits.OFFERS + 1))),
                Arguments.of(ContactField.NOTES, TextLimits.NOTES, (UnaryOperator<ContactBuilder>) b -> b.notes("x".repeat(TextLimits.NOTES + 1))),
                Arguments.of(ContactField.EMAILS, TextLimits.EMAIL, (UnaryOperator<ContactBuilder>) b -> b.emails("a".repeat(TextLimits.EMAIL) + "@example.com")),
                Arguments.of(ContactField.PHONES, TextLimits.PHONE, (UnaryOperator<ContactBuilder>) b -> b.phones("1".repeat(TextLimits.PHONE + 1))),
                Arguments.of(ContactField.TAGS, TextLimits.TAG, (UnaryOperator<ContactBuilder>) b -> b.tags("ok", "t".repeat(TextLimits.TAG + 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLongFields")
    void overLongTextIsRefusedWithAMessageNamingTheLimit(ContactField field, int limit,
                                                          UnaryOperator<ContactBuilder> breakIt) {
        ValidationProblems problems = validate(breakIt.apply(contact("Ana")));
        assertEquals(Map.of(field, problems.messageFor(field)), problems.all(), "only " + field + " is wrong");
        String message = problems.messageFor(field);
        assertTrue(message.contains(String.valueOf(limit)), message);
    }

    @Test
    void theLengthMessageSaysHowLongTheTextIsAndThatNothingWasCut() {
        String message = validate(contact("Ana").organisation("o".repeat(250))).messageFor(ContactField.ORGANISATION);
        assertEquals("Organisation is 250 characters long; the most is 200. Nothing was cut: shorten it to save.", message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLongFields")
    void textExactlyAtTheLimitIsAccepted(ContactField field, int limit, UnaryOperator<ContactBuilder> ignored) {
        ContactBuilder b = contact("Ana");
        String atLimit = "x".repeat(limit);
        switch (field) {
            case NAME -> b.name(atLimit);
            case ORGANISATION -> b.organisation(atLimit);
            case ROLE -> b.role(atLimit);
            case LINK -> b.link("https://example.com/" + "l".repeat(limit - "https://example.com/".length()));
            case CITY -> b.city(atLimit);
            case HOW_WE_MET -> b.howWeMet(atLimit);
            case WHERE_WE_MET -> b.whereWeMet(atLimit);
            case NEEDS -> b.needs(atLimit);
            case OFFERS -> b.offers(atLimit);
            case NOTES -> b.notes(atLimit);
            case EMAILS -> b.emails("a".repeat(limit - "@example.com".length()) + "@example.com");
            case PHONES -> b.phones("1".repeat(limit));
            case TAGS -> b.tags(atLimit);
            default -> throw new IllegalArgumentException(field.name());
        }
        ValidationProblems problems = validate(b);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void charactersAreCountedAsThePersonSeesThemAndAsTheDatabaseCountsThem() {
        // 200 emoji are 400 Java chars but 200 characters, which the database's CHECK (length(name) <= 200) takes.
        assertTrue(validate(contact("👩".repeat(TextLimits.NAME))).isEmpty());
        String message = validate(contact("👩".repeat(TextLimits.NAME + 1))).messageFor(ContactField.NAME);
        assertNotNull(message);
        assertTrue(message.startsWith("Name is 201 characters long"), message);
        assertTrue(validate(contact("Ana").tags("🏷".repeat(TextLimits.TAG))).isEmpty());
        assertEquals("Tag \"" + "🏷".repeat(37) + "...\" is 61 characters; the most is 60.",
                validate(contact("Ana").tags("🏷".repeat(TextLimits.TAG + 1))).messageFor(ContactField.TAGS),
                "the quoted tag is shortened between characters, not inside one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "ana.silva+crm@mail.example.co.uk", "zoë@exämple.com", "o'brien@example.ie",
            "ANA@EXAMPLE.COM"})
    void emailsThatLookRealAreAccepted(String email) {
        assertNull(validate(contact("Ana").emails(email)).messageFor(ContactField.EMAILS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@", "ana example.com", "@x.com", "ana", "ana@example", "ana@@example.com",
            "ana@example..com", "ana@.example.com", "ana @example.com", "ana@example.com."})
    void emailsThatCannotBeRealAreRefusedWithAMessageQuotingThem(String email) {
        String message = validate(contact("Ana").emails("ok@example.com", email)).messageFor(ContactField.EMAILS);
        assertEquals("\"" + email + "\" does not look like an email address.", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "(555) 123-4567 ext 12", "(555) 123-4567 EXT. 12", "555-1234 x12",
            "+44 (0)113 496 0000", "0113/496.0000", "112"})
    void phoneNumbersAreAccepted(String phone) {
        assertNull(validate(contact("Ana").phones(phone)).messageFor(ContactField.PHONES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "ask Ben", "+44 20 7946 0958 or later", "--", "ext 12"})
    void textThatIsNotAPhoneNumberIsRefused(String phone) {
        assertEquals("\"" + phone + "\" does not look like a phone number.",
                validate(contact("Ana").phones(phone)).messageFor(ContactField.PHONES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/ana", "http://example.com", "linkedin.com/in/ana", "www.example.com",
            "HTTPS://EXAMPLE.COM/Ana", "https://example.com/ana?ref=crm&x=1#top", "https://example.com/zoë",
            "https://münchen.de/kontakt", "zoë.example/about"})
    void webAddressesAreAccepted(String link) {
        assertNull(validate(contact("Ana").link(link)).messageFor(ContactField.LINK), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a link", "http://", "https://", "example", "https://localhost", "ana@", "https://.com",
            "https://example.", "javascript:alert(1)"})
    void textThatIsNotAWebAddressIsRefused(String link) {
        assertEquals("This does not look like a web address (e.g. https://example.com/ana).",
                validate(contact("Ana").link(link)).messageFor(ContactField.LINK), link);
    }

    @Test
    void anEmptyLinkIsFine() {
        assertTrue(validate(contact("Ana").link("")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 90, 3650})
    void stayInTouchWithinOneDayAndTenYearsIsAccepted(int days) {
        assertTrue(validate(contact("Ana").stayInTouchDays(days)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void stayInTouchOutsideTheBoundsIsRefused(int days) {
        assertEquals("Stay in touch every 1 to 3650 days, or leave it empty.",
                validate(contact("Ana").stayInTouchDays(days)).messageFor(ContactField.STAY_IN_TOUCH));
    }

    @Test
    void noStayInTouchCadenceIsFine() {
        assertTrue(validate(contact("Ana").stayInTouchDays(null)).isEmpty());
    }

    @Test
    void aTooLongTagIsNamedInTheMessage() {
        String tag = "networking-breakfast-club-of-west-yorkshire-and-the-humber-region";
        String message = validate(contact("Ana").tags(tag)).messageFor(ContactField.TAGS);
        assertEquals("Tag \"" + tag.substring(0, 37) + "...\" is 65 characters; the most is 60.", message);
    }

    @Test
    void aBlankTagIsRefused() {
        assertEquals("A tag cannot be empty.", validate(contact("Ana").tags("design", "  ")).messageFor(ContactField.TAGS));
    }

    @Test
    void someoneCannotIntroduceThemselves() {
        assertEquals("Someone cannot introduce themselves.",
                validate(contact("Ana").id(7).introducedBy(7L)).messageFor(ContactField.INTRODUCED_BY));
        assertTrue(validate(contact("Ana").id(7).introducedBy(8L)).isEmpty());
    }

    @Test
    void everyProblemIsReportedAtOnceOnePerField() {
        Contact bad = contact(" ").emails("nope").phones("call me").link("not a link").stayInTouchDays(0).build();
        assertEquals(java.util.Set.of(ContactField.NAME, ContactField.EMAILS, ContactField.PHONES, ContactField.LINK,
                ContactField.STAY_IN_TOUCH), validator.validate(bad).all().keySet());
    }
}
