package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.Introduction;
import app.rapport.model.Introduction.Side;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.rapport.store.ContactBuilder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ready-to-edit messages of an introduction, and their {@code mailto:} links. */
class IntroductionMessagesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    private final IntroductionMessages messages = new IntroductionMessages();

    private final Contact ana = contact("Ana Silva").id(1).role("Bookkeeper").organisation("Sousa Bookkeeping")
            .emails("ana@sousa.example", "ana.silva@home.example").needs("A website that brings clients")
            .offers("Bookkeeping for small firms.\nVAT returns too").build();
    private final Contact ben = contact("Ben O'Neill").id(2).role("Web designer").organisation("O'Neill & Co")
            .emails("ben@oneill.example").needs("A bookkeeper who answers the phone").offers("Websites that convert.")
            .build();
    private final Introduction introduction = Introduction.idea(1, 2, "ben builds the kind of website you're after",
            "Ana's clients keep asking her for websites!", "you're both keen cyclists", TODAY, null);

    // ---- the opt-in ask -----------------------------------------------------------------------------------------

    @Test
    void theAskToASaysWhoBIsWhyAGainsAndWhatBOffersAndNeeds() {
        IntroductionMessage ask = messages.optInAsk(introduction, Side.A, ana, ben);

        assertEquals(List.of("ana@sousa.example"), ask.to(), "the first address only");
        assertEquals("Would you like to meet Ben?", ask.subject());
        assertEquals("""
                Hi Ana,

                I'd like to introduce you to Ben O'Neill, Web designer at O'Neill & Co. \
                Ben builds the kind of website you're after.

                Ben offers websites that convert, and is looking for a bookkeeper who answers the phone.

                Would you be happy for me to put you in touch with Ben? No pressure either way; \
                I'll only make the introduction if you both say yes.

                Best wishes,""", ask.body());
        assertNoDoubledApostrophes(ask);
    }

    @Test
    void theAskToBSaysWhoAIsWhyBGainsAndWhatAOffersAndNeeds() {
        IntroductionMessage ask = messages.optInAsk(introduction, Side.B, ben, ana);

        assertEquals(List.of("ben@oneill.example"), ask.to());
        assertEquals("Would you like to meet Ana?", ask.subject());
        assertEquals("""
                Hi Ben,

                I'd like to introduce you to Ana Silva, Bookkeeper at Sousa Bookkeeping. \
                Ana's clients keep asking her for websites!

                Ana offers bookkeeping for small firms, and is looking for a website that brings clients.

                Would you be happy for me to put you in touch with Ana? No pressure either way; \
                I'll only make the introduction if you both say yes.

                Best wishes,""", ask.body());
        assertFalse(ask.body().contains("VAT returns"), "the offers' first line only");
        assertFalse(ask.body().contains("ben builds"), "the other side's reason is not theirs to read");
        assertNoDoubledApostrophes(ask);
    }

    @Test
    void theAskSaysWhatTheOtherIsLookingForWhenTheyOfferNothingYet() {
        Contact needsOnly = contact("Fay Lee").id(6).needs("Clients in Leeds").build();
        String body = messages.optInAsk(introduction, Side.A, ana, needsOnly).body();
        assertTrue(body.contains("\n\nFay is looking for clients in Leeds.\n\n"), body);
    }

    @Test
    void theAskDescribesWhateverIsKnownAndLeavesOutOffersWhenThereAreNone() {
        Contact roleOnly = contact("Cai Jones").id(3).role("Photographer").build();
        Contact organisationOnly = contact("Dee Patel").id(4).organisation("Patel's Print Shop").build();
        Contact unknown = contact("Eve").id(5).build();

        assertEquals("Hi Ana,\n\nI'd like to introduce you to Cai Jones, Photographer. Ben builds the kind of "
                        + "website you're after.\n\nWould you be happy for me to put you in touch with Cai? "
                        + "No pressure either way; I'll only make the introduction if you both say yes.\n\n"
                        + "Best wishes,",
                messages.optInAsk(introduction, Side.A, ana, roleOnly).body());
        assertTrue(messages.optInAsk(introduction, Side.A, ana, organisationOnly).body()
                .contains("introduce you to Dee Patel, Patel's Print Shop. Ben builds"));
        IntroductionMessage toUnknown = messages.optInAsk(introduction, Side.A, ana, unknown);
        assertTrue(toUnknown.body().contains("introduce you to Eve, someone I know well. Ben builds"),
                toUnknown.body());
        assertEquals("Would you like to meet Eve?", toUnknown.subject());
        for (IntroductionMessage message : List.of(toUnknown, messages.optInAsk(introduction, Side.A, ana, roleOnly),
                messages.optInAsk(introduction, Side.A, ana, organisationOnly))) {
            assertFalse(message.body().contains("offers"), message.body());
            assertNoDoubledApostrophes(message);
        }
    }

    @Test
    void someoneWithoutAnEmailGetsAMessageToNobody() {
        Contact noEmail = contact("Cai Jones").id(3).build();
        assertEquals(List.of(), messages.optInAsk(introduction, Side.A, noEmail, ben).to());
        assertEquals(List.of("ben@oneill.example"), messages.introduction(introduction, noEmail, ben).to());
        assertEquals(List.of("ana@sousa.example"), messages.introduction(introduction, ana, noEmail).to());
        assertEquals(List.of(), messages.introduction(introduction, noEmail, noEmail).to());
    }

    // ---- the introduction ---------------------------------------------------------------------------------------

    @Test
    void theIntroductionGoesToBothAndTellsEachWhoTheOtherIsAndWhyTheyGain() {
        IntroductionMessage intro = messages.introduction(introduction, ana, ben);

        assertEquals(List.of("ana@sousa.example", "ben@oneill.example"), intro.to());
        assertEquals("Introduction: Ana Silva and Ben O'Neill", intro.subject());
        assertEquals("""
                Hi Ana and Ben,

                As promised, I'm connecting the two of you: you both said you'd like to meet.

                Ana, meet Ben O'Neill, Web designer at O'Neill & Co. Ben builds the kind of website you're after.

                Ben, meet Ana Silva, Bookkeeper at Sousa Bookkeeping. Ana's clients keep asking her for websites!

                You're both keen cyclists.

                I'll leave it to you to take it from here.

                Best wishes,""", intro.body());
        assertNoDoubledApostrophes(intro);
    }

    @Test
    void theIntroductionLeavesOutAnEmptyNoteAndKeepsANoteEndingItsOwnWay() {
        Introduction noNote = Introduction.idea(1, 2, "a.", "b?", "  ", TODAY, null);
        String body = messages.introduction(noNote, ana, ben).body();
        assertTrue(body.contains("Web designer at O'Neill & Co. A.\n\nBen, meet Ana Silva, Bookkeeper at Sousa "
                + "Bookkeeping. B?\n\nI'll leave it to you"), body);

        Introduction asking = Introduction.idea(1, 2, "a", "b", "Coffee's on me?", TODAY, null);
        assertTrue(messages.introduction(asking, ana, ben).body().contains("\n\nCoffee's on me?\n\n"));
    }

    @Test
    void noMessageDoublesAnApostropheWhateverItsText() {
        Contact zoe = contact("Zoë D'Arcy").id(3).role("Children's author").organisation("D'Arcy's Books")
                .offers("Writers' workshops '{0}'").emails("zoe@darcy.example").build();
        Introduction quoted = Introduction.idea(1, 3, "she's '{1}' the author you'd like", "it's fine",
                "'quoted' note", TODAY, null);
        for (IntroductionMessage message : List.of(messages.optInAsk(quoted, Side.A, ana, zoe),
                messages.optInAsk(quoted, Side.B, zoe, ana), messages.introduction(quoted, ana, zoe))) {
            assertNoDoubledApostrophes(message);
            assertTrue(message.text().contains("'"), message.text());
        }
        assertEquals("Would you like to meet Zoë?", messages.optInAsk(quoted, Side.A, ana, zoe).subject());
        assertTrue(messages.optInAsk(quoted, Side.A, ana, zoe).body()
                .contains("Zoë D'Arcy, Children's author at D'Arcy's Books. She's '{1}' the author you'd like."));
        assertTrue(messages.optInAsk(quoted, Side.A, ana, zoe).body()
                .contains("Zoë offers writers' workshops '{0}'."));
    }

    // ---- mailto and the clipboard -------------------------------------------------------------------------------

    @Test
    void mailtoPercentEncodesEverythingAndRoundTrips() throws URISyntaxException {
        IntroductionMessage message = new IntroductionMessage(List.of("zoë+tag@example.com", "ben@oneill.example"),
                "Zoë & Ben: shall we meet? 100% yes",
                "Hi Zoë,\n\nC++ & Java? Mail me @ home, #1 = best.\nBye");

        String mailto = message.mailto();

        assertTrue(mailto.startsWith("mailto:"), mailto);
        assertTrue(mailto.chars().allMatch(ch -> ch > 32 && ch < 127), "ASCII only, no spaces: " + mailto);
        assertFalse(mailto.contains("+"), "a space is %20, a plus %2B: " + mailto);
        assertTrue(mailto.contains("?subject=Zo%C3%AB%20%26%20Ben%3A%20shall%20we%20meet%3F%20100%25%20yes&body="),
                mailto);
        assertTrue(mailto.contains("Hi%20Zo%C3%AB%2C%0D%0A%0D%0AC%2B%2B%20%26%20Java%3F%20Mail%20me%20%40%20home"),
                mailto);
        assertTrue(mailto.endsWith("best.%0D%0ABye"), mailto);
        assertEquals(new Parsed(message.to(), message.subject(), message.body().replace("\n", "\r\n")),
                Parsed.of(mailto));
    }

    @Test
    void mailtoOfARealMessageRoundTrips() throws URISyntaxException {
        for (IntroductionMessage message : List.of(messages.optInAsk(introduction, Side.A, ana, ben),
                messages.optInAsk(introduction, Side.B, ben, ana), messages.introduction(introduction, ana, ben))) {
            Parsed parsed = Parsed.of(message.mailto());
            assertEquals(new Parsed(message.to(), message.subject(), message.body().replace("\n", "\r\n")), parsed);
            assertFalse(message.mailto().contains("+"));
            assertTrue(message.mailto().contains("%0D%0A%0D%0A"));
        }
    }

    @Test
    void mailtoWithoutAddressesLeavesThemForTheUser() throws URISyntaxException {
        IntroductionMessage message = new IntroductionMessage(List.of(), "Hi", "One\nTwo");
        assertEquals("mailto:?subject=Hi&body=One%0D%0ATwo", message.mailto());
        assertEquals(new Parsed(List.of(), "Hi", "One\r\nTwo"), Parsed.of(message.mailto()));
    }

    @Test
    void mailtoSendsWindowsLineEndingsOnceNotTwice() {
        IntroductionMessage message = new IntroductionMessage(List.of(), "Hi", "One\r\nTwo\nThree");
        assertEquals("mailto:?subject=Hi&body=One%0D%0ATwo%0D%0AThree", message.mailto());
    }

    @Test
    void textIsTheSubjectABlankLineAndTheBody() {
        IntroductionMessage message = messages.introduction(introduction, ana, ben);
        assertEquals(message.subject() + "\n\n" + message.body(), message.text());
        assertEquals("Subject\n\nLine one\nLine two", new IntroductionMessage(List.of(), "Subject",
                "Line one\nLine two").text());
    }

    @Test
    void theAddressesAreACopyThatCannotChange() {
        List<String> to = new ArrayList<>(List.of("ana@sousa.example"));
        IntroductionMessage message = new IntroductionMessage(to, "s", "b");
        to.add("ben@oneill.example");
        assertEquals(List.of("ana@sousa.example"), message.to());
        assertThrows(UnsupportedOperationException.class, () -> message.to().add("x@example.com"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void assertNoDoubledApostrophes(IntroductionMessage message) {
        assertFalse(message.text().contains("''"), message.text());
        assertFalse(message.to().stream().anyMatch(address -> address.contains("''")));
    }

    /** A {@code mailto:} link read back as a mail client would: addresses, subject and body, decoded. */
    private record Parsed(List<String> to, String subject, String body) {

        static Parsed of(String mailto) throws URISyntaxException {
            URI uri = new URI(mailto);
            assertEquals("mailto", uri.getScheme());
            assertTrue(uri.isOpaque());
            String raw = uri.getRawSchemeSpecificPart();
            int query = raw.indexOf('?');
            assertTrue(query >= 0, raw);
            String addresses = raw.substring(0, query);
            List<String> to = addresses.isEmpty() ? List.of()
                    : Arrays.stream(addresses.split(",")).map(Parsed::decode).toList();
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : raw.substring(query + 1).split("&")) {
                int equals = field.indexOf('=');
                fields.put(field.substring(0, equals), decode(field.substring(equals + 1)));
            }
            assertEquals(List.of("subject", "body"), List.copyOf(fields.keySet()));
            return new Parsed(to, fields.get("subject"), fields.get("body"));
        }

        private static String decode(String encoded) {
            // URLDecoder would read '+' as a space; a correct link has none (checked by the tests).
            assertFalse(encoded.contains("+"), encoded);
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        }
    }
}
