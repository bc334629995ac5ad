package io.github.postmortems.jira;

import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 200 seeded runs of people pressing "Create Jira issues" while Jira misbehaves (rate limits, 5xx, resets before and
 * after it committed, slow answers past the client's timeout, malformed JSON, refused fields) and the server crashes
 * between steps. After every press no row has more than one issue; once Jira heals, every row has exactly one issue
 * and its key in the page, and no countermeasure was lost.
 */
class CreateJiraIssuesFaultRunsTest {

    private static final int RUNS = 200;
    private static final Timeouts QUICK = new Timeouts(Duration.ofMillis(200), Duration.ofMillis(100));
    private static final Endpoint[] ENDPOINTS = {Endpoint.CREATE_ISSUE, Endpoint.CREATE_ISSUE, Endpoint.CREATE_ISSUE,
            Endpoint.SEARCH, Endpoint.USER_SEARCH, Endpoint.REMOTE_LINK, Endpoint.ISSUE_LINK};

    private static FakeJira jira;

    @BeforeAll
    static void startJira() {
        jira = FakeJira.start();
    }

    @AfterAll
    static void stopJira() {
        jira.close();
    }

    @Test
    void noRowEverGetsTwoIssuesAndNoneIsLost() {
        int recovered = 0;
        int crashes = 0;
        for (int run = 0; run < RUNS; run++) {
            Run outcome = run(run);
            recovered += outcome.recovered();
            crashes += outcome.crashes();
        }
        // The runs must really have exercised the dangerous paths, or this test proves nothing.
        assertTrue(recovered > 10, "issues found again by label: " + recovered);
        assertTrue(crashes > 50, "crashes between steps: " + crashes);
    }

    private Run run(int seed) {
        Random random = new Random(seed);
        String project = project(seed);
        jira.heal();
        jira.project(project, "Task");
        jira.user("jdoe", "Jo Doe", "jo.doe@example.com");
        ManualTime time = new ManualTime();
        // Its own page per run: issues are found again by page and row labels, across projects, as they should be.
        long page = 200_000L + seed;
        InMemoryPages pages = new InMemoryPages().page(page, "Postmortem", CreateJiraIssuesTest.sample("full-page.xml"));
        CrashingLedger ledger = new CrashingLedger(new InMemoryCreationLedger(), random);
        InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
        TokenTransport http = new TokenTransport(jira.baseUrl(), FakeJira.TOKEN, QUICK);
        JiraClient client = new JiraClient(new RetryingTransport(http, RetryPolicy.defaults(), time, time,
                new Random(seed)), time);
        JiraConnections connections = new FixedConnections(client);
        JiraSettings settings = new JiraSettings(CreateJiraIssuesTest.SETTINGS.connection(), project, "Task", Map.of(),
                Duration.ofMinutes(10), "");
        CreateJiraIssues create = new CreateJiraIssues(pages, user -> Optional.empty(), connections, new FixedSettings(settings),
                ledger, tracked, new StorageReader(), time);
        WriteBackJiraKeys writeBack = new WriteBackJiraKeys(pages, ledger, new StorageReader(), time);
        List<String> texts = texts(pages.storage(page));

        int recovered = 0;
        for (int press = 0; press < 6; press++) {
            injectFaults(random);
            recovered += press(create, writeBack, page, time, random);
            assertAtMostOneIssuePerRow(project, seed);
        }
        jira.heal();
        ledger.stopCrashing();
        for (int press = 0; press < 3 && !allWritten(pages, page); press++) {
            time.advance(CreateJiraIssues.STALE_CLAIM.plusMinutes(1));
            recovered += press(create, writeBack, page, time, random);
        }

        assertAtMostOneIssuePerRow(project, seed);
        assertEquals(2, issues(project).size(), "run " + seed + ": the two rows without a key have one issue each");
        assertTrue(allWritten(pages, page), "run " + seed + ": every key is in the page");
        assertEquals(texts, texts(pages.storage(page)), "run " + seed + ": no countermeasure was lost or changed");
        return new Run(recovered, ledger.crashes());
    }

    private static int press(CreateJiraIssues create, WriteBackJiraKeys writeBack, long page, ManualTime time,
                             Random random) {
        int recovered = 0;
        try {
            for (CreateJiraIssues.PlannedRow row : create.plan(page)) {
                RowOutcome outcome = create.create(page, row.rowId(), CreateJiraIssuesTest.ENGLISH);
                recovered += outcome.kind() == RowOutcome.Kind.RECOVERED ? 1 : 0;
                if (random.nextInt(4) == 0) {
                    time.advance(Duration.ofMinutes(random.nextInt(8)));
                }
            }
            writeBack.writeBack(page, CreateJiraIssuesTest.ENGLISH);
        } catch (Crash crash) {
            // The server died mid-press; whatever was written stays written.
        }
        return recovered;
    }

    private static void injectFaults(Random random) {
        for (int i = random.nextInt(4); i > 0; i--) {
            Endpoint endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            jira.failNext(endpoint, 1 + random.nextInt(2), fault(random));
        }
    }

    private static Fault fault(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> Fault.rateLimited("2");
            case 1 -> Fault.status(503);
            case 2 -> Fault.status(500);
            case 3 -> Fault.reset();
            case 4, 5 -> Fault.resetAfterCommit();
            case 6 -> Fault.slow(Duration.ofMillis(250));
            case 7 -> Fault.malformedJson();
            case 8 -> Fault.status(502);
            default -> Fault.fieldErrors(Map.of("duedate", "Field 'duedate' cannot be set."));
        };
    }

    private static void assertAtMostOneIssuePerRow(String project, int seed) {
        Map<String, Integer> perRow = new HashMap<>();
        for (StoredIssue issue : issues(project)) {
            issue.labels().stream().filter(l -> l.startsWith("postmortem-row-"))
                    .forEach(label -> perRow.merge(label, 1, Integer::sum));
        }
        perRow.forEach((row, count) -> {
            if (count > 1) {
                fail("run " + seed + ": " + count + " issues for " + row);
            }
        });
    }

    private static List<StoredIssue> issues(String project) {
        return jira.issues().stream().filter(i -> i.project().equals(project)).toList();
    }

    private static boolean allWritten(InMemoryPages pages, long page) {
        return new StorageReader().readPage(pages.storage(page), ReadingContext.inZone(ZoneOffset.UTC)).countermeasures()
                .stream().allMatch(r -> r.countermeasure().jiraKeyIfSet().isPresent());
    }

    private static List<String> texts(String storage) {
        return new StorageReader().readPage(storage, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures().stream()
                .map(CountermeasureRow::countermeasure).map(c -> c.text()).toList();
    }

    /** A fresh project per run, so runs sharing the fake Jira never see each other's issues. */
    private static String project(int seed) {
        StringBuilder key = new StringBuilder("R");
        for (int n = seed; ; n /= 26) {
            key.append((char) ('A' + n % 26));
            if (n < 26) {
                return key.toString();
            }
        }
    }

    private record Run(int recovered, int crashes) {
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    /** The ledger of a server that may die right after claiming a row or right before recording its issue. */
    private static final class CrashingLedger implements CreationLedger {
        private final CreationLedger store;
        private final Random random;
        private boolean crashing = true;
        private int crashes;

        CrashingLedger(CreationLedger store, Random random) {
            this.store = store;
            this.random = random;
        }

        void stopCrashing() {
            crashing = false;
        }

        int crashes() {
            return crashes;
        }

        private void maybeCrash() {
            if (crashing && random.nextInt(6) == 0) {
                crashes++;
                throw new Crash();
            }
        }

        @Override
        public Claim claim(RowRef row, Instant now) {
            Claim claim = store.claim(row, now);
            maybeCrash();
            return claim;
        }

        @Override
        public void created(RowRef row, IssueKey key, Instant now) {
            maybeCrash();
            store.created(row, key, now);
        }

        @Override
        public void failed(RowRef row, String reason, Instant now) {
            store.failed(row, reason, now);
        }

        @Override
        public void writtenBack(RowRef row, Instant now) {
            store.writtenBack(row, now);
        }

        @Override
        public Optional<Creation> of(RowRef row) {
            return store.of(row);
        }

        @Override
        public List<Creation> unfinished(long pageId) {
            return new ArrayList<>(store.unfinished(pageId));
        }
    }

}
