package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoTest {

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger computed = new AtomicInteger();

    private String value(String key) {
        return key + computed.incrementAndGet();
    }

    @Test
    void remembersAValueUntilItsLifetimeEnds() {
        Memo<String, String> memo = new Memo<>(10, Duration.ofSeconds(60), clock);
        assertEquals("a1", memo.get("a", () -> value("a")));
        clock.advance(Duration.ofSeconds(59));
        assertEquals("a1", memo.get("a", () -> value("a")));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("a2", memo.get("a", () -> value("a")), "computed again once its lifetime is over");
    }

    @Test
    void forgetsTheLeastRecentlyUsedValueBeyondItsCapacity() {
        Memo<String, String> memo = new Memo<>(2, Duration.ofHours(1), clock);
        memo.get("a", () -> value("a"));
        memo.get("b", () -> value("b"));
        memo.get("a", () -> value("a")); // a used last: b is the one to go
        memo.get("c", () -> value("c"));
        assertEquals(2, memo.size());
        assertEquals("a1", memo.get("a", () -> value("a")));
        assertEquals("b4", memo.get("b", () -> value("b")));
    }

    @Test
    void aForgottenValueIsComputedAgain() {
        Memo<String, String> memo = new Memo<>(10, Duration.ofHours(1), clock);
        memo.get("a", () -> value("a"));
        memo.forget("a");
        assertEquals("a2", memo.get("a", () -> value("a")));
    }
}
