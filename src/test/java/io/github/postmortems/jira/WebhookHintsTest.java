package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookHintsTest {

    private FakeJira jira;
    private ManualTime time;
    private InMemoryTrackedIssues tracked;
    private JiraClient client;
    private final List<IssueKey> keys = new ArrayList<>();

    @BeforeEach
    void trackIssues() {
        jira = FakeJira.start().project("OPS", "Task");
        time = new ManualTime();
        tracked = new InMemoryTrackedIssues();
        client = Clients.against(jira, time);
        for (int i = 0; i < 30; i++) {
            IssueKey key = IssueKey.parse(jira.existingIssue("OPS", "Countermeasure " + i, "postmortem")).orElseThrow();
            keys.add(key);
            tracked.save(TrackedIssue.justLinked(new RowRef(1000 + i, "row" + i), key));
        }
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    @Test
    void repeatedHintsCoalesceAndJiraIsAskedOnlyByTheWorkerInBatches() {
        WebhookHints hints = hints(new FixedConnections(client), 100, 10);
        for (int round = 0; round < 3; round++) {
            for (IssueKey key : keys.subList(0, 25)) {
                assertEquals(WebhookHints.Offer.QUEUED, hints.offer(key));
            }
        }
        assertEquals(0, jira.requests(Endpoint.SEARCH), "a hint alone never asks Jira");
        assertEquals(25, hints.pending());

        assertEquals(10, hints.rereadOneBatch());
        assertEquals(10, hints.rereadOneBatch());
        assertEquals(5, hints.rereadOneBatch());
        assertEquals(0, hints.rereadOneBatch());

        assertEquals(3, jira.requests(Endpoint.SEARCH));
        assertEquals(time.instant(), tracked.byKey(keys.get(24)).orElseThrow().lastSynced());
    }

    @Test
    void theQueueIsBoundedAndKeysWeDoNotTrackAreNotQueued() {
        WebhookHints hints = hints(new FixedConnections(client), 5, 3);
        assertEquals(WebhookHints.Offer.NOT_TRACKED, hints.offer(IssueKey.parse("HR-7").orElseThrow()));
        for (IssueKey key : keys.subList(0, 5)) {
            hints.offer(key);
        }
        assertEquals(WebhookHints.Offer.QUEUE_FULL, hints.offer(keys.get(5)));
        assertEquals(WebhookHints.Offer.QUEUED, hints.offer(keys.get(0)), "a key already waiting still counts once");
        assertEquals(5, hints.pending());
    }

    @Test
    void aBatchThatThrowsAnErrorCostsThatBatchNotTheWorker() {
        AtomicInteger calls = new AtomicInteger();
        JiraConnections failingOnce = new JiraConnections() {
            @Override
            public JiraClient forCurrentUser() {
                return client;
            }

            @Override
            public JiraClient forBackground() {
                if (calls.incrementAndGet() == 1) {
                    throw new StackOverflowError("a key Jira answers with something unreadable");
                }
                return client;
            }
        };
        WebhookHints hints = hints(failingOnce, 10, 1);
        jira.transition(keys.get(0).toString(), "Done");
        jira.transition(keys.get(1).toString(), "Done");
        hints.offer(keys.get(0));
        hints.offer(keys.get(1));

        assertEquals(1, hints.rereadOneBatch());
        assertEquals(1, hints.rereadOneBatch());

        assertEquals(StatusCategory.UNKNOWN, tracked.byKey(keys.get(0)).orElseThrow().category(), "its batch failed");
        assertEquals(StatusCategory.DONE, tracked.byKey(keys.get(1)).orElseThrow().category());
    }

    @Test
    void theWorkerThreadRereadsWhatItIsGivenAndEndsOnStop() throws InterruptedException {
        WebhookHints hints = new WebhookHints(reconcile(new FixedConnections(client)), 0, 0, 100, 10);
        jira.transition(keys.get(3).toString(), "Done");
        Set<Thread> before = workers();
        hints.start();
        Set<Thread> ours = workers();
        ours.removeAll(before);
        try {
            hints.offer(keys.get(3));
            for (int wait = 0; wait < 200 && tracked.byKey(keys.get(3)).orElseThrow().category() != StatusCategory.DONE;
                 wait++) {
                Thread.sleep(50); // waits for the worker, asserts nothing about its speed
            }
            assertEquals(StatusCategory.DONE, tracked.byKey(keys.get(3)).orElseThrow().category());
            assertEquals(1, ours.size(), "start begins one worker thread");
        } finally {
            hints.stop();
        }
        Thread worker = ours.iterator().next();
        worker.join(5_000); // the pool reports terminated just before its thread's last instructions
        assertTrue(!worker.isAlive(), "stop ends the worker thread");
    }

    private WebhookHints hints(JiraConnections connections, int maxPending, int batch) {
        return new WebhookHints(reconcile(connections), 0, 0, maxPending, batch);
    }

    private ReconcileTrackedIssues reconcile(JiraConnections connections) {
        return new ReconcileTrackedIssues(tracked, connections, time);
    }

    private static Set<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals(WebhookHints.THREAD))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
