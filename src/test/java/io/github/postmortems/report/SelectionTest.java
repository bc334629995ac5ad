package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
