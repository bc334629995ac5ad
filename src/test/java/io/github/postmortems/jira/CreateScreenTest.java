package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the client reads about creating issues (project, permission, paged createmeta, priorities) against the fake
 * Jira, and that it agrees with what creating an issue then meets.
 */
class CreateScreenTest {

    private final FakeJira jira = FakeJira.start().project("OPS", "Task");
    private final JiraClient client = Clients.against(jira, new ManualTime());

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void aFieldTheCreateScreenRequiresIsReadAndCreatingWithoutItFails() throws JiraFailure {
        jira.requireOnCreate("OPS", "components", "Components");
        CreateMeta.IssueType task = client.createIssueTypes("OPS").get(0);

        List<CreateMeta.Field> fields = client.createFields("OPS", task.id());

        assertTrue(fields.contains(new CreateMeta.Field("components", "Components", true, false)), fields.toString());
        JiraRejected refused = assertThrows(JiraRejected.class,
                () -> client.createIssue(NewIssue.in("OPS", "Task", "Rotate keys")));
        assertTrue(refused.errors().fieldErrors().containsKey("components"), refused.errors().describe());
    }

    @Test
    void readsEveryPageOfALongCreateScreen() throws JiraFailure {
        for (int i = 0; i < 70; i++) {
            jira.requireOnCreate("OPS", "customfield_" + (10100 + i), "Custom " + i);
        }
        String task = client.createIssueTypes("OPS").get(0).id();

        assertEquals(79, client.createFields("OPS", task).size());
        assertEquals(2, jira.requests(Endpoint.CREATE_META_FIELDS));
    }

    @Test
    void aProjectWeMayNotCreateInIsToldApartFromOneThatDoesNotExist() throws JiraFailure {
        jira.denyCreateIssues("OPS");

        assertEquals("OPS", client.project("OPS").map(CreateMeta.Project::key).orElseThrow());
        assertFalse(client.mayCreateIssues("OPS"));
        assertEquals(List.of(), client.createIssueTypes("OPS"), "createmeta lists nothing we may not create");
        assertEquals(Optional.empty(), client.project("NOPE"));
        assertThrows(JiraRejected.class, () -> client.createIssue(NewIssue.in("OPS", "Task", "Rotate keys")));
    }

    @Test
    void listsProjectsAndPriorities() throws JiraFailure {
        jira.project("WEB", "Story");

        assertEquals(List.of("OPS", "WEB"), client.projects().stream().map(CreateMeta.Project::key).toList());
        assertEquals(List.of("Highest", "High", "Medium", "Low", "Lowest"), client.priorities());
        assertTrue(client.mayCreateIssues("WEB"));
    }
}
