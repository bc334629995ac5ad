package io.github.postmortems.jira;

import com.google.gson.JsonObject;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateIssueTest {

    private final ManualTime time = new ManualTime();
    private FakeJira jira;
    private JiraClient client;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task", "Bug").user("jsmith", "Jane Smith", "jane@example.com");
        client = Clients.against(jira, time);
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private static NewIssue alertCountermeasure() {
        return NewIssue.in("OPS", "Task", "Alert on replication lag above 30 s")
                .describedAs("From postmortem *DB failover* (SEV2).\n[Postmortem|https://wiki.example.com/x/AbC]")
                .assignedTo("jsmith")
                .due(LocalDate.of(2026, 11, 2))
                .withPriority("High")
                .labelled("postmortem", "pm-page-98765", "pm-row-3");
    }

    @Test
    void createsAnIssueWithEveryFieldAsJiraDcExpectsIt() throws JiraFailure {
        CreatedIssue created = client.createIssue(alertCountermeasure());

        assertEquals(IssueKey.parse("OPS-1").orElseThrow(), created.key());
        JsonObject fields = jira.last(Endpoint.CREATE_ISSUE).json().getAsJsonObject("fields");
        assertEquals("OPS", fields.getAsJsonObject("project").get("key").getAsString());
        assertEquals("Task", fields.getAsJsonObject("issuetype").get("name").getAsString());
        assertEquals("Alert on replication lag above 30 s", fields.get("summary").getAsString());
        assertTrue(fields.get("description").getAsString().startsWith("From postmortem *DB failover*"));
        assertEquals("jsmith", fields.getAsJsonObject("assignee").get("name").getAsString());
        assertEquals("2026-11-02", fields.get("duedate").getAsString());
        assertEquals("High", fields.getAsJsonObject("priority").get("name").getAsString());
        assertEquals("[\"postmortem\",\"pm-page-98765\",\"pm-row-3\"]", fields.get("labels").toString());
    }

    @Test
    void jiraStoresWhatWasSent() throws JiraFailure {
        CreatedIssue created = client.createIssue(alertCountermeasure());

        StoredIssue stored = jira.issue(created.key().toString()).orElseThrow();
        assertEquals(created.id(), stored.id());
        assertEquals(Optional.of("jsmith"), stored.assignee());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), stored.dueDate());
        assertEquals(List.of("postmortem", "pm-page-98765", "pm-row-3"), stored.labels());
        assertEquals("To Do", stored.status());
    }

    @Test
    void sendsTheTokenAsBearerAndTheBodyAsJson() throws JiraFailure {
        client.createIssue(alertCountermeasure());

        assertEquals(Optional.of("Bearer " + FakeJira.TOKEN), jira.last(Endpoint.CREATE_ISSUE).authorization());
        assertTrue(jira.last(Endpoint.CREATE_ISSUE).contentType().orElseThrow().startsWith("application/json"));
    }

    @Test
    void leavesOutOptionalFieldsInsteadOfSendingNull() throws JiraFailure {
        client.createIssue(NewIssue.in("OPS", "Task", "Write the runbook"));

        JsonObject fields = jira.last(Endpoint.CREATE_ISSUE).json().getAsJsonObject("fields");
        assertEquals(List.of("project", "issuetype", "summary"), List.copyOf(fields.keySet()));
    }

    @Test
    void aFieldMissingFromTheCreateScreenIsRejectedWithJirasMessageForThatField() {
        jira.hideFromCreateScreen("duedate");

        JiraRejected rejected = assertThrows(JiraRejected.class, () -> client.createIssue(alertCountermeasure()));

        assertEquals(400, rejected.status());
        assertEquals(Optional.of("Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."),
                rejected.errors().forField("duedate"));
        assertTrue(jira.issues().isEmpty());
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE), "a rejection is never retried");
    }

    @Test
    void anUnknownAssigneeIsRejectedNamingTheUser() {
        JiraRejected rejected = assertThrows(JiraRejected.class,
                () -> client.createIssue(NewIssue.in("OPS", "Task", "Fix it").assignedTo("nobody")));

        assertEquals(Optional.of("User 'nobody' does not exist."), rejected.errors().forField("assignee"));
        assertTrue(rejected.getMessage().contains("assignee: User 'nobody' does not exist."));
    }

    @Test
    void aWrongTokenIsUnauthorizedAndAskedOnlyOnce() {
        JiraClient stranger = Clients.against(jira, "not-the-token", time, RetryPolicy.defaults());

        JiraUnauthorized refused = assertThrows(JiraUnauthorized.class,
                () -> stranger.createIssue(alertCountermeasure()));

        assertEquals(JiraUnauthorized.Reason.NOT_AUTHENTICATED, refused.reason());
        assertTrue(refused.getMessage().contains("personal access token"));
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
        assertTrue(jira.issues().isEmpty());
    }

    @Test
    void aMissingPermissionIsForbiddenAndAskedOnlyOnce() {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.forbidden());

        JiraUnauthorized refused = assertThrows(JiraUnauthorized.class,
                () -> client.createIssue(alertCountermeasure()));

        assertEquals(JiraUnauthorized.Reason.FORBIDDEN, refused.reason());
        assertEquals(1, jira.requests(Endpoint.CREATE_ISSUE));
        assertFalse(time.waits().iterator().hasNext());
    }
}
