package io.github.postmortems.jira;

import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconcileTrackedIssuesTest {

    private FakeJira jira;
    private ManualTime time;
    private InMemoryTrackedIssues tracked;
    private ReconcileTrackedIssues reconcile;
    private final List<String> keys = new ArrayList<>();

    @BeforeEach
    void trackIssues() {
        jira = FakeJira.start().project("OPS", "Task");
        time = new ManualTime();
        tracked = new InMemoryTrackedIssues();
        JiraClient client = Clients.against(jira, time);
        reconcile = new ReconcileTrackedIssues(tracked, new FixedConnections(client), time);
        for (int i = 0; i < 250; i++) {
            String key = jira.existingIssue("OPS", "Countermeasure " + i, "postmortem");
            keys.add(key);
            tracked.save(TrackedIssue.justLinked(new RowRef(1000 + i / 5, "row" + i), key(key)));
        }
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    @Test
    void asksJiraInBatchesOfAHundredKeys() {
        ReconcileTrackedIssues.Report report = reconcile.reconcileAll();
        assertEquals(3, jira.requests(Endpoint.SEARCH));
        assertEquals(250, report.checked());
        assertEquals(250, report.updated());
        TrackedIssue first = tracked.byKey(key(keys.get(0))).orElseThrow();
        assertEquals(StatusCategory.TO_DO, first.category());
        assertEquals(time.instant(), first.lastSynced());
    }

    @Test
    void aTransitionInJiraReachesTheStoreOnTheNextPass() {
        jira.transition(keys.get(7), "Done");
        reconcile.reconcileAll();
        TrackedIssue done = tracked.byKey(key(keys.get(7))).orElseThrow();
        assertEquals("Done", done.statusName());
        assertEquals(StatusCategory.DONE, done.category());
        assertTrue(done.resolvedAt() != null);
    }

    @Test
    void anIssueDeletedInJiraIsMarkedNotForgotten() {
        jira.delete(keys.get(3));
        ReconcileTrackedIssues.Report report = reconcile.reconcileAll();
        assertEquals(1, report.deleted());
        assertEquals(ReconcileTrackedIssues.DELETED, tracked.byKey(key(keys.get(3))).orElseThrow().lastError());
    }

    @Test
    void aBatchJiraDoesNotAnswerKeepsItsStateWithTheErrorAndTheRestGoesOn() {
        reconcile.reconcileAll();
        jira.transition(keys.get(0), "Done");
        jira.transition(keys.get(200), "Done");
        jira.failNext(Endpoint.SEARCH, RetryPolicy.defaults().maxAttempts(), Fault.status(503)); // one batch, every retry

        ReconcileTrackedIssues.Report report = reconcile.reconcileAll();

        assertEquals(1, report.failedBatches());
        TrackedIssue unanswered = tracked.byKey(key(keys.get(0))).orElseThrow();
        assertEquals(StatusCategory.TO_DO, unanswered.category(), "what we knew before is kept");
        assertTrue(unanswered.lastErrorIfSet().isPresent());
        assertEquals(StatusCategory.DONE, tracked.byKey(key(keys.get(200))).orElseThrow().category());
    }

    @Test
    void aWebhookIsReadForItsEventAndIssueKeyOnly() {
        assertEquals(new JiraWebhookEvent.IssueChanged("jira:issue_updated", key("OPS-102")),
                JiraWebhookEvent.parse(resource("/jira/webhook-issue-updated.json")).orElseThrow());
    }

    @Test
    void readsDeletionsIgnoresOtherEventsAndRefusesWhatIsNotAWebhook() {
        String deleted = resource("/jira/webhook-issue-updated.json").replace("jira:issue_updated", "jira:issue_deleted");
        assertEquals(new JiraWebhookEvent.IssueChanged("jira:issue_deleted", key("OPS-102")),
                JiraWebhookEvent.parse(deleted).orElseThrow());
        assertInstanceOf(JiraWebhookEvent.Ignored.class, JiraWebhookEvent.parse(
                "{\"webhookEvent\":\"comment_created\",\"comment\":{}}").orElseThrow());
        assertTrue(JiraWebhookEvent.parse("not json").isEmpty());
        assertTrue(JiraWebhookEvent.parse("{\"hello\":1}").isEmpty());
        assertTrue(JiraWebhookEvent.parse("{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":7}}").isEmpty());
    }

    @Test
    void aPayloadNestedFiftyThousandLevelsDeepIsRefusedWithoutRecursion() {
        String deep = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"OPS-1\",\"fields\":"
                + "[".repeat(50_000) + "]".repeat(50_000) + "}}";
        assertTrue(JiraWebhookEvent.parse(deep).isEmpty());
        String justDeepEnough = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"OPS-1\",\"fields\":"
                + "[".repeat(JiraWebhookEvent.MAX_DEPTH - 2) + "]".repeat(JiraWebhookEvent.MAX_DEPTH - 2) + "}}";
        assertEquals(new JiraWebhookEvent.IssueChanged("jira:issue_updated", key("OPS-1")),
                JiraWebhookEvent.parse(justDeepEnough).orElseThrow());
    }

    @Test
    void aRereadAsksJiraOnlyAboutTrackedKeysAndStoresWhatJiraSays() {
        jira.transition(keys.get(4), "Done");
        ReconcileTrackedIssues.Report report = reconcile.reread(List.of(key(keys.get(4)), key("HR-7"), key(keys.get(4))));

        assertEquals(1, report.checked());
        assertEquals(1, jira.requests(Endpoint.SEARCH));
        assertEquals(StatusCategory.DONE, tracked.byKey(key(keys.get(4))).orElseThrow().category());
        assertTrue(tracked.byKey(key("HR-7")).isEmpty());
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    private static String resource(String path) {
        try (InputStream in = ReconcileTrackedIssuesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
