package io.github.postmortems.jira;

import java.time.Duration;
import java.util.Objects;

/** How long to wait for a connection to Jira, and for Jira's whole answer once connected. */
public record Timeouts(Duration connect, Duration request) {

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(request, "request");
        if (connect.isNegative() || connect.isZero() || request.isNegative() || request.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive: " + connect + ", " + request);
        }
    }

    /** Generous enough for a busy Jira creating an issue, short enough that a button press does not hang. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }
}
