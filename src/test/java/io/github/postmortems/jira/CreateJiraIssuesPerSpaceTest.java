package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Create Jira issues" on a page of a space that chose its own Jira project, issue type and priorities. */
class CreateJiraIssuesPerSpaceTest {

    /** The space of every page in InMemoryPages. */
    private static final String SPACE = "OPS";

    private final FakeJira jira = FakeJira.start().project("OPS", "Task").project("ENG", "Bug").project("INC", "Incident");

    @AfterEach
    void stop() {
        jira.close();
    }

    /** The site's settings (OPS / Task), and what the space chose in their place. */
    private static JiraSettingsStore siteAnd(String spaceKey, JiraSettings forTheSpace) {
        return new JiraSettingsStore() {
            @Override
            public JiraSettings load() {
                return CreateJiraIssuesTest.SETTINGS;
            }

            @Override
            public void save(JiraSettings settings) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JiraSettings forSpace(String key) {
                return key.equals(spaceKey) ? forTheSpace : load();
            }
        };
    }

    private List<StoredIssue> pressButton(JiraSettingsStore settings) {
        ManualTime time = new ManualTime();
        InMemoryPages pages = new InMemoryPages().page(CreateJiraIssuesTest.PAGE, "Postmortem: checkout outage",
                CreateJiraIssuesTest.sample("full-page.xml"));
        CreateJiraIssues create = new CreateJiraIssues(pages, user -> Optional.empty(),
                new FixedConnections(Clients.against(jira, time)), settings, new InMemoryCreationLedger(),
                new InMemoryTrackedIssues(), new StorageReader(), time);
        for (CreateJiraIssues.PlannedRow row : create.plan(CreateJiraIssuesTest.PAGE)) {
            create.create(CreateJiraIssuesTest.PAGE, row.rowId(), CreateJiraIssuesTest.ENGLISH);
        }
        return jira.issues().stream().filter(issue -> !issue.project().equals("INC")).toList();
    }

    @Test
    void issuesGoToTheProjectTypeAndPrioritiesTheSpaceChose() {
        JiraSettings site = CreateJiraIssuesTest.SETTINGS;
        JiraSettings engineering = new JiraSettings(site.connection(), "ENG", "Bug", Map.of("P2", "Low"),
                site.syncInterval(), site.webhookSecret());

        List<StoredIssue> created = pressButton(siteAnd(SPACE, engineering));

        assertEquals(2, created.size(), created.toString());
        assertEquals(List.of("ENG", "ENG"), created.stream().map(StoredIssue::project).toList());
        assertEquals(List.of("Bug", "Bug"), created.stream().map(StoredIssue::issueType).toList());
        assertEquals(Optional.of("Low"), created.stream().filter(i -> i.priority().isPresent()).findFirst()
                .flatMap(StoredIssue::priority), "P2 maps to Low in this space");
    }

    @Test
    void aSpaceThatChoseNothingUsesTheSitesSettings() {
        List<StoredIssue> created = pressButton(siteAnd("OTHER", null));

        assertEquals(List.of("OPS", "OPS"), created.stream().map(StoredIssue::project).toList());
    }
}
