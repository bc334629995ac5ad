package io.github.postmortems.jira;

import com.google.gson.JsonObject;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.RecordedRequest;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIssuesTest {

    private final ManualTime time = new ManualTime();
    private FakeJira jira;
    private JiraClient client;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task").user("jsmith", "Jane Smith", "jane@example.com");
        client = Clients.against(jira, time);
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    private List<IssueKey> issues(int count) {
        return IntStream.range(0, count).mapToObj(i -> key(jira.existingIssue("OPS", "Issue " + i))).toList();
    }

    @Test
    void readsStatusCategoryAssigneeDueDateAndResolution() throws JiraFailure {
        IssueKey open = client.createIssue(NewIssue.in("OPS", "Task", "Open one").assignedTo("jsmith")
                .due(LocalDate.of(2026, 12, 12))).key();
        IssueKey done = client.createIssue(NewIssue.in("OPS", "Task", "Done one")).key();
        jira.transition(done.toString(), "Done");

        FoundIssues found = client.findIssues(List.of(open, done));

        IssueSnapshot first = found.get(open).orElseThrow();
        assertEquals("To Do", first.statusName());
        assertEquals(JiraStatusCategory.Kind.TO_DO, first.statusCategory().kind());
        assertEquals("blue-gray", first.statusCategory().colorName());
        assertEquals(Optional.of(new Assignee("jsmith", "Jane Smith")), first.assignee());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 12)), first.dueDate());
        assertTrue(first.resolved().isEmpty());
        assertTrue(first.updated().isPresent());
        IssueSnapshot second = found.get(done).orElseThrow();
        assertEquals("Done", second.statusName());
        assertTrue(second.statusCategory().isDone());
        assertEquals("green", second.statusCategory().colorName());
        assertTrue(second.resolved().isPresent());
        assertTrue(second.assignee().isEmpty());
    }

    @Test
    void asksByIssueKeyForOnlyTheNeededFieldsWithoutStrictValidation() throws JiraFailure {
        List<IssueKey> keys = issues(2);

        client.findIssues(keys);

        JsonObject body = jira.last(Endpoint.SEARCH).json();
        assertEquals("issuekey in (\"OPS-1\", \"OPS-2\")", body.get("jql").getAsString());
        assertEquals("[\"status\",\"assignee\",\"duedate\",\"resolutiondate\",\"updated\"]",
                body.get("fields").toString());
        assertEquals(false, body.get("validateQuery").getAsBoolean());
        assertEquals(100, body.get("maxResults").getAsInt());
        assertEquals(0, body.get("startAt").getAsInt());
    }

    @Test
    void batches250KeysIntoThreeRequestsOfAtMost100() throws JiraFailure {
        List<IssueKey> keys = issues(250);

        FoundIssues found = client.findIssues(keys);

        assertEquals(250, found.issues().size());
        assertTrue(found.missing().isEmpty());
        List<RecordedRequest> searches = jira.received(Endpoint.SEARCH);
        assertEquals(3, searches.size());
        assertEquals(List.of(100, 100, 50), searches.stream().map(SearchIssuesTest::keysAsked).toList());
    }

    private static int keysAsked(RecordedRequest search) {
        return search.json().get("jql").getAsString().split(",").length;
    }

    @Test
    void asksForEachKeyOnceEvenWhenThePageNamesItTwice() throws JiraFailure {
        List<IssueKey> keys = issues(2);

        FoundIssues found = client.findIssues(List.of(keys.get(0), keys.get(1), keys.get(0)));

        assertEquals(2, found.issues().size());
        assertEquals(2, keysAsked(jira.last(Endpoint.SEARCH)));
    }

    @Test
    void reportsDeletedIssuesAsMissingAndStillReadsTheOthers() throws JiraFailure {
        List<IssueKey> keys = issues(3);
        jira.delete("OPS-2");

        FoundIssues found = client.findIssues(keys);

        assertEquals(Set.of(key("OPS-1"), key("OPS-3")), found.issues().keySet());
        assertEquals(Set.of(key("OPS-2")), found.missing());
        assertEquals(1, jira.requests(Endpoint.SEARCH));
        assertTrue(found.warnings().get(0).contains("'OPS-2' does not exist"), found.warnings().toString());
    }

    @Test
    void dropsKeysThatJiraSaysDoNotExistWhenItValidatesAnyway() throws JiraFailure {
        jira.validateQueryAlways();
        List<IssueKey> keys = issues(3);
        jira.delete("OPS-1");
        jira.delete("OPS-3");

        FoundIssues found = client.findIssues(keys);

        assertEquals(Set.of(key("OPS-2")), found.issues().keySet());
        assertEquals(Set.of(key("OPS-1"), key("OPS-3")), found.missing());
        assertEquals(2, jira.requests(Endpoint.SEARCH));
    }

    @Test
    void whenEveryKeyIsGoneTheyAreAllMissing() throws JiraFailure {
        jira.validateQueryAlways();
        List<IssueKey> keys = issues(2);
        keys.forEach(k -> jira.delete(k.toString()));

        FoundIssues found = client.findIssues(keys);

        assertTrue(found.issues().isEmpty());
        assertEquals(Set.copyOf(keys), found.missing());
    }

    @Test
    void followsPagesWhenJiraReturnsFewerThanAsked() throws JiraFailure {
        jira.capSearchResultsAt(30);
        List<IssueKey> keys = issues(100);

        FoundIssues found = client.findIssues(keys);

        assertEquals(100, found.issues().size());
        assertEquals(List.of(0, 30, 60, 90), jira.received(Endpoint.SEARCH).stream()
                .map(r -> r.json().get("startAt").getAsInt()).toList());
    }

    @Test
    void noKeysMeansNoRequest() throws JiraFailure {
        FoundIssues found = client.findIssues(List.of());

        assertTrue(found.issues().isEmpty());
        assertEquals(0, jira.requests());
    }

    @Test
    void findsAnIssueCreatedEarlierByAllOfItsLabels() throws JiraFailure {
        jira.existingIssue("OPS", "Other row", "postmortem", "pm-page-1", "pm-row-2");
        String earlier = jira.existingIssue("OPS", "This row", "postmortem", "pm-page-1", "pm-row-3");
        jira.existingIssue("OPS", "Other page", "postmortem", "pm-page-2", "pm-row-3");

        List<IssueSnapshot> found = client.findByLabels(List.of("pm-page-1", "pm-row-3"));

        assertEquals(List.of(key(earlier)), found.stream().map(IssueSnapshot::key).toList());
        assertEquals("labels = \"pm-page-1\" AND labels = \"pm-row-3\" ORDER BY created ASC",
                jira.last(Endpoint.SEARCH).json().get("jql").getAsString());
    }

    @Test
    void aLabelSearchThatMatchesNothingIsEmpty() throws JiraFailure {
        assertTrue(client.findByLabels(List.of("pm-page-404")).isEmpty());
    }
}
