package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A row reference takes exactly the row ids {@code [a-z0-9]{4,40}} describes, checked by hand. */
class RowRefTest {

    @Test
    void takesTheIdsThePatternDescribesAndRefusesTheRest() {
        Pattern rowId = Pattern.compile("[a-z0-9]{4,40}");
        String alphabet = "az09mAZ-_ é";
        SplittableRandom random = new SplittableRandom(20261130L);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(46);
            for (int c = 0; c < length; c++) {
                id.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? 5 : alphabet.length())));
            }
            String typed = id.toString();
            boolean taken;
            try {
                taken = new RowRef(7, typed).rowId().equals(typed);
            } catch (IllegalArgumentException refused) {
                taken = false;
            }
            assertEquals(rowId.matcher(typed).matches(), taken, typed);
        }
        assertThrows(NullPointerException.class, () -> new RowRef(7, null));
    }
}
