package io.github.postmortems.bench;

import com.google.gson.JsonParser;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.incident.IncidentDrafter;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraRequest;
import io.github.postmortems.jira.JiraResponse;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraTransport;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Issue 15: drafting a postmortem from an incident with 1,000 history entries and 200 comments. Against the fake Jira
 * over HTTP the draft makes exactly the requests Jira's paging needs (one for the issue with its whole history, one
 * per page of comments). Then, on the recorded answers, our whole processing (the JSON read through the client's
 * bounded parse, the incident read, the draft with its texts) is timed beside Gson parsing the same answers alone:
 * at most 3x the parse, i.e. our own work beyond parsing is at most 2x the parse.
 */
class IncidentDraftBench {

    private static final int CHANGES = 1_000;
    private static final int COMMENTS = 200;
    /** The fake pages comments as Jira DC's resource does, at most this many a page. */
    private static final int COMMENTS_PER_PAGE = 100;
    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
    /** Many iterations: on a shared 2-core machine a short run of one side can meet a quiet moment the other did not. */
    private static final Bench.Plan PLAN = new Bench.Plan(300, Duration.ofSeconds(5), 1_000);
    private static final String[] STATUSES = {"In Progress", "In Review"};

    @Test
    void draftsFromALongIncidentInTheRequestsJirasPagingNeedsAndAtMostThreeTimesTheParse() throws JiraFailure {
        Map<String, JiraResponse> answers = new LinkedHashMap<>();
        IssueKey key;
        try (FakeJira jira = FakeJira.start().project("OPS", "Incident").capCommentsAt(COMMENTS_PER_PAGE)
                .user("ana", "Ana Ops", "ana@example.com").user("bo", "Bo Dev", "bo@example.com")) {
            key = IssueKey.parse(longIncident(jira)).orElseThrow();
            JiraTransport http = RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                    new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))), RetryPolicy.noRetries());
            JiraTransport recording = request -> {
                JiraResponse response = http.send(request);
                answers.put(request.pathAndQuery(), response);
                return response;
            };
            DraftFromIncident draft = new DraftFromIncident(new FixedConnections(new JiraClient(recording)),
                    new FixedSettings(new JiraSettings(new JiraSettings.Connection.ApplicationLink("link"), "OPS",
                            "Task", Map.of(), null, "")));

            IncidentDraft drafted = assertInstanceOf(DraftOutcome.Drafted.class,
                    draft.draft(key.toString(), BundleMessages.english())).draft();

            assertEquals(1, jira.requests(Endpoint.ISSUE), "the issue and its whole history in one request");
            assertEquals(COMMENTS / COMMENTS_PER_PAGE, jira.requests(Endpoint.COMMENTS), "one request a page");
            assertEquals(1 + COMMENTS / COMMENTS_PER_PAGE, jira.requests(), "nothing else is asked");
            assertEquals(COMMENTS, drafted.comments().size());
            assertEquals(CHANGES + CHANGES / 10, drafted.timeline().size(), "a row a change, plus the resolutions");
        }

        List<String> bodies = answers.values().stream().map(JiraResponse::body).toList();
        JiraClient replaying = new JiraClient(request -> answers.get(request.pathAndQuery()));
        Messages english = BundleMessages.english();
        IncidentDrafter drafter = new IncidentDrafter(IncidentSettings.defaults("OPS"), english);
        IssueKey asked = key;

        Bench.Measurement parse = Bench.measure("Gson parses the " + bodies.size() + " answers (floor)", PLAN, () -> {
            int members = 0;
            for (String body : bodies) {
                members += JsonParser.parseString(body).getAsJsonObject().size();
            }
            return members;
        });
        Bench.Measurement ours = Bench.measure("read the incident and draft (" + CHANGES + " changes, " + COMMENTS
                + " comments)", PLAN, () -> {
            try {
                return drafter.draft(replaying.incident(asked, List.of()).orElseThrow()).timeline().size();
            } catch (JiraFailure failure) {
                throw new IllegalStateException(failure);
            }
        });

        new BenchTable("incident-draft", "Issue 15: draft from an incident with " + CHANGES + " changes and " + COMMENTS
                + " comments (" + bodies.size() + " Jira answers, " + bodies.stream().mapToInt(String::length).sum()
                / 1024 + " KiB)")
                .add(parse)
                .add(ours, parse, BenchTable.Target.timesReference(3.0))
                .report();
    }

    /** Ten rounds of: in progress, reassigned, priority changed, ... ; every tenth change resolves and reopens. */
    private static String longIncident(FakeJira jira) {
        String key = jira.incident("OPS", "Checkout fails for card payments", "ana", "High", CREATED);
        String[] people = {"ana", "bo"};
        String[] priorities = {"Highest", "High"};
        for (int i = 0; i < CHANGES; i++) {
            Instant at = CREATED.plusSeconds(30L * (i + 1));
            String author = people[i % 2];
            switch (i % 10) {
                case 0, 3, 6 -> jira.change(key, at, author, "status", STATUSES[(i / 3) % 2]);
                case 1, 4 -> jira.change(key, at, author, "assignee", people[(i / 4) % 2]);
                case 2, 5, 8 -> jira.change(key, at, author, "priority", priorities[(i / 2) % 2]);
                case 7 -> jira.changeOther(key, at, author, "Severity", "SEV2", "SEV1");
                default -> jira.change(key, at, author, "status", "Done");
            }
        }
        for (int i = 0; i < COMMENTS; i++) {
            jira.comment(key, CREATED.plusSeconds(45L * (i + 1)), people[i % 2], "Update " + i + ": "
                    + "error rate at " + (i % 50) + "% after the gateway rollback; watching the dashboards. ".repeat(2));
        }
        return key;
    }
}
