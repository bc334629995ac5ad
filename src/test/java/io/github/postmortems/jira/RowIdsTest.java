package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Row ids are written into Jira as labels, so they never change between releases: the first 16 hex digits of the
 * SHA-256 of "page id, folded text, occurrence", pinned here with values worked out outside Java (Python's hashlib).
 */
class RowIdsTest {

    @Test
    void anIdIsTheStartOfTheRowsHashAndSameTextsAreToldApartByOccurrence() {
        List<RowRef> refs = RowIds.assign(4242, List.of(
                row(1, "Roll back  the failover script"),
                row(2, "Add an alert on replica lag"),
                row(3, "roll back the FAILOVER script")));

        assertEquals(List.of("4db1189a16c447ae", "d9d8087dd0cd4708", "dae6d9a509d23704"),
                refs.stream().map(RowRef::rowId).toList());
        refs.forEach(ref -> assertEquals(4242, ref.pageId()));
    }

    private static Countermeasure row(int row, String text) {
        return Countermeasure.parsed(row, text, null, null, null, null, null);
    }
}
