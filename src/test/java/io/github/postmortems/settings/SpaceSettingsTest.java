package io.github.postmortems.settings;

import io.github.postmortems.jira.JiraSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A space's own Jira project, issue type and priorities, over the site's. */
class SpaceSettingsTest {

    private static final JiraSettings SITE = new JiraSettings(
            new JiraSettings.Connection.Token(URI.create("https://jira.example.com"), "token"), "OPS", "Task",
            Map.of("P1", "Highest", "P2", "High"), Duration.ofMinutes(15), "secret-secret-secret");

    @Test
    void whatTheSpaceChoseReplacesTheSitesAndTheRestStaysTheSites() {
        JiraSettings applied = new SpaceSettings("eng", "", Map.of("P2", "Low", "P3", " ")).over(SITE);

        assertEquals("ENG", applied.projectKey());
        assertEquals("Task", applied.issueType(), "no issue type chosen: the site's");
        assertEquals(Map.of("P1", "Highest", "P2", "Low"), applied.priorities(), "P1 the site's, P2 the space's");
        assertEquals(SITE.connection(), applied.connection());
        assertEquals(SITE.syncInterval(), applied.syncInterval());
        assertEquals(SITE.webhookSecret(), applied.webhookSecret());
    }

    @Test
    void aSpaceThatChoseNothingGetsTheSitesSettings() {
        assertTrue(SpaceSettings.none().isEmpty());
        assertEquals(SITE, SpaceSettings.none().over(SITE));
        assertTrue(new SpaceSettings(null, null, null).isEmpty(), "absent members as Gson leaves them");
    }

    @Test
    void namesWhatIsWrongPerField() {
        List<FieldProblem> problems = new SpaceSettings("1OPS", "x".repeat(256), Map.of("P4", "y".repeat(256)))
                .problems();

        assertEquals(List.of("projectKey", "issueType", "priorities.P4"),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), new SpaceSettings("ENG", "Bug", Map.of("P1", "Blocker")).problems());
    }
}
