package io.github.postmortems.jira;

import com.google.gson.JsonObject;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Create Jira issues" end to end: the real client over real HTTP against the fake Jira on loopback, the page and the
 * ledger in memory. The sample page has three countermeasures; the first already names OPS-101.
 */
class CreateJiraIssuesTest {

    static final long PAGE = 98_305L;
    static final Messages ENGLISH = BundleMessages.english();
    static final JiraSettings SETTINGS = new JiraSettings(new JiraSettings.Connection.Token(
            java.net.URI.create("http://localhost"), "token"), "OPS", "Task", Map.of("P1", "Highest", "P2", "High"),
            Duration.ofMinutes(10), "secret");

    FakeJira jira;
    ManualTime time;
    InMemoryPages pages;
    InMemoryCreationLedger ledger;
    InMemoryTrackedIssues tracked;
    CreateJiraIssues create;
    WriteBackJiraKeys writeBack;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task").project("INC", "Incident");
        jira.user("jdoe", "Jo Doe", "jo.doe@example.com");
        jira.user("alex.s", "Alex Smith", "alex.smith@example.com");
        for (int incident = 1; incident <= 42; incident++) {
            jira.existingIssue("INC", "Incident " + incident); // the sample page names INC-42 as its incident
        }
        time = new ManualTime();
        pages = new InMemoryPages().page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        ledger = new InMemoryCreationLedger();
        tracked = new InMemoryTrackedIssues();
        create = useCase(ledger);
        writeBack = new WriteBackJiraKeys(pages, ledger, new StorageReader(), time);
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    CreateJiraIssues useCase(CreationLedger withLedger) {
        JiraClient client = Clients.against(jira, time);
        // As through an application link: the incident ticket is linked only when the user can read it.
        JiraConnections connections = new ImpersonatingConnections(client, client);
        Directory directory = user -> Map.of(
                "8a7f808a6a1b2c3d016a1b2c3d4e0001", new Directory.Person("jdoe", "Jo Doe", Optional.of("jo.doe@example.com")),
                "8a7f808a6a1b2c3d016a1b2c3d4e0002", new Directory.Person("asmith", "Alex Smith",
                        Optional.of("alex.smith@example.com")))
                .entrySet().stream()
                .filter(e -> user instanceof UserRef.ByKey byKey && byKey.userKey().equals(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
        return new CreateJiraIssues(pages, directory, connections, new FixedSettings(SETTINGS), withLedger, tracked,
                new StorageReader(), time);
    }

    @Test
    void createsOneIssuePerCountermeasureWithoutKeyWithTheAgreedFields() {
        List<RowOutcome> outcomes = pressButton();

        assertEquals(List.of(RowOutcome.Kind.ALREADY_TRACKED, RowOutcome.Kind.CREATED, RowOutcome.Kind.CREATED),
                outcomes.stream().map(RowOutcome::kind).toList());
        assertEquals(2, opsIssues());
        StoredIssue pool = issueFor(outcomes.get(1));
        assertEquals("Make the connection pool reconnect after failover", pool.summary());
        assertEquals(Optional.of("alex.s"), pool.assignee(), "matched by e-mail when the username differs");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 15)), pool.dueDate());
        assertEquals(Optional.of("High"), pool.priority(), "P2 maps to High in the settings");
        assertTrue(pool.labels().containsAll(List.of("postmortem", "postmortem-page-98305")), pool.labels().toString());
        assertTrue(pool.labels().contains(RowIds.rowLabel(new RowRef(PAGE, outcomes.get(1).rowId()))));
        assertTrue(pool.description().contains("|https://wiki.example.com/pages/viewpage.action?pageId=98305]"),
                pool.description());
        assertTrue(pool.description().contains("severity SEV2"), pool.description());
        assertEquals(1, jira.remoteLinks(pool.key()).size(), "a remote link back to the page");
        JsonObject back = jira.remoteLinks(pool.key()).get("io.github.postmortems:page=98305@wiki.example.com");
        assertNotNull(back, "the link's globalId names the page and its Confluence: " + jira.remoteLinks(pool.key()));
        assertEquals("io.github.postmortems", back.getAsJsonObject("application").get("type").getAsString(),
                "our own type, drawn by Jira's default renderer (not Confluence's, whose globalId is appId=...&pageId=...)");
        assertTrue(back.getAsJsonObject("object").get("summary").getAsString().startsWith("SEV2 \u00b7 "),
                back.toString());
        assertTrue(jira.issueLinks().stream().anyMatch(link -> link.toString().contains("INC-42")),
                "relates to the incident issue");
    }

    @Test
    void writesEachNewKeyIntoThePageRightAfterItsCreateWithAComment() {
        List<RowOutcome> outcomes = pressButton();

        List<IssueKey> keys = new StorageReader().readPage(pages.storage(PAGE),
                io.github.postmortems.storage.ReadingContext.inZone(java.time.ZoneOffset.UTC)).countermeasures().stream()
                .map(r -> r.countermeasure().jiraKey()).toList();
        assertEquals(List.of(IssueKey.parse("OPS-101").orElseThrow(), outcomes.get(1).key(), outcomes.get(2).key()), keys);
        assertEquals(3, pages.versionCount(PAGE), "the original and one version per key, saved with its create");
        assertEquals("Added the Jira key of a countermeasure (Postmortems for Confluence & Jira)",
                pages.lastComment(PAGE));
    }

    @Test
    void aSecondPressCreatesNothing() {
        pressButton();
        int before = jira.requests(Endpoint.CREATE_ISSUE);

        List<RowOutcome> again = pressButton();

        assertEquals(before, jira.requests(Endpoint.CREATE_ISSUE));
        assertTrue(again.stream().allMatch(o -> o.kind() == RowOutcome.Kind.ALREADY_TRACKED), again.toString());
        assertEquals(3, pages.versionCount(PAGE));
    }

    @Test
    void tracksEveryRowItTouchedSoTheJobKeepsItsStatusFresh() {
        pressButton();
        assertEquals(3, tracked.byPage(PAGE).size(), "two created and OPS-101 that someone typed");
    }

    @Test
    void createsUnassignedAndSaysSoWhenTheOwnerHasNoJiraUser() {
        pages.edit(PAGE, s -> s.replace("<td><p>Platform team</p></td>", "<td><p>Platform team</p></td>"));
        List<RowOutcome> outcomes = pressButton();
        RowOutcome team = outcomes.get(2);
        assertEquals(Optional.empty(), issueFor(team).assignee());
        assertEquals(List.of("postmortems.jira.note.owner-not-a-user"),
                team.notes().stream().map(RowOutcome.Note::message).toList());
    }

    @Test
    void aFieldJiraRefusesIsReportedOnItsRowAndTheRowStaysRetryable() {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.fieldErrors(Map.of("duedate",
                "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.")));

        List<RowOutcome> outcomes = pressButton();

        RowOutcome refused = outcomes.get(1);
        assertEquals(RowOutcome.Kind.REJECTED, refused.kind());
        assertEquals("Jira refused the issue: duedate: Field 'duedate' cannot be set. It is not on the appropriate "
                + "screen, or unknown.", ENGLISH.text(refused.message(), refused.args().toArray()));
        assertEquals(RowOutcome.Kind.CREATED, outcomes.get(2).kind(), "the other rows still go through");
        assertEquals(RowOutcome.Kind.CREATED, pressButton().get(1).kind(), "pressing again finishes the rest");
        assertEquals(2, opsIssues());
    }

    @Test
    void aTimeoutAfterJiraCreatedTheIssueFindsItInsteadOfCreatingASecond() {
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.resetAfterCommit());

        List<RowOutcome> outcomes = pressButton();

        assertEquals(RowOutcome.Kind.RECOVERED, outcomes.get(1).kind());
        assertEquals(2, opsIssues(), "one issue per row, no duplicate");
        assertEquals(outcomes.get(1).key().toString(), issueFor(outcomes.get(1)).key());
    }

    @Test
    void aCrashBetweenTheJiraCallAndTheRecordIsHealedByTheNextPress() {
        String rowId = create.plan(PAGE).get(1).rowId();
        RowRef row = new RowRef(PAGE, rowId);
        ledger.claim(row, time.instant());
        jira.existingIssue("OPS", "Make the connection pool reconnect after failover", "postmortem",
                RowIds.pageLabel(PAGE), RowIds.rowLabel(row));

        RowOutcome soon = create.create(PAGE, rowId, ENGLISH);
        time.advance(Duration.ofMinutes(10));
        RowOutcome later = create.create(PAGE, rowId, ENGLISH);

        assertEquals(RowOutcome.Kind.RECOVERED, soon.kind(), "the label search finds what the crashed attempt made");
        assertEquals(RowOutcome.Kind.ALREADY_TRACKED, later.kind());
        assertEquals(1, opsIssues());
    }

    @Test
    void aCreateThatLandsAfterJiraSaidItHadNothingIsAdoptedNotCreatedTwice() {
        String rowId = create.plan(PAGE).get(1).rowId();
        RowRef row = new RowRef(PAGE, rowId);
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.reset());

        RowOutcome unanswered = create.create(PAGE, rowId, ENGLISH);
        // The create was still queued in front of Jira (a busy node, a proxy) when the search found nothing; it lands
        // now, after the press has ended.
        jira.existingIssue("OPS", "Make the connection pool reconnect after failover", "postmortem",
                RowIds.pageLabel(PAGE), RowIds.rowLabel(row));
        RowOutcome again = create.create(PAGE, rowId, ENGLISH);

        assertEquals(RowOutcome.Kind.UNCERTAIN, unanswered.kind());
        assertEquals(RowOutcome.Kind.RECOVERED, again.kind());
        assertEquals(1, opsIssues(), "the late issue is the row's only issue");
    }

    @Test
    void anUnansweredCreateThatNeverLandsIsCreatedOnceTheClaimIsStale() {
        String rowId = create.plan(PAGE).get(1).rowId();
        jira.failNext(Endpoint.CREATE_ISSUE, 1, Fault.reset());

        RowOutcome unanswered = create.create(PAGE, rowId, ENGLISH);
        RowOutcome soon = create.create(PAGE, rowId, ENGLISH);
        time.advance(CreateJiraIssues.STALE_CLAIM.plusSeconds(1));
        RowOutcome later = create.create(PAGE, rowId, ENGLISH);

        assertEquals(RowOutcome.Kind.UNCERTAIN, unanswered.kind());
        assertEquals(RowOutcome.Kind.IN_PROGRESS, soon.kind(), "too early to be sure nothing is on its way");
        assertEquals(RowOutcome.Kind.CREATED, later.kind());
        assertEquals(1, opsIssues());
    }

    @Test
    void anAbandonedClaimWithNothingInJiraIsTakenOverOnceItIsStale() {
        String rowId = create.plan(PAGE).get(1).rowId();
        ledger.claim(new RowRef(PAGE, rowId), time.instant());

        assertEquals(RowOutcome.Kind.IN_PROGRESS, create.create(PAGE, rowId, ENGLISH).kind());
        time.advance(CreateJiraIssues.STALE_CLAIM.plusSeconds(1));
        assertEquals(RowOutcome.Kind.CREATED, create.create(PAGE, rowId, ENGLISH).kind());
        assertEquals(1, opsIssues());
    }

    @Test
    void twoPeoplePressingAtOnceCreateOneIssuePerRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<RowOutcome>>> presses = new ArrayList<>();
        for (int person = 0; person < 4; person++) {
            presses.add(pool.submit(() -> {
                start.await();
                return pressButton();
            }));
        }
        start.countDown();
        for (Future<List<RowOutcome>> press : presses) {
            press.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(2, opsIssues(), "four presses, still one issue per row");
        assertEquals(2, jira.issues().stream().filter(i -> i.project().equals("OPS")).map(i -> i.labels().stream()
                .filter(l -> l.startsWith("postmortem-row-")).findFirst().orElseThrow()).distinct().count());
    }

    @Test
    void aTypoFixedRightAfterTheCreateDoesNotLeadToASecondIssue() {
        String rowId = create.plan(PAGE).get(1).rowId();
        RowOutcome created = create.create(PAGE, rowId, ENGLISH);

        pages.edit(PAGE, s -> s.replace("reconnect after failover", "reconnect after a failover"));
        List<RowOutcome> again = pressButton();

        assertEquals(RowOutcome.Kind.CREATED, created.kind());
        assertEquals(created.key(), again.get(1).key(), "the key was in the page before the edit: " + again);
        assertEquals(2, opsIssues(), "one issue per row, the edited one included");
    }

    @Test
    void anIssueWhoseRowChangedBeforeItsKeyReachedThePageStopsCreationUntilItIsPlaced() {
        String rowId = create.plan(PAGE).get(1).rowId();
        CreateJiraIssues crashingOnSave = new CreateJiraIssues(new Pages() {
            @Override
            public Optional<PageContent> read(long pageId) {
                return pages.read(pageId);
            }

            @Override
            public boolean update(long pageId, java.util.function.UnaryOperator<String> edit, String comment) {
                throw new IllegalStateException("the node died while saving the page");
            }
        }, user -> Optional.empty(), new FixedConnections(Clients.against(jira, time)), new FixedSettings(SETTINGS),
                ledger, tracked, new StorageReader(), time);
        IssueKey orphan = null;
        try {
            crashingOnSave.create(PAGE, rowId, ENGLISH);
        } catch (IllegalStateException crash) {
            orphan = ledger.of(new RowRef(PAGE, rowId)).orElseThrow().key();
        }
        pages.edit(PAGE, s -> s.replace("reconnect after failover", "reconnect after a failover"));

        List<RowOutcome> blocked = pressButton();
        UnplacedIssues unplaced = create.unplaced(PAGE);
        String editedRow = create.plan(PAGE).get(1).rowId();
        boolean placed = create.place(PAGE, orphan, editedRow, ENGLISH);
        List<RowOutcome> after = pressButton();

        assertNotNull(orphan, "Jira created the issue before the crash");
        assertEquals(RowOutcome.Kind.NOT_CREATED, blocked.get(1).kind());
        assertEquals("Not created: " + orphan + " was created for a row that has since changed. Place it in its row or"
                + " release it on the board first, so that no second issue is created.",
                ENGLISH.text(blocked.get(1).message(), blocked.get(1).args().toArray()));
        assertEquals(List.of(orphan), unplaced.issues().stream().map(CreationLedger.Creation::key).toList());
        assertTrue(placed);
        assertEquals(orphan, after.get(1).key());
        assertEquals(2, opsIssues(), "the orphan became the edited row's issue; only row 3 got a new one");
        assertTrue(create.unplaced(PAGE).none());
    }

    @Test
    void aReleasedIssueStaysInJiraAndLetsTheChangedRowGetItsOwn() {
        String rowId = create.plan(PAGE).get(1).rowId();
        ledger.claim(new RowRef(PAGE, rowId), time.instant());
        IssueKey orphan = IssueKey.parse(jira.existingIssue("OPS", "Make the connection pool reconnect after failover",
                "postmortem", RowIds.pageLabel(PAGE), RowIds.rowLabel(new RowRef(PAGE, rowId)))).orElseThrow();
        ledger.created(new RowRef(PAGE, rowId), orphan, time.instant());
        pages.edit(PAGE, s -> s.replace("reconnect after failover", "reconnect, and alert, after failover"));

        assertTrue(create.release(PAGE, orphan));
        List<RowOutcome> after = pressButton();

        assertEquals(RowOutcome.Kind.CREATED, after.get(1).kind());
        assertEquals(CreationLedger.State.RELEASED, ledger.of(new RowRef(PAGE, rowId)).orElseThrow().state(),
                "the released issue stays explained by its entry");
    }

    @Test
    void aKeyDeletedFromItsCellIsWrittenAgainWithoutASecondIssue() {
        IssueKey key = pressButton().get(1).key();
        pages.edit(PAGE, s -> s.replace("<p>" + key + "</p>", ""));

        List<RowOutcome> again = pressButton();

        assertEquals(RowOutcome.Kind.ALREADY_TRACKED, again.get(1).kind());
        assertEquals(key, new StorageReader().readPage(pages.storage(PAGE),
                io.github.postmortems.storage.ReadingContext.inZone(java.time.ZoneOffset.UTC)).countermeasures().get(1)
                .countermeasure().jiraKey());
        assertEquals(2, opsIssues());
    }

    @Test
    void aClaimedRowEditedBeforeItsCreateIsGivenUpNotCreatedUnderItsOldText() {
        String rowId = create.plan(PAGE).get(1).rowId();
        CreateJiraIssues editedDuringLookUp = new CreateJiraIssues(pages, user -> {
            // Someone fixes the row's typo while this press looks its owner up.
            pages.edit(PAGE, s -> s.replace("reconnect after failover", "reconnect after a failover"));
            return Optional.empty();
        }, new FixedConnections(Clients.against(jira, time)), new FixedSettings(SETTINGS), ledger, tracked,
                new StorageReader(), time);

        RowOutcome outcome = editedDuringLookUp.create(PAGE, rowId, ENGLISH);

        assertEquals(RowOutcome.Kind.NO_SUCH_ROW, outcome.kind());
        assertEquals(0, opsIssues());
        assertEquals(CreationLedger.State.FAILED, ledger.of(new RowRef(PAGE, rowId)).orElseThrow().state());
    }

    @Test
    void refusesPolitelyWhenJiraIsNotSetUp() {
        CreateJiraIssues unconfigured = new CreateJiraIssues(pages, user -> Optional.empty(), null,
                new FixedSettings(JiraSettings.unconfigured()), ledger, tracked, new StorageReader(), time);
        RowOutcome outcome = unconfigured.create(PAGE, create.plan(PAGE).get(1).rowId(), ENGLISH);
        assertEquals(RowOutcome.Kind.NOT_CONFIGURED, outcome.kind());
        assertEquals(0, jira.requests());
    }

    @Test
    void aRowThatChangedSinceThePageLoadedIsReportedNotGuessed() {
        assertEquals(RowOutcome.Kind.NO_SUCH_ROW, create.create(PAGE, "0000000000000000", ENGLISH).kind());
    }

    @Test
    void createsAnIssueForAnOpenTaskOnlyAndWritesItsKeyIntoTheTaskSoASecondPressCreatesNothing() {
        long tasks = 98_311L;
        pages.page(tasks, "Postmortem: tasks", sample("task-countermeasures.xml"));

        List<CreateJiraIssues.PlannedRow> plan = create.plan(tasks);
        plan.forEach(row -> create.create(tasks, row.rowId(), ENGLISH));
        writeBack.writeBack(tasks, ENGLISH);
        List<CreateJiraIssues.PlannedRow> again = create.plan(tasks);
        again.stream().filter(row -> row.key() == null).forEach(row -> create.create(tasks, row.rowId(), ENGLISH));

        // Row 2 is ticked done without a key: done outside Jira, not offered to the button.
        assertEquals(List.of("Add a timeout budget to checkout calls", "Alert on connection pool saturation"),
                plan.stream().map(CreateJiraIssues.PlannedRow::text).toList());
        assertEquals(1, opsIssues());
        IssueKey created = again.get(0).key();
        assertNotNull(created, "the key was written into the task and read back from it");
        assertEquals(plan.get(0).rowId(), again.get(0).rowId());
        assertTrue(pages.read(tasks).orElseThrow().storage().contains("<ac:parameter ac:name=\"key\">" + created
                + "</ac:parameter></ac:structured-macro></ac:task-body>"));
        assertTrue(create.unplaced(tasks).none());
    }

    List<RowOutcome> pressButton() {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (CreateJiraIssues.PlannedRow row : create.plan(PAGE)) {
            outcomes.add(create.create(PAGE, row.rowId(), ENGLISH));
        }
        writeBack.writeBack(PAGE, ENGLISH);
        return outcomes;
    }

    long opsIssues() {
        return jira.issues().stream().filter(i -> i.project().equals("OPS")).count();
    }

    StoredIssue issueFor(RowOutcome outcome) {
        return jira.issue(outcome.key().toString()).orElseThrow();
    }

    static String sample(String name) {
        try (InputStream in = CreateJiraIssuesTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
