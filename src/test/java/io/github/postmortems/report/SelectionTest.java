package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionTest {

    @Test
    void everythingLatestFirstAndUnrestrictedByDefault() {
        Selection all = Selection.all();

        assertAll(
                () -> assertEquals(Sort.START_DESC, all.sort()),
                () -> assertEquals(Optional.empty(), all.visibleSpacesIfRestricted()),
                () -> assertEquals(Optional.empty(), all.visiblePageIdsIfRestricted()));
    }

    @Test
    void labelsAreNormalisedTheWayTagsAreStored() {
        assertEquals(Set.of("db", "payments"),
                Selection.all().withAnyLabel(List.of("DB", " payments ", "|")).labels());
    }

    @Test
    void includesAPageExactlyWhenEveryCriterionAndAllowListLetsItIn() {
        PostmortemSummary page = ListSamples.summary(4, "OPS", "Checkout"); // SEV4 per the samples' ranks
        Selection opsOnly = Selection.all().inSpaces(List.of("OPS"));
        assertAll(
                () -> assertTrue(Selection.all().includes(page)),
                () -> assertTrue(opsOnly.includes(page)),
                () -> assertFalse(Selection.all().inSpaces(List.of("DB")).includes(page)),
                () -> assertFalse(opsOnly.visibleIn(List.of("DB")).includes(page)),
                () -> assertFalse(opsOnly.visiblePages(List.of(5L)).includes(page)),
                () -> assertFalse(opsOnly.withoutPages(List.of(4L)).includes(page)),
                () -> assertFalse(opsOnly.withAnyLabel(List.of("other")).includes(page)),
                () -> assertTrue(opsOnly.withAnyLabel(List.of("other", "postmortem")).includes(page)),
                () -> assertFalse(opsOnly.atLeastSeverity(page.severityRank() - 1).includes(page)),
                () -> assertTrue(opsOnly.atLeastSeverity(page.severityRank()).includes(page)),
                () -> assertFalse(opsOnly.startingBetween(page.start().plusMillis(1), null).includes(page)),
                () -> assertTrue(opsOnly.startingBetween(page.start(), page.start().plusMillis(1)).includes(page)),
                () -> assertFalse(opsOnly.startingBetween(null, page.start()).includes(page)));
    }

    @Test
    void anEmptyAllowListMeansNothingIsVisibleNotEverything() {
        assertEquals(Optional.of(Set.of()), Selection.all().visibleIn(List.of()).visibleSpacesIfRestricted());
    }

    @Test
    void refusesAnAllowListLongerThanOneInListMayBe() {
        List<Long> tooMany = LongStream.rangeClosed(1, Selection.MAX_ALLOW_LIST + 1).boxed().toList();

        assertThrows(IllegalArgumentException.class, () -> Selection.all().visiblePages(tooMany));
    }

    @Test
    void refusesASeverityRankBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> Selection.all().atLeastSeverity(0));
    }
}
