package io.github.postmortems.automation;

import io.github.postmortems.automation.PostmortemPages.SpaceAccess;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The use case with the real Jira client over loopback against the fake Jira; pages and claims in memory. */
class PostmortemFromIncidentTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UserRef CALLER = new UserRef.ByKey("8a7f808a7b1c2d3e");

    private FakeJira jira;
    private String key;
    private final InMemoryIncidentPages ledger = new InMemoryIncidentPages();
    private final InMemoryPostmortemPages pages = new InMemoryPostmortemPages()
            .space("OPS", SpaceAccess.CREATE).space("DOCS", SpaceAccess.READ_ONLY);
    private final List<Long> logged = new ArrayList<>();

    @BeforeEach
    void incident() {
        jira = FakeJira.start().project("OPS", "Incident")
                .user("ana", "Ana Ops", "ana@example.com").user("bo", "Bo Dev", "bo@example.com")
                .user("cy", "Cy Support", "cy@example.com");
        key = jira.incident("OPS", "Checkout fails for card payments", "ana", "High", CREATED);
        jira.change(key, CREATED.plusSeconds(300), "ana", "status", "In Progress")
                .change(key, CREATED.plusSeconds(420), "ana", "assignee", "bo")
                .change(key, CREATED.plusSeconds(600), "bo", "priority", "Highest")
                .change(key, CREATED.plusSeconds(3600), "bo", "status", "Done");
    }

    @AfterEach
    void close() {
        jira.close();
    }

    private DraftFromIncident drafts(String user) {
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(),
                FakeJira.tokenFor(user), new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))),
                RetryPolicy.noRetries()));
        return DraftFromIncident.withMappings(new ImpersonatingConnections(client, client),
                new FixedSettings(new JiraSettings(new JiraSettings.Connection.ApplicationLink("link"), "OPS", "Task",
                        Map.of(), null, "")), () -> IncidentSettings.defaults("OPS"));
    }

    private PostmortemFromIncident as(String user, Clock clock, Duration patience) {
        return new PostmortemFromIncident(drafts(user), ledger, pages, new PostmortemFromIncident.Collaborators(
                () -> Optional.of(CALLER), (pageId, creator) -> logged.add(pageId), clock, patience));
    }

    private PostmortemFromIncident as(String user) {
        return as(user, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
    }

    private static Postmortem read(String storage, ZoneId zone) {
        return new StorageReader().readPage(storage, ReadingContext.inZone(zone)).details().orElseThrow();
    }

    @Test
    void createsThePostmortemDraftedFromTheIncidentUnderItsTitle() {
        AutomationOutcome outcome = as("cy").create("OPS", key, BERLIN, BundleMessages.english());

        PageRef page = assertInstanceOf(AutomationOutcome.Created.class, outcome).page();
        InMemoryPostmortemPages.Created created = pages.created().get(0);
        assertEquals(page.id(), created.id());
        assertEquals("Postmortem: Checkout fails for card payments (2026-11-28)", created.title(),
                "the start date in the page's zone");
        Postmortem read = read(created.storage(), ZoneOffset.UTC);
        assertEquals("SEV1", read.severity().code(), "Highest, the priority now");
        assertEquals(BERLIN, read.times().zone());
        assertEquals(CREATED, read.times().start());
        assertEquals(Optional.of(CREATED.plusSeconds(300)), read.times().at(Milestone.DETECT));
        assertEquals(Optional.of(CREATED.plusSeconds(3600)), read.times().at(Milestone.END));
        assertEquals(Optional.of(new UserRef.ByUsername("bo")), read.meeting().contactIfSet(), "the assignee");
        assertEquals(Optional.of(new UserRef.ByUsername("ana")), read.meeting().facilitatedByIfSet(),
                "the reporter");
        assertEquals(Optional.of(CALLER), read.meeting().createdByIfSet());
        assertEquals(IssueKey.parse(key), read.incidentIssueIfSet());
        assertEquals(List.of(page.id()), logged, "the creation log hears of it as of a wizard's page");
    }

    @Test
    void theAutomatedPageCarriesTheHistoryMarkedFromJiraAndRemembersItsRowsAsDrafted() {
        Map<Long, Map<String, String>> remembered = new HashMap<>();
        DraftedRowMemory memory = new DraftedRowMemory() {
            @Override
            public void remember(long pageId, Map<String, String> printsBySource) {
                remembered.put(pageId, Map.copyOf(printsBySource));
            }

            @Override
            public Set<String> prints(long pageId) {
                return Set.copyOf(remembered.getOrDefault(pageId, Map.of()).values());
            }
        };
        PostmortemFromIncident automation = new PostmortemFromIncident(drafts("cy"), ledger, pages,
                new PostmortemFromIncident.Collaborators(() -> Optional.of(CALLER), (pageId, creator) -> { },
                        Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, memory));

        PageRef page = assertInstanceOf(AutomationOutcome.Created.class,
                automation.create("OPS", key, BERLIN, BundleMessages.english())).page();

        List<TimelineEntry> rows = new StorageReader().readPage(pages.created().get(0).storage(),
                ReadingContext.inZone(BERLIN)).timeline().stream()
                .map(row -> assertInstanceOf(TimelineRow.Entry.class, row).entry()).toList();
        assertFalse(rows.isEmpty(), "the history is in the page");
        assertTrue(rows.stream().allMatch(TimelineEntry::drafted), "every drafted row carries its From Jira mark");
        assertEquals(rows.size(), remembered.get(page.id()).size(), "and is remembered as drafted");
    }

    @Test
    void aSecondCallAnswersTheSamePageWithoutAskingJiraAgain() {
        PageRef first = ((AutomationOutcome.Created) as("cy").create("OPS", key, BERLIN, BundleMessages.english()))
                .page();
        int requests = jira.requests();

        AutomationOutcome again = as("ana").create("OPS", jira.baseUrl() + "/browse/" + key, ZoneOffset.UTC,
                BundleMessages.english());

        assertEquals(new AutomationOutcome.Existing(first), again);
        assertEquals(1, pages.created().size());
        assertEquals(requests, jira.requests());
    }

    @Test
    void theSameIncidentInAnotherSpaceGetsItsOwnPostmortem() {
        pages.space("SRE", SpaceAccess.CREATE);
        as("cy").create("OPS", key, BERLIN, BundleMessages.english());

        assertInstanceOf(AutomationOutcome.Created.class, as("cy").create("SRE", key, BERLIN,
                BundleMessages.english()));
        assertEquals(2, pages.created().size());
    }

    @Test
    void refusesWhatIsNotAKeyAnUnknownSpaceAndASpaceTheCallerMayOnlyRead() {
        assertEquals(new AutomationOutcome.NotAKey(), as("cy").create("OPS", "checkout is down", BERLIN,
                BundleMessages.english()));
        assertEquals(new AutomationOutcome.UnknownSpace("NOPE"), as("cy").create("NOPE", key, BERLIN,
                BundleMessages.english()));
        assertEquals(new AutomationOutcome.NotPermitted("DOCS"), as("cy").create("DOCS", key, BERLIN,
                BundleMessages.english()));
        assertEquals(List.of(), pages.created());
        assertEquals(0, ledger.size());
        assertEquals(0, jira.requests(), "Jira is not asked for a call that is refused anyway");
    }

    @Test
    void aCallerWhoMayNotReadTheIncidentGetsTheRefusalAndNothingIsKept() {
        jira.restrictTo(key, "ana", "bo");

        AutomationOutcome outcome = as("cy").create("OPS", key, BERLIN, BundleMessages.english());

        assertEquals(new AutomationOutcome.IncidentUnavailable(new DraftOutcome.NotReadable(
                IssueKey.parse(key).orElseThrow())), outcome);
        assertEquals(List.of(), pages.created());
        assertEquals(0, ledger.size(), "the claim is released, so someone who may read it can create it");
        assertInstanceOf(AutomationOutcome.Created.class, as("ana").create("OPS", key, BERLIN,
                BundleMessages.english()));
    }

    @Test
    void jiraDownCreatesNothingAndALaterCallCreatesThePage() {
        jira.failAlways(Endpoint.ISSUE, Fault.status(503));

        AutomationOutcome outcome = as("cy").create("OPS", key, BERLIN, BundleMessages.english());

        assertInstanceOf(DraftOutcome.JiraUnreachable.class,
                assertInstanceOf(AutomationOutcome.IncidentUnavailable.class, outcome).why());
        assertEquals(List.of(), pages.created());
        jira.heal();
        assertInstanceOf(AutomationOutcome.Created.class, as("cy").create("OPS", key, BERLIN,
                BundleMessages.english()));
    }

    @Test
    void aFailedPageCreationReleasesTheClaim() {
        pages.failNextCreate(new IllegalStateException("database went away"));

        assertThrows(IllegalStateException.class, () -> as("cy").create("OPS", key, BERLIN,
                BundleMessages.english()));

        assertEquals(0, ledger.size());
        assertInstanceOf(AutomationOutcome.Created.class, as("cy").create("OPS", key, BERLIN,
                BundleMessages.english()));
    }

    @Test
    void aPostmortemTrashedSinceIsCreatedAgain() {
        PageRef first = ((AutomationOutcome.Created) as("cy").create("OPS", key, BERLIN, BundleMessages.english()))
                .page();
        pages.trash(first.id());

        PageRef second = assertInstanceOf(AutomationOutcome.Created.class, as("cy").create("OPS", key, BERLIN,
                BundleMessages.english())).page();

        assertTrue(second.id() != first.id());
        assertEquals(new AutomationOutcome.Existing(second), as("cy").create("OPS", key, BERLIN,
                BundleMessages.english()));
        assertEquals("Postmortem: Checkout fails for card payments \u00b7 " + key + " (2026-11-28)",
                pages.created().get(1).title(), "the trashed page still holds the first title here");
    }

    @Test
    void aPostmortemOnAPageTheCallerMayNotViewIsNeitherToldNorCreatedAgain() {
        PageRef first = ((AutomationOutcome.Created) as("cy").create("OPS", key, BERLIN, BundleMessages.english()))
                .page();
        pages.restrict(first.id());
        int requests = jira.requests();

        AutomationOutcome again = as("ana").create("OPS", key, BERLIN, BundleMessages.english());

        assertEquals(new AutomationOutcome.Restricted(), again);
        assertEquals(1, pages.created().size(), "no second postmortem");
        assertEquals(requests, jira.requests(), "Jira is not asked again");
    }

    @Test
    void aCallThatFindsAnotherCreatingThePageAnswersBusyOnceItsPatienceIsUsedUp() {
        ledger.claim("OPS", IssueKey.parse(key).orElseThrow(), NOW.minusSeconds(300), NOW.minusSeconds(10));

        AutomationOutcome outcome = as("cy").create("OPS", key, BERLIN, BundleMessages.english());

        assertEquals(new AutomationOutcome.Busy(NOW.minusSeconds(10)), outcome);
        assertEquals(List.of(), pages.created());
    }

    @Test
    void aClaimLeftByACallThatDiedIsTakenOverAfterFiveMinutes() {
        ledger.claim("OPS", IssueKey.parse(key).orElseThrow(), NOW.minusSeconds(900), NOW.minusSeconds(301));

        assertInstanceOf(AutomationOutcome.Created.class, as("cy").create("OPS", key, BERLIN,
                BundleMessages.english()));
    }

    @Test
    void twoConcurrentCallsCreateOnePageAndBothAnswerIt() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<AutomationOutcome>> calls = new ArrayList<>();
            for (String user : List.of("ana", "bo")) {
                PostmortemFromIncident useCase = as(user, Clock.systemUTC(), Duration.ofSeconds(10));
                calls.add(threads.submit(() -> {
                    start.await();
                    return useCase.create("OPS", key, BERLIN, BundleMessages.english());
                }));
            }
            start.countDown();
            AutomationOutcome one = calls.get(0).get(30, TimeUnit.SECONDS);
            AutomationOutcome other = calls.get(1).get(30, TimeUnit.SECONDS);

            assertEquals(1, pages.created().size());
            List<AutomationOutcome> both = List.of(one, other);
            assertEquals(1, both.stream().filter(AutomationOutcome.Created.class::isInstance).count(), both.toString());
            assertEquals(1, both.stream().filter(AutomationOutcome.Existing.class::isInstance).count(), both.toString());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anIncidentWithoutAMappedPriorityGetsTheLeastSeverityAndKeepsItsTitle() {
        String quiet = jira.incident("OPS", "Slow search", "ana", "Trivial-ish", CREATED);

        as("cy").create("OPS", quiet, ZoneOffset.UTC, BundleMessages.english());

        Severity severity = read(pages.created().get(0).storage(), ZoneOffset.UTC).severity();
        assertEquals("SEV4", severity.code());
        assertEquals("Postmortem: Slow search (2026-11-28)", pages.created().get(0).title());
    }
}
