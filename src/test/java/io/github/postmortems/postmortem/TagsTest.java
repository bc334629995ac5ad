package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagsTest {

    @Test
    void splitsTypedTagsIntoConfluenceLabels() {
        assertEquals(List.of("db", "outage", "payments"), Tags.parse("db, outage; Payments").values());
        assertEquals(List.of("db", "outage"), Tags.parse("db\u00a0 outage db").values());
    }

    @Test
    void dropsCharactersLabelsCannotHold() {
        assertEquals(List.of("sev1", "eu-west"), new Tags(List.of("#sev1!", "EU west")).values());
    }

    @Test
    void readsBlankAsNoTags() {
        assertTrue(Tags.parse("  ").isEmpty());
        assertTrue(Tags.parse(null).isEmpty());
    }
}
