package io.github.postmortems.index;

import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.index.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AoDraftedRows} on a real database; one subclass per database. */
abstract class DraftedRowsContract {

    private static final String PRINT_A = "0123456789abcdef0123456789abcdef";
    private static final String PRINT_B = "fedcba9876543210fedcba9876543210";

    private AoDraftedRows rows;

    abstract TestDatabase database();

    @BeforeEach
    void emptyTables() {
        rows = new AoDraftedRows(database().emptied());
    }

    @Test
    void readsBackTheFingerprintsRememberedAtCreationForThatPageOnly() {
        rows.remember(42, Map.of("change:10001:status", PRINT_A, "link:OPS-9", PRINT_B));
        rows.remember(43, Map.of("comment:7", PRINT_B));

        assertEquals(Set.of(PRINT_A, PRINT_B), rows.prints(42));
        assertEquals(Set.of(PRINT_B), rows.prints(43));
        assertEquals(Set.of(), rows.prints(44));
    }

    @Test
    void rememberingAgainReplacesWhatWasRememberedForThePage() {
        rows.remember(42, Map.of("change:10001:status", PRINT_A));
        rows.remember(42, Map.of("link:OPS-9", PRINT_B));

        assertEquals(Set.of(PRINT_B), rows.prints(42));
    }

    @Test
    void leavesOutWhatIsNoFingerprintAndCutsLongSources() {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("x".repeat(5_000), PRINT_A);
        hostile.put("comment:1", "'; DROP TABLE x; --");
        hostile.put("comment:2", PRINT_A.toUpperCase());
        hostile.put("", PRINT_B);
        hostile.put("comment:3", "\0" + PRINT_B.substring(1));
        rows.remember(42, hostile);

        assertEquals(Set.of(PRINT_A), rows.prints(42));
    }

    @Test
    void remembersAtMostItsBoundOfRowsForAPageOfThousands() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            many.put("change:" + i, String.format("%032x", i));
        }
        rows.remember(42, many);

        Set<String> read = rows.prints(42);
        assertEquals(DraftedRowMemory.MAX_ROWS, read.size());
        assertEquals(true, read.contains(String.format("%032x", 0)));
        assertEquals(false, read.contains(String.format("%032x", DraftedRowMemory.MAX_ROWS)));
    }
}
