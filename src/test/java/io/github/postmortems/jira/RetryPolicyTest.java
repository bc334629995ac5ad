package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void backoffDoublesWithEachAttemptBetweenHalfAndAllOfTheStep() {
        Random random = new Random(11);
        for (int attempt = 1; attempt <= 3; attempt++) {
            long step = 500L << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                long wait = policy.backoffAfter(attempt, random).toMillis();
                assertTrue(wait >= step / 2 && wait <= step, "attempt " + attempt + " waited " + wait);
            }
        }
    }

    @Test
    void backoffStopsGrowingAtTheMaximum() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            assertTrue(policy.backoffAfter(9, random).compareTo(Duration.ofSeconds(4)) <= 0);
        }
    }

    @Test
    void jitterSpreadsClientsThatFailedTogether() {
        assertNotEquals(policy.backoffAfter(3, new Random(1)), policy.backoffAfter(3, new Random(2)));
    }

    @Test
    void aFixedRandomGivesTheSameWaits() {
        assertEquals(policy.backoffAfter(2, new Random(5)), policy.backoffAfter(2, new Random(5)));
    }

    @Test
    void refusesPoliciesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMillis(1),
                Duration.ofMillis(2), Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO));
    }
}
