package io.github.postmortems.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends again what is worth sending again, around any other transport.
 * <ul>
 *   <li>Connection errors and timeouts, 502, 503, 504: exponential backoff with jitter, for {@link Idempotency#SAFE}
 *       requests only. An {@link Idempotency#UNSAFE} request (create issue) is repeated only when it provably never
 *       reached Jira ({@link Delivery#NOT_SENT}); otherwise the failure goes back to the caller, which must look for
 *       what the first attempt may have created before trying again.</li>
 *   <li>429: waits for {@code Retry-After} (seconds or HTTP date; backoff when absent), for any request: Jira's rate
 *       limiter turns a request away before running it. A wait longer than the policy's cap is not waited for.</li>
 *   <li>Every other status is returned at once: 4xx do not get better by asking again.</li>
 * </ul>
 * When attempts or the time budget run out, the last answer (or the last failure) is what the caller gets.
 */
public final class RetryingTransport implements JiraTransport {

    private final JiraTransport inner;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    public RetryingTransport(JiraTransport inner, RetryPolicy policy, Clock clock, Sleeper sleeper,
                             RandomGenerator random) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    public static RetryingTransport around(JiraTransport inner, RetryPolicy policy) {
        return new RetryingTransport(inner, policy, Clock.systemUTC(), Sleeper.real(), RandomGenerator.getDefault());
    }

    @Override
    public JiraResponse send(JiraRequest request) throws JiraUnavailable {
        Instant started = clock.instant();
        for (int attempt = 1; ; attempt++) {
            JiraResponse response = null;
            JiraUnavailable failure = null;
            try {
                response = inner.send(request);
            } catch (JiraUnavailable e) {
                failure = e;
            }
            Optional<Duration> wait = failure != null
                    ? waitAfterFailure(request, failure, attempt)
                    : waitAfterAnswer(request, response, attempt);
            if (wait.isEmpty() || attempt >= policy.maxAttempts() || overBudget(started, wait.get())
                    || !slept(wait.get())) {
                if (failure != null) {
                    throw failure;
                }
                return response;
            }
        }
    }

    private Optional<Duration> waitAfterFailure(JiraRequest request, JiraUnavailable failure, int attempt) {
        if (failure.delivery() == Delivery.NOT_SENT || request.isSafeToRepeat()) {
            return Optional.of(policy.backoffAfter(attempt, random));
        }
        return Optional.empty();
    }

    private Optional<Duration> waitAfterAnswer(JiraRequest request, JiraResponse response, int attempt) {
        int status = response.status();
        if (status == 429) {
            Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock.instant());
            if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                return Optional.empty();
            }
            return Optional.of(asked.orElseGet(() -> policy.backoffAfter(attempt, random)));
        }
        if ((status == 502 || status == 503 || status == 504) && request.isSafeToRepeat()) {
            return Optional.of(policy.backoffAfter(attempt, random));
        }
        return Optional.empty();
    }

    private boolean overBudget(Instant started, Duration wait) {
        return Duration.between(started, clock.instant()).plus(wait).compareTo(policy.totalBudget()) > 0;
    }

    private boolean slept(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
