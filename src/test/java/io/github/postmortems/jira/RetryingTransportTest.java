package io.github.postmortems.jira;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry decisions on their own, with a transport that answers from a script. */
class RetryingTransportTest {

    private static final JiraRequest CREATE = JiraRequest.post("/rest/api/2/issue", "{}", Idempotency.UNSAFE);
    private static final JiraRequest SEARCH = JiraRequest.post("/rest/api/2/search", "{}", Idempotency.SAFE);

    private final ManualTime time = new ManualTime();

    /** Each send takes the next scripted outcome: a response, or a failure to throw. */
    private static final class Script implements JiraTransport {
        private final Deque<Object> outcomes = new ArrayDeque<>();
        private final List<JiraRequest> sent = new ArrayList<>();

        Script then(Object outcome) {
            outcomes.add(outcome);
            return this;
        }

        @Override
        public JiraResponse send(JiraRequest request) throws JiraUnavailable {
            sent.add(request);
            Object next = outcomes.poll();
            if (next instanceof JiraUnavailable failure) {
                throw failure;
            }
            return (JiraResponse) next;
        }
    }

    private RetryingTransport around(Script script) {
        return new RetryingTransport(script, RetryPolicy.defaults(), time, time, new Random(3));
    }

    private static JiraUnavailable notSent() {
        return new JiraUnavailable("connection refused", Delivery.NOT_SENT);
    }

    private static JiraUnavailable unknown() {
        return new JiraUnavailable("timed out", Delivery.OUTCOME_UNKNOWN);
    }

    @Test
    void repeatsACreateThatNeverLeft() throws JiraUnavailable {
        Script script = new Script().then(notSent()).then(JiraResponse.of(201, "{}"));

        assertEquals(201, around(script).send(CREATE).status());
        assertEquals(2, script.sent.size());
    }

    @Test
    void handsBackACreateWhoseOutcomeIsUnknownAtOnce() {
        JiraUnavailable timeout = unknown();
        Script script = new Script().then(timeout).then(JiraResponse.of(201, "{}"));

        assertSame(timeout, assertThrows(JiraUnavailable.class, () -> around(script).send(CREATE)));
        assertEquals(1, script.sent.size());
        assertTrue(time.waits().isEmpty());
    }

    @Test
    void repeatsASafeRequestWhoseOutcomeIsUnknown() throws JiraUnavailable {
        Script script = new Script().then(unknown()).then(unknown()).then(JiraResponse.of(200, "{}"));

        assertEquals(200, around(script).send(SEARCH).status());
        assertEquals(3, script.sent.size());
    }

    @Test
    void returnsTheLast503WhenAttemptsRunOut() throws JiraUnavailable {
        Script script = new Script();
        for (int i = 0; i < 10; i++) {
            script.then(JiraResponse.of(503, "busy " + i));
        }

        JiraResponse last = around(script).send(SEARCH);

        assertEquals("busy 3", last.body());
        assertEquals(4, script.sent.size());
    }

    @Test
    void anInterruptedWaitEndsTheRetriesAndKeepsTheInterrupt() {
        Script script = new Script().then(notSent()).then(JiraResponse.of(200, "{}"));
        RetryingTransport impatient = new RetryingTransport(script, RetryPolicy.defaults(), time,
                d -> {
                    throw new InterruptedException();
                }, new Random(3));

        assertThrows(JiraUnavailable.class, () -> impatient.send(SEARCH));
        assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
        assertEquals(1, script.sent.size());
    }

    @Test
    void aPolicyWithoutRetriesAsksOnce() {
        Script script = new Script().then(notSent()).then(JiraResponse.of(200, "{}"));
        RetryingTransport once = new RetryingTransport(script, RetryPolicy.noRetries(), time, time, new Random(3));

        assertThrows(JiraUnavailable.class, () -> once.send(SEARCH));
        assertEquals(1, script.sent.size());
        assertEquals(Duration.ZERO, time.waited());
    }
}
