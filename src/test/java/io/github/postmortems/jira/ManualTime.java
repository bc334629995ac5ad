package io.github.postmortems.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the retry policy sleeps, and remembers every wait: retries without real sleeping. */
final class ManualTime extends Clock implements Sleeper {

    private Instant now = Instant.parse("2026-10-04T15:39:00Z");
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    /** Time passing outside the client: a user coming back later, a claim going stale. */
    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    synchronized Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
