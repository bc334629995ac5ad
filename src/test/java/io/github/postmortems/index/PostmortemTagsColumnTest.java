package io.github.postmortems.index;

import io.github.postmortems.postmortem.Tags;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemTagsColumnTest {

    @Test
    void tagsAreDelimitedOnBothSidesSoOneCanBeFoundWithLike() {
        assertAll(
                () -> assertEquals("|db|payments_eu|", AoPostmortemIndex.tags(new Tags(List.of("db", "payments_eu")))),
                () -> assertEquals("|", AoPostmortemIndex.tags(Tags.NONE)));
    }

    @Test
    void tagsThatWouldNotFitTheColumnAreLeftOutWholeNeverCut() {
        String long200 = "a".repeat(200);
        String other200 = "b".repeat(200);
        String third200 = "c".repeat(200);

        String stored = AoPostmortemIndex.tags(new Tags(List.of(long200, other200, third200, "db")));

        assertAll(
                () -> assertEquals("|" + long200 + "|" + other200 + "|db|", stored),
                () -> assertTrue(stored.length() <= Limits.TAGS, stored.length() + " characters"));
    }
}
