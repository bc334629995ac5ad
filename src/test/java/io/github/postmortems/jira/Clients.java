package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.FakeJira;

import java.time.Duration;
import java.util.Random;

/** Real clients pointed at the fake Jira: one-second timeouts (short, yet roomy for a slow CI machine), and time that passes only when they wait. */
final class Clients {

    static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
    /** Longer than {@link #SHORT}'s request timeout: the client gives up before the fake answers. */
    static final Duration PAST_THE_TIMEOUT = Duration.ofSeconds(3);

    private Clients() {
    }

    static JiraClient against(FakeJira jira, ManualTime time) {
        return against(jira, time, RetryPolicy.defaults());
    }

    static JiraClient against(FakeJira jira, ManualTime time, RetryPolicy policy) {
        return against(jira, FakeJira.TOKEN, time, policy);
    }

    static JiraClient against(FakeJira jira, String token, ManualTime time, RetryPolicy policy) {
        TokenTransport http = new TokenTransport(jira.baseUrl(), token, SHORT);
        return new JiraClient(new RetryingTransport(http, policy, time, time, new Random(7)), time);
    }
}
