package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-04T15:39:00Z");

    @Test
    void readsSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(Optional.of(" 120 "), NOW));
    }

    @Test
    void readsAnHttpDateRelativeToNow() {
        assertEquals(Optional.of(Duration.ofSeconds(45)),
                RetryAfter.parse(Optional.of("Sun, 4 Oct 2026 15:39:45 GMT"), NOW));
    }

    @Test
    void aDateInThePastMeansAtOnce() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Sun, 4 Oct 2026 15:00:00 GMT"), NOW));
    }

    @Test
    void somethingElseIsNoAdvice() {
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("soon"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("-5"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), NOW));
    }
}
