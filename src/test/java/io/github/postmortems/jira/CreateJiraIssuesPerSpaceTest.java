package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
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

    @Test
    void aCountermeasureWithoutADueDateGetsItsSpacesSloDateAndTheRowSaysSo() {
        ManualTime time = new ManualTime(); // 2026-10-04
        String storage = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Countermeasure</th><th>Due</th><th>Priority</th><th>Jira</th></tr>"
                + "<tr><td>Agreed date</td><td><time datetime=\"2026-12-01\" /></td><td>P2</td><td></td></tr>"
                + "<tr><td>No date, urgent</td><td></td><td>P1</td><td></td></tr>"
                + "<tr><td>No date, no priority</td><td></td><td></td><td></td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
        InMemoryPages pages = new InMemoryPages().page(CreateJiraIssuesTest.PAGE, "Postmortem", storage);
        SloPolicyStore slo = new SloPolicyStore() {
            @Override
            public SloPolicy site() {
                return SloPolicy.defaults();
            }

            @Override
            public Optional<SloPolicy> space(String spaceKey) {
                return spaceKey.equals(SPACE) ? Optional.of(new SloPolicy(Map.of("P1", Period.ofDays(10),
                        "P2", Period.ofDays(20), "P3", Period.ofDays(30), "P4", Period.ofDays(45)))) : Optional.empty();
            }

            @Override
            public void saveSite(SloPolicy policy) {
            }

            @Override
            public void saveSpace(String spaceKey, Optional<SloPolicy> policy) {
            }
        };
        CreateJiraIssues create = new CreateJiraIssues(pages, user -> Optional.empty(),
                new FixedConnections(Clients.against(jira, time)), siteAnd("OTHER", null), new InMemoryCreationLedger(),
                new InMemoryTrackedIssues(), new StorageReader(), time, slo);
        List<RowOutcome> outcomes = create.plan(CreateJiraIssuesTest.PAGE).stream()
                .map(row -> create.create(CreateJiraIssuesTest.PAGE, row.rowId(), CreateJiraIssuesTest.ENGLISH))
                .toList();

        Map<String, Optional<LocalDate>> due = new java.util.HashMap<>();
        jira.issues().forEach(issue -> due.put(issue.summary(), issue.dueDate()));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), due.get("Agreed date"), "an agreed date stays");
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), due.get("No date, urgent"), "P1: 10 days in OPS");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 18)), due.get("No date, no priority"), "the most lenient");
        assertEquals(List.of(), outcomes.get(0).notes());
        assertEquals(List.of(RowOutcome.Note.of(CreateJiraIssues.DUE_BY_SLO, "2026-10-14", "P1", "10")),
                outcomes.get(1).notes());
        assertEquals("No due date was agreed: the issue is due 2026-10-14 by the space\u2019s SLO (P1: 10 days).",
                CreateJiraIssuesTest.ENGLISH.text(CreateJiraIssues.DUE_BY_SLO, "2026-10-14", "P1", "10"));
    }
}
