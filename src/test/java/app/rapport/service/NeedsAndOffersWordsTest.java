package app.rapport.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeedsAndOffersWordsTest {

    private final NeedsAndOffersWords words =
            new NeedsAndOffersWords(ResourceBundle.getBundle("app.rapport.service.suggestions"));

    private static void sameStem(String... forms) {
        for (String form : forms) {
            assertEquals(NeedsAndOffersWords.stem(forms[0]), NeedsAndOffersWords.stem(form), form);
        }
    }

    @Test
    void simpleFormsOfAWordShareAStem() {
        sameStem("bookkeeper", "bookkeeping", "bookkeepers");
        sameStem("design", "designer", "designers", "designs", "designing");
        sameStem("photography", "photographer", "photographers", "photographs");
        sameStem("account", "accounts", "accountant", "accountants", "accountancy", "accounting");
        sameStem("consultant", "consultancy", "consulting", "consultation");
        sameStem("manage", "manager", "management", "managing");
        sameStem("agency", "agencies");
        sameStem("coach", "coaches", "coaching");
        sameStem("partner", "partners", "partnership");
        sameStem("translator", "translation", "translate");
        sameStem("finance", "financial");
        sameStem("website", "websites");
        sameStem("city", "cities");
        assertEquals("bookkeep", NeedsAndOffersWords.stem("bookkeeping"));
        assertEquals("hr", NeedsAndOffersWords.stem("hr"));
    }

    @Test
    void differentWordsKeepDifferentStems() {
        for (List<String> pair : List.of(List.of("design", "designated"), List.of("graph", "graphic"),
                List.of("business", "busy"), List.of("water", "wat"), List.of("consult", "consumer"))) {
            assertTrue(!NeedsAndOffersWords.stem(pair.get(0)).equals(NeedsAndOffersWords.stem(pair.get(1))),
                    pair.toString());
        }
    }

    @Test
    void aStemAlwaysStartsItsWord() {
        for (String word : List.of("spies", "cities", "companies", "charities", "studies", "series", "engineering",
                "leadership", "corporation", "insurance", "ties")) {
            assertTrue(word.startsWith(NeedsAndOffersWords.stem(word)), word);
        }
    }

    @Test
    void stopWordsSingleLettersAndNumbersAreNotMatchedOn() {
        assertEquals(Set.of("bookkeep", "tend", "commerc"),
                words.stems("Looking for a bookkeeper and some help with the tender, e-commerce in 2025"));
        assertEquals(Set.of(), words.stems("Needs more work with small businesses; someone to help"));
        assertEquals(Set.of("seo", "hr", "cafe", "lukasz"), words.stems("SEO, HR, Café, Łukasz"));
    }

    @Test
    void phrasesQuoteTheUsersWordsAroundWhatMatched() {
        assertEquals("a bookkeeper", words.phrase("a bookkeeper, help with the tender", "bookkeep"));
        assertEquals("help with the tender", words.phrase("a bookkeeper, help with the tender", "tend"));
        assertEquals("a reliable bookkeeper",
                words.phrase("Looking for a reliable bookkeeper for her growing studio", "bookkeep"));
        assertEquals("growing studio",
                words.phrase("Looking for a reliable bookkeeper for her growing studio", "studio"));
        assertEquals("introductions to Leeds retailers",
                words.phrase("Wants introductions to Leeds retailers", "retail"));
        assertEquals("bookkeeping and VAT returns", words.phrase("Bookkeeping and VAT returns.", "bookkeep"));
        assertEquals("Xero", words.phrase("Monthly bookkeeping (Xero)", "xero"));
        assertEquals("a printer", words.phrase("A printer she can trust for packaging runs", "print"));
        assertNull(words.phrase("Brand photography", "bookkeep"));
    }

    @Test
    void aTagIsQuotedWhole() {
        assertEquals("e-commerce", words.tag(List.of("Leeds", "e-commerce"), "commerc"));
        assertNull(words.tag(List.of("Leeds"), "commerc"));
    }
}
