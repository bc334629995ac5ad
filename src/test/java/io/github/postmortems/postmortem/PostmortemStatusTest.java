package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemStatusTest {

    @Test
    void movesForwardOneStepAndBackWhileNotPublished() {
        assertEquals(Set.of(PostmortemStatus.IN_REVIEW), PostmortemStatus.DRAFT.next());
        assertTrue(PostmortemStatus.IN_REVIEW.canMoveTo(PostmortemStatus.DRAFT));
        assertTrue(PostmortemStatus.APPROVED.canMoveTo(PostmortemStatus.PUBLISHED));
        assertFalse(PostmortemStatus.DRAFT.canMoveTo(PostmortemStatus.PUBLISHED));
        assertEquals(Set.of(), PostmortemStatus.PUBLISHED.next());
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        assertEquals(Optional.of(PostmortemStatus.IN_REVIEW), PostmortemStatus.fromCode("In-Review"));
        assertEquals(Optional.of(PostmortemStatus.IN_REVIEW), PostmortemStatus.fromCode(" in review "));
        assertEquals(Optional.empty(), PostmortemStatus.fromCode("done"));
    }

    @Test
    void namesItsI18nKey() {
        assertEquals("postmortems.status.in-review", PostmortemStatus.IN_REVIEW.i18nKey());
    }
}
