package io.github.postmortems.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What an editor types as the note of "verified" or "won't do", before it goes into the page. */
class SettleNoteTest {

    @Test
    void lineBreaksAndTabsBecomeOneSpaceAndTheNoteIsTrimmed() {
        assertEquals("Error rate back to normal since the fix",
                SettleNote.check("  Error rate\r\nback to\t\tnormal\n since the fix \n").note());
    }

    @Test
    void markupIsKeptAsTextForTheWriterToEscape() {
        assertEquals("<script>alert(1)</script> & co", SettleNote.check("<script>alert(1)</script> & co").note());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "nul\u0000byte", "esc\u001b[31m", "del\u007f", "c1\u0085x",
            "half\ud800", "\udc00half"})
    void controlCharactersAndBrokenCharactersAreRefused(String typed) {
        SettleNote.Checked checked = SettleNote.check(typed);

        assertEquals(SettleNote.CONTROL, checked.refusal());
        assertNull(checked.note());
    }

    @Test
    void aNoteMustSaySomethingAndStayWithinTheLimit() {
        assertEquals(SettleNote.REQUIRED, SettleNote.check(null).refusal());
        assertEquals(SettleNote.REQUIRED, SettleNote.check(" \n\t ").refusal());
        assertEquals(SettleNote.TOO_LONG, SettleNote.check("x".repeat(Verification.MAX_NOTE + 1)).refusal());
        assertEquals(SettleNote.TOO_LONG, SettleNote.check("x".repeat(1_000_000)).refusal());
        assertEquals(Verification.MAX_NOTE, SettleNote.check("x".repeat(Verification.MAX_NOTE)).note().length());
        // An emoji is two chars in Java: a note of emoji is held to the limit in chars, which the cell stores.
        assertEquals(SettleNote.TOO_LONG, SettleNote.check("\ud83d\ude00".repeat(Verification.MAX_NOTE / 2 + 1))
                .refusal());
    }
}
