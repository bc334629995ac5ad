package io.github.postmortems.jira;

import com.google.gson.JsonPrimitive;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an incident issue from the fake Jira over real HTTP, in Jira DC's shapes. */
class ReadIncidentTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

    private static FakeJira jira() {
        return FakeJira.start().project("OPS", "Incident")
                .user("ana", "Ana Ops", "ana@example.com")
                .user("bo", "Bo Dev", "bo@example.com");
    }

    @Test
    void readsFieldsHistoryCommentsAndLinksInOneIssueRequestAndThePagesOfComments() throws JiraFailure {
        try (FakeJira jira = jira().capCommentsAt(2)) {
            String key = jira.incident("OPS", "Checkout down", "ana", "High", CREATED);
            String fix = jira.existingIssue("OPS", "Add a circuit breaker");
            jira.change(key, CREATED.plusSeconds(600), "ana", "status", "In Progress")
                    .change(key, CREATED.plusSeconds(700), "ana", "assignee", "bo")
                    .change(key, CREATED.plusSeconds(800), "bo", "priority", "Highest")
                    .change(key, CREATED.plusSeconds(3600), "bo", "status", "Done")
                    .comment(key, CREATED.plusSeconds(650), "ana", "Rolling back")
                    .comment(key, CREATED.plusSeconds(660), "bo", "Rollback done")
                    .comment(key, CREATED.plusSeconds(670), "ana", "Errors dropping")
                    .linkIssues("Blocks", fix, key);
            jira.serveField(key, "customfield_10200", new JsonPrimitive("2026-11-28T08:45:00.000+0000"));

            JiraIncident incident = Clients.against(jira, new ManualTime())
                    .incident(IssueKey.parse(key).orElseThrow(), List.of("customfield_10200")).orElseThrow();

            assertEquals("Checkout down", incident.summary());
            assertEquals(Optional.of("Highest"), incident.priority());
            assertEquals(CREATED, incident.created());
            assertEquals(Optional.of(CREATED.plusSeconds(3600)), incident.resolved());
            assertEquals("bo", incident.assignee().orElseThrow().username());
            assertEquals("Ana Ops", incident.reporter().orElseThrow().displayName());
            assertEquals(Optional.of(Instant.parse("2026-11-28T08:45:00Z")), incident.timeField("customfield_10200"));
            assertEquals(List.of("status", "assignee", "priority", "status", "resolution"),
                    incident.changes().stream().map(JiraIncident.Change::field).toList());
            assertEquals(List.of("Rolling back", "Rollback done", "Errors dropping"),
                    incident.comments().stream().map(JiraIncident.Comment::body).toList());
            assertEquals(fix, incident.links().get(0).key().toString());
            assertEquals("is blocked by", incident.links().get(0).phrase());
            assertEquals(Optional.of(URI.create(jira.baseUrl() + "/browse/" + key)), incident.browseUrl());
            assertEquals(List.of(), incident.warnings());
            assertEquals(1, jira.requests(Endpoint.ISSUE), "fields and history come in one request");
            assertEquals(2, jira.requests(Endpoint.COMMENTS), "three comments at two a page are two pages");
            assertEquals("changelog", jira.last(Endpoint.ISSUE).query().get("expand"));
        }
    }

    @Test
    void anIssueTheUserMayNotBrowseReadsAsNoIssueAsJiraAnswers404() throws JiraFailure {
        try (FakeJira jira = jira()) {
            String key = jira.incident("OPS", "Secret outage", "ana", "High", CREATED);
            jira.restrictTo(key, "ana");
            JiraClient asBo = Clients.against(jira, FakeJira.tokenFor("bo"), new ManualTime(), RetryPolicy.noRetries());
            JiraClient asAna = Clients.against(jira, FakeJira.tokenFor("ana"), new ManualTime(), RetryPolicy.noRetries());

            assertEquals(Optional.empty(), asBo.incident(IssueKey.parse(key).orElseThrow(), List.of()));
            assertTrue(asAna.incident(IssueKey.parse(key).orElseThrow(), List.of()).isPresent());
            assertEquals(0, jira.received(Endpoint.COMMENTS).stream()
                    .filter(r -> r.authorization().orElse("").endsWith("bo")).count(), "no comments asked after a 404");
        }
    }

    @Test
    void aChangeWithAnUnreadableTimeIsLeftOutWithAWarningAndTheRestIsKept() throws JiraFailure {
        try (FakeJira jira = jira()) {
            String key = jira.incident("OPS", "Checkout down", "ana", null, CREATED);
            jira.comment(key, CREATED.plusSeconds(60), "ana", "x".repeat(5_000));
            jira.serveField(key, "resolutiondate", new JsonPrimitive("yesterday"));

            JiraIncident incident = Clients.against(jira, new ManualTime())
                    .incident(IssueKey.parse(key).orElseThrow(), List.of("not a field id!", "customfield_1")).orElseThrow();

            assertEquals(Optional.empty(), incident.resolved());
            assertEquals(Optional.empty(), incident.priority());
            assertTrue(incident.warnings().get(0).contains("resolutiondate"), incident.warnings().toString());
            assertTrue(incident.comments().get(0).body().length() <= 2_001, "a long comment is cut");
            assertEquals("summary,priority,status,created,resolutiondate,assignee,reporter,issuelinks,customfield_1",
                    jira.last(Endpoint.ISSUE).query().get("fields"));
        }
    }
}
