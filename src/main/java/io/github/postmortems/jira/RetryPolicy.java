package io.github.postmortems.jira;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How hard to try: at most {@code maxAttempts} sends, backing off exponentially from {@code firstBackoff} up to
 * {@code maxBackoff} with jitter, waiting for a 429's {@code Retry-After} up to {@code maxRetryAfter}, and never
 * spending more than {@code totalBudget} on one call (waits included).
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          Duration totalBudget) {

    public RetryPolicy {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(totalBudget, "totalBudget");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("Attempts must be between 1 and 10: " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || maxRetryAfter.isNegative()
                || totalBudget.isNegative() || totalBudget.isZero()) {
            throw new IllegalArgumentException("Backoffs must grow from the first to the max, within a positive budget");
        }
    }

    /** Four attempts, 0.5 s → 4 s backoff, wait up to 60 s for Retry-After, two minutes in all. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(60),
                Duration.ofMinutes(2));
    }

    public static RetryPolicy noRetries() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(2));
    }

    /**
     * The wait before attempt {@code attempt + 1}: {@code firstBackoff * 2^(attempt-1)}, capped, of which a random
     * half is dropped ("equal jitter") so that many clients failing together do not come back together.
     */
    Duration backoffAfter(int attempt, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1: " + attempt);
        }
        long first = firstBackoff.toMillis();
        long capped = Math.min(maxBackoff.toMillis(), first << Math.min(attempt - 1, 20));
        long half = capped / 2;
        return Duration.ofMillis(capped - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
