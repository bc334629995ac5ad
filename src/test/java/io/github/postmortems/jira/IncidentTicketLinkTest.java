package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incident ticket a page names is linked to the new issues only when the person pressing the button can read it
 * in Jira as themselves, or when it lies in the postmortems' project: a key typed as "incident" must not let an
 * editor write links onto an issue they cannot see, with the app's identity.
 */
class IncidentTicketLinkTest {

    private static final long PAGE = CreateJiraIssuesTest.PAGE;

    private FakeJira jira;
    private final ManualTime time = new ManualTime();

    @BeforeEach
    void start() {
        jira = FakeJira.start().project("OPS", "Task").project("INC", "Incident");
        for (int incident = 1; incident <= 42; incident++) {
            jira.existingIssue("INC", "Incident " + incident); // the sample page names INC-42 as its incident
        }
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void aTokenThatCannotActAsTheUserLinksNoIncidentOutsideThePostmortemProject() {
        JiraClient app = Clients.against(jira, time);

        RowOutcome created = pressForTheSecondRow(new FixedConnections(app));

        assertEquals(RowOutcome.Kind.CREATED, created.kind());
        assertEquals(List.of(), jira.issueLinks());
        assertTrue(created.notes().stream().anyMatch(n -> n.message().equals("postmortems.jira.note.incident-unreadable")),
                created.notes().toString());
    }

    @Test
    void aUserWhoCannotReadTheIncidentTicketGetsNoLinkToIt() {
        // Jira as this user sees it: the postmortems' project, and no INC-42 (missing or forbidden look the same).
        try (FakeJira asTheUserSeesIt = FakeJira.start().project("OPS", "Task")) {
            JiraClient asUser = Clients.against(asTheUserSeesIt, time);

            RowOutcome created = pressForTheSecondRow(new ImpersonatingConnections(asUser, asUser));

            assertEquals(RowOutcome.Kind.CREATED, created.kind());
            assertEquals(0, asTheUserSeesIt.requests(Endpoint.ISSUE_LINK), "no link is even asked for");
            assertTrue(created.notes().stream()
                    .anyMatch(n -> n.message().equals("postmortems.jira.note.incident-unreadable")),
                    created.notes().toString());
        }
    }

    @Test
    void aUserWhoCanReadTheIncidentTicketGetsItLinked() {
        JiraClient asUser = Clients.against(jira, time);

        RowOutcome created = pressForTheSecondRow(new ImpersonatingConnections(asUser, asUser));

        assertEquals(RowOutcome.Kind.CREATED, created.kind());
        assertTrue(jira.issueLinks().stream().anyMatch(link -> link.toString().contains("INC-42")),
                jira.issueLinks().toString());
    }

    private RowOutcome pressForTheSecondRow(JiraConnections connections) {
        InMemoryPages pages = new InMemoryPages().page(PAGE, "Postmortem", CreateJiraIssuesTest.sample("full-page.xml"));
        CreateJiraIssues create = new CreateJiraIssues(pages, user -> Optional.empty(), connections,
                new FixedSettings(CreateJiraIssuesTest.SETTINGS), new InMemoryCreationLedger(),
                new InMemoryTrackedIssues(), new StorageReader(), time);
        String rowId = create.plan(PAGE).get(1).rowId();
        return create.create(PAGE, rowId, CreateJiraIssuesTest.ENGLISH);
    }
}
