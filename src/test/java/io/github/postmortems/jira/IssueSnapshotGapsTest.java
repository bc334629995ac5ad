package io.github.postmortems.jira;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issues whose optional fields are missing, null, blank or of another type are read with the rest intact. */
class IssueSnapshotGapsTest {

    private static final IssueSnapshot WHOLE = JiraPayloads.WHOLE;
    /** No faults are injected here: timeouts roomy enough for a first request on a loaded machine. */
    private static final Timeouts ROOMY = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    private FakeJira jira;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task");
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    static List<JiraPayloads.Gap> gaps() {
        return JiraPayloads.gaps();
    }

    @Test
    void theWholeWebhookIssueReadsEveryField() throws JiraUnavailable {
        assertEquals(WHOLE, IssueSnapshotReader.read(JiraPayloads.issue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void anOptionalFieldInAnyShapeLeavesTheRestOfTheIssueIntact(JiraPayloads.Gap gap) throws JiraUnavailable {
        JsonObject issue = JiraPayloads.issue();
        gap.applyTo(issue.getAsJsonObject("fields"));
        List<String> notes = new ArrayList<>();

        IssueSnapshot read = IssueSnapshotReader.read(issue, notes::add);

        assertEquals(gap.expected().apply(WHOLE), read);
        notes.forEach(note -> assertTrue(note.startsWith("OPS-131: "), note));
    }

    @Test
    void everyOptionalFieldLeftOutAtOnceStillReadsTheKeyAndStatus() throws JiraUnavailable {
        JsonObject issue = JiraPayloads.issue();
        JsonObject fields = issue.getAsJsonObject("fields");
        for (String field : List.of("assignee", "reporter", "duedate", "resolution", "resolutiondate", "updated",
                "priority", "issuetype")) {
            fields.remove(field);
        }
        fields.getAsJsonObject("status").remove("statusCategory");

        assertEquals(new IssueSnapshot(WHOLE.key(), "10533", "Done", JiraStatusCategory.undefined(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), IssueSnapshotReader.read(issue));
    }

    @Test
    void anImpossibleDueDateIsReadAsNoneAndTheNoteSaysWhatWasFound() throws JiraUnavailable {
        JsonObject issue = JiraPayloads.issue();
        issue.getAsJsonObject("fields").addProperty("duedate", "2026-13-45");
        List<String> notes = new ArrayList<>();

        IssueSnapshot read = IssueSnapshotReader.read(issue, notes::add);

        assertEquals(Optional.empty(), read.dueDate());
        assertEquals(List.of("OPS-131: duedate '2026-13-45' is not a date Jira writes; read as none"), notes);
    }

    @Test
    void aStatusWrittenAsABareStringIsItsNameWithNoCategory() throws JiraUnavailable {
        JsonObject issue = JiraPayloads.issue();
        issue.getAsJsonObject("fields").addProperty("status", "Done");

        IssueSnapshot read = IssueSnapshotReader.read(issue);

        assertEquals("Done", read.statusName());
        assertEquals(JiraStatusCategory.Kind.UNDEFINED, read.statusCategory().kind());
        assertEquals(WHOLE.assignee(), read.assignee());
    }

    @Test
    void aSearchAnswerWithAnImpossibleDueDateSaysSoInItsWarnings() throws JiraFailure {
        IssueKey key = IssueKey.parse(jira.existingIssue("OPS", "Alert on replica lag")).orElseThrow();
        jira.serveField(key.toString(), "duedate", new JsonPrimitive("2026-13-45"));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                ROOMY), RetryPolicy.noRetries()));

        FoundIssues found = client.findIssues(List.of(key));

        assertEquals("To Do", found.get(key).orElseThrow().statusName());
        assertEquals(List.of(key + ": duedate '2026-13-45' is not a date Jira writes; read as none"), found.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void aSearchAnswerWithTheGapKeepsTheRestOfTheIssue(JiraPayloads.Gap gap) throws JiraFailure {
        IssueKey key = IssueKey.parse(jira.existingIssue("OPS", "Alert on replica lag")).orElseThrow();
        JsonObject fields = JiraPayloads.issue().getAsJsonObject("fields");
        jira.user("jdoe", "John Doe", "john.doe@example.com");
        fields.keySet().forEach(field -> jira.serveField(key.toString(), field, fields.get(field)));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                ROOMY), RetryPolicy.noRetries()));
        IssueSnapshot whole = client.findIssues(List.of(key)).get(key).orElseThrow();

        gap.applyTo(fields);
        if (fields.has(gap.field())) {
            jira.serveField(key.toString(), gap.field(), fields.get(gap.field()));
        } else {
            jira.omitField(key.toString(), gap.field());
        }
        FoundIssues found = client.findIssues(List.of(key));

        assertEquals(gap.expected().apply(whole), found.get(key).orElseThrow());
        assertTrue(found.missing().isEmpty());
    }
}
