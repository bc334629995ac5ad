package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiddleTest {

    /** The window the index hands over for these values: sorted, {@link Middle#WIDTH} either side of the middle. */
    private static Middle counted(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        long first = Middle.firstOfWindow(sorted.size());
        int length = sorted.isEmpty() ? 0 : Middle.lengthOfWindow(sorted.size());
        return new Middle(sorted.size(), first, sorted.subList((int) first, (int) first + length));
    }

    private static Duration median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int count = sorted.size();
        return Duration.ofSeconds(Math.floorDiv(sorted.get((count - 1) / 2) + sorted.get(count / 2), 2));
    }

    @Test
    void theMedianStaysExactWhileValuesComeAndGoUntilTheWindowNoLongerHoldsIt() {
        Random random = new Random(7);
        int recounted = 0;
        for (int run = 0; run < 50; run++) {
            List<Long> values = new ArrayList<>();
            for (int i = random.nextInt(400); i > 0; i--) {
                values.add((long) random.nextInt(1_000));
            }
            Middle middle = counted(values);
            for (int step = 0; step < 300; step++) {
                Optional<Middle> next;
                if (!values.isEmpty() && random.nextBoolean()) {
                    Long gone = values.remove(random.nextInt(values.size()));
                    next = middle.without(gone);
                } else {
                    // Skewed, so that the middle drifts until the window no longer holds it.
                    long added = random.nextInt(1_000) + (run % 2 == 0 ? 300 : -300);
                    values.add(added);
                    next = middle.with(added);
                }
                if (next.isEmpty() || !next.get().holdsMedian()) {
                    recounted++;
                    middle = counted(values);
                } else {
                    middle = next.get();
                }
                assertEquals(median(values), middle.median(), "run " + run + ", step " + step);
                assertEquals(values.size(), middle.count());
            }
        }
        assertTrue(recounted > 0, "a drifting middle leaves the window");
    }

    @Test
    void aWindowThatNoLongerHoldsTheMiddleTellsNoMedian() {
        Middle low = new Middle(10, 0, List.of(1L, 2L, 3L));
        assertFalse(low.holdsMedian());
        assertThrows(IllegalStateException.class, low::median);
    }

    @Test
    void aValueTakenFromBelowAWindowThatStartsAtTheFirstCannotBePlaced() {
        assertTrue(new Middle(3, 0, List.of(5L, 6L, 7L)).without(1).isEmpty());
        assertEquals(Collections.emptyList(), new Middle(1, 0, List.of(5L)).without(5).orElseThrow().values());
    }
}
