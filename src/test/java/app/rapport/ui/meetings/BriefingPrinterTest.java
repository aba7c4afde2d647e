package app.rapport.ui.meetings;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How many pages a briefing takes when printed: every part of it on some page, no empty page at the end. */
class BriefingPrinterTest {

    @Test
    void aPageHoldsItsHeightAndTheRestGoesOnTheNext() {
        assertEquals(1, BriefingPrinter.pages(0, 700));
        assertEquals(1, BriefingPrinter.pages(700, 700));
        assertEquals(2, BriefingPrinter.pages(700.5, 700));
        assertEquals(3, BriefingPrinter.pages(2100, 700));
        assertEquals(1, BriefingPrinter.pages(699.9999999999, 700));
    }

    @Test
    void aPageWithoutHeightIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> BriefingPrinter.pages(100, 0));
    }
}
