package io.github.postmortems.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.AoCreationLedger;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.StoredIssue;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded runs of two to four people pressing "Create Jira issues" at once on one page, against the real ledger
 * (Active Objects on H2 and on PostgreSQL) and the real client over HTTP to the fake Jira, while Jira misbehaves
 * (rate limits, 5xx, resets before and after it committed, slow and malformed answers, refused fields, a search index
 * that lags behind creates), owner look-ups take longer than the stale-claim time, people fix typos in rows between
 * any two steps, and the server crashes at every step: after claiming, taking over, renewing, before and after
 * recording an issue, before, during and after the page write.
 *
 * <p>After each run, once Jira heals and someone places the issues the board shows as unplaced: every row has
 * exactly one issue and its key in its cell, the project holds no issue that no row or ledger entry explains, no
 * issue had to be released as surplus, and no countermeasure was lost or changed other than by the people editing.
 * Time is a manual clock: nothing sleeps but the fake Jira's slow answers.
 */
class CreateJiraIssuesFaultRunsTest {

    private static final int RUNS_ON_H2 = 100;
    private static final int RUNS_ON_POSTGRES = 100;
    private static final int ROWS = 3;
    // A read timeout well above the slow answers: a create the client gave up on must not land at the fake Jira
    // seconds of real time later, when the manual clock may have jumped minutes (real creates land within seconds).
    private static final Timeouts QUICK = new Timeouts(Duration.ofMillis(300), Duration.ofMillis(150));
    private static final Endpoint[] ENDPOINTS = {Endpoint.CREATE_ISSUE, Endpoint.CREATE_ISSUE, Endpoint.CREATE_ISSUE,
            Endpoint.SEARCH, Endpoint.SEARCH, Endpoint.USER_SEARCH, Endpoint.REMOTE_LINK, Endpoint.ISSUE_LINK};
    private static final String OWNER = "8a7f808a6a1b2c3d016a1b2c3d4e0001";

    /** The fault types a run can meet; each must have happened, or the runs prove nothing about it. */
    private static final List<String> FAULTS = List.of(
            "crash after claim", "crash after take-over", "crash after renewal", "crash before recording the issue",
            "crash after recording the issue", "crash before the page write", "crash during the page write",
            "crash after the page write", "owner look-up past the stale-claim time", "row text edited",
            "search missed a new issue", "Jira reset after committing", "Jira reset before committing",
            "Jira error answer", "Jira slow answer", "Jira malformed answer", "presses at once");

    private static FakeJira jira;

    @BeforeAll
    static void startJira() {
        jira = FakeJira.start();
        jira.user("jdoe", "Jo Doe", "jo.doe@example.com");
    }

    @AfterAll
    static void stopJira() {
        jira.close();
    }

    @Test
    void noRowEverGetsTwoIssuesAndNoneIsLostOnH2AndPostgres() {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> servedBefore = jira.faultsServed();
        int missedBefore = jira.searchesThatMissedAnIssue();
        int runs = 0;
        int duplicates = 0;
        ActiveObjects h2 = TestDatabase.h2().emptied();
        for (int seed = 0; seed < RUNS_ON_H2; seed++, runs++) {
            duplicates += run(seed, h2, counts);
        }

        ActiveObjects postgres = TestDatabase.postgres().emptied();
        for (int seed = RUNS_ON_H2; seed < RUNS_ON_H2 + RUNS_ON_POSTGRES; seed++, runs++) {
            duplicates += run(seed, postgres, counts);
        }
        jira.faultsServed().forEach((fault, n) -> {
            int served = n - servedBefore.getOrDefault(fault, 0);
            String type = fault.contains("ResetAfterCommit") ? "Jira reset after committing"
                    : fault.contains("Reset") ? "Jira reset before committing"
                    : fault.contains("Answer") ? "Jira error answer"
                    : fault.contains("Slow") ? "Jira slow answer" : "Jira malformed answer";
            counts.merge(type, served, Integer::sum);
        });
        counts.merge("search missed a new issue", jira.searchesThatMissedAnIssue() - missedBefore, Integer::sum);

        StringBuilder table = new StringBuilder("fault runs: " + runs + " (H2 " + RUNS_ON_H2 + ", PostgreSQL "
                + RUNS_ON_POSTGRES + "), duplicates found: " + duplicates + "\n");
        counts.forEach((type, n) -> table.append(String.format("  %-45s %6d%n", type, n)));
        System.out.print(table);
        assertEquals(0, duplicates, table.toString());
        for (String fault : FAULTS) {
            assertTrue(counts.getOrDefault(fault, 0) > 0, "never exercised: " + fault + "\n" + table);
        }
    }

    /** @return the issues this run had to release as surplus: duplicates */
    private int run(int seed, ActiveObjects ao, Map<String, Integer> counts) {
        Random random = new Random(seed);
        String project = project(seed);
        jira.heal();
        jira.project(project, "Task");
        ManualTime time = new ManualTime();
        jira.hideNewIssuesFromSearches(Duration.ofSeconds(30 + random.nextInt(60)), time);
        // Its own page per run: issues are found again by page and row labels, across projects, as they should be.
        long page = 300_000L + seed;
        Faults faults = new Faults(random, counts);
        faults.time = time;
        EditedPages pages = new EditedPages(new InMemoryPages().page(page, "Postmortem", storage(seed)), faults);
        CrashingLedger ledger = new CrashingLedger(new AoCreationLedger(ao), faults);
        InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
        TokenTransport http = new TokenTransport(jira.baseUrl(), FakeJira.TOKEN, QUICK);
        JiraClient client = new JiraClient(new RetryingTransport(http, RetryPolicy.defaults(), time, time,
                new Random(seed)), time);
        JiraSettings settings = new JiraSettings(CreateJiraIssuesTest.SETTINGS.connection(), project, "Task", Map.of(),
                Duration.ofMinutes(10), "");
        Directory directory = user -> {
            faults.slowLookUp(time);
            return Optional.of(new Directory.Person("jdoe", "Jo Doe", Optional.of("jo.doe@example.com")));
        };
        CreateJiraIssues create = new CreateJiraIssues(pages, directory, new FixedConnections(client),
                new FixedSettings(settings), ledger, tracked, new StorageReader(), time);
        WriteBackJiraKeys writeBack = new WriteBackJiraKeys(pages, ledger, new StorageReader(), time);

        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            for (int step = 0; step < 3; step++) {
                injectFaults(random);
                int pressers = 2 + random.nextInt(3);
                counts.merge("presses at once", 1, Integer::sum);
                List<Future<?>> presses = new ArrayList<>();
                for (int person = 0; person < pressers; person++) {
                    boolean writesBack = random.nextBoolean();
                    presses.add(people.submit(() -> press(create, writeBack, page, writesBack, faults)));
                }
                for (Future<?> press : presses) {
                    press.get(60, TimeUnit.SECONDS);
                }
                if (random.nextInt(3) == 0) {
                    time.advance(Duration.ofMinutes(random.nextInt(7)));
                }
            }
        } catch (Exception e) {
            throw new AssertionError("run " + seed + ": a press failed", e);
        } finally {
            people.shutdownNow();
        }

        // Jira heals, the server stays up, people stop editing; whoever presses now finishes the page.
        jira.heal();
        faults.stop();
        int released = 0;
        for (int round = 0; round < 4 && !allWritten(pages.storage(page)); round++) {
            time.advance(CreateJiraIssues.STALE_CLAIM.plusMinutes(1));
            press(create, writeBack, page, true, faults);
            released += placeOrRelease(create, page, pages, counts);
        }

        String storage = pages.storage(page);
        List<IssueKey> keys = rows(storage).stream().map(r -> r.countermeasure().jiraKeyIfSet().orElse(null)).toList();
        assertTrue(keys.stream().allMatch(k -> k != null), "run " + seed + ": every row has its key: " + keys);
        assertEquals(ROWS, new HashSet<>(keys).size(), "run " + seed + ": one issue per row: " + keys);
        Set<String> explained = new HashSet<>();
        keys.forEach(k -> explained.add(k.toString()));
        ledger.all(page).stream().filter(c -> c.key() != null).forEach(c -> explained.add(c.key().toString()));
        for (StoredIssue issue : issues(project)) {
            if (!explained.contains(issue.key())) {
                fail("run " + seed + ": " + issue.key() + " is in Jira, but no row or ledger entry explains it\n"
                        + String.join("\n", faults.log) + "\n"
                        + issues(project).stream().map(i -> i.key() + " " + i.labels()).toList() + "\n"
                        + ledger.all(page) + "\n" + RowIds.assign(page, rows(storage).stream()
                        .map(CountermeasureRow::countermeasure).toList()) + "\n" + pages.texts() + texts(storage));
            }
        }
        assertEquals(pages.texts(), texts(storage), "run " + seed + ": no countermeasure was lost or changed");
        return released + issues(project).size() - ROWS;
    }

    private static void press(CreateJiraIssues create, WriteBackJiraKeys writeBack, long page, boolean writesBack,
                              Faults faults) {
        try {
            for (CreateJiraIssues.PlannedRow row : create.plan(page)) {
                if (row.key() == null) {
                    RowOutcome outcome = create.create(page, row.rowId(), CreateJiraIssuesTest.ENGLISH);
                    faults.log(row.rowId().substring(0, 4) + " " + outcome.kind() + " " + outcome.key());
                }
            }
            if (writesBack) {
                writeBack.writeBack(page, CreateJiraIssuesTest.ENGLISH);
            }
        } catch (Crash crash) {
            // The server died mid-press; whatever was written stays written.
        } finally {
            faults.createsDone();
        }
    }

    /**
     * What someone does with the board's "created for a row that has since changed": places it in that row (the
     * person knows which row they edited), or releases it when that row already has its issue: a duplicate.
     */
    private static int placeOrRelease(CreateJiraIssues create, long page, EditedPages pages,
                                      Map<String, Integer> counts) {
        int released = 0;
        for (CreationLedger.Creation unplaced : create.unplaced(page).issues()) {
            List<CountermeasureRow> rows = rows(pages.storage(page));
            List<RowRef> refs = RowIds.assign(page, rows.stream().map(CountermeasureRow::countermeasure).toList());
            int row = pages.rowOnceNamed(unplaced.row().rowId());
            if (row >= 0 && rows.get(row).countermeasure().jiraKeyIfSet().isEmpty()
                    && create.place(page, unplaced.key(), refs.get(row).rowId(), CreateJiraIssuesTest.ENGLISH)) {
                counts.merge("unplaced issue placed on the board", 1, Integer::sum);
            } else if (create.release(page, unplaced.key())) {
                released++;
            }
        }
        return released;
    }

    private static void injectFaults(Random random) {
        for (int i = random.nextInt(4); i > 0; i--) {
            Endpoint endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            jira.failNext(endpoint, 1 + random.nextInt(2), fault(random));
        }
    }

    private static Fault fault(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> Fault.rateLimited("5");
            case 1 -> Fault.status(503);
            case 2 -> Fault.status(500);
            case 3 -> Fault.reset();
            case 4, 5 -> Fault.resetAfterCommit();
            case 6 -> Fault.slow(Duration.ofMillis(40));
            case 7 -> Fault.malformedJson();
            case 8 -> Fault.status(502);
            default -> Fault.fieldErrors(Map.of("duedate", "Field 'duedate' cannot be set."));
        };
    }

    private static String storage(int seed) {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= ROWS; row++) {
            rows.append("<tr><td><p>Countermeasure ").append(row).append(" of run ").append(seed)
                    .append("</p></td><td><p><ac:link><ri:user ri:userkey=\"").append(OWNER)
                    .append("\" /></ac:link></p></td><td><p><time datetime=\"2026-11-01\" /></p></td>")
                    .append("<td><p>P2</p></td><td><p>Prevent</p></td><td></td></tr>");
        }
        return "<ac:structured-macro ac:name=\"countermeasures\" ac:schema-version=\"1\"><ac:rich-text-body><table>"
                + "<thead><tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Priority</th><th>Type</th>"
                + "<th>Jira</th></tr></thead><tbody>" + rows + "</tbody></table></ac:rich-text-body>"
                + "</ac:structured-macro>";
    }

    private static List<StoredIssue> issues(String project) {
        return jira.issues().stream().filter(i -> i.project().equals(project)).toList();
    }

    private static boolean allWritten(String storage) {
        return rows(storage).stream().allMatch(r -> r.countermeasure().jiraKeyIfSet().isPresent());
    }

    private static List<CountermeasureRow> rows(String storage) {
        return new StorageReader().readPage(storage, ReadingContext.inZone(ZoneOffset.UTC)).countermeasures();
    }

    private static List<String> texts(String storage) {
        return rows(storage).stream().map(r -> r.countermeasure().text()).toList();
    }

    /** A fresh project per run, so runs sharing the fake Jira never see each other's issues. */
    private static String project(int seed) {
        StringBuilder key = new StringBuilder("F");
        for (int n = seed; ; n /= 26) {
            key.append((char) ('A' + n % 26));
            if (n < 26) {
                return key.toString();
            }
        }
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    /**
     * The dice of one run, and the clock's one rule: a create in flight (renewed, not yet settled) is never overtaken
     * by a jump of the clock. Real creates end within the client's timeouts, far inside the stale-claim time; a
     * look-up that waits minutes waits for those to land first.
     */
    private static final class Faults {
        private final Random random;
        private final Map<String, Integer> counts;
        private final ReentrantReadWriteLock clock = new ReentrantReadWriteLock();
        private final ThreadLocal<Boolean> inFlight = ThreadLocal.withInitial(() -> false);
        private volatile boolean on = true;
        private int edits;
        final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        ManualTime time;

        void log(String event) {
            log.add((time == null ? "" : time.instant().toString().substring(11, 19)) + " "
                    + Thread.currentThread().getName().replace("pool-", "p") + " " + event);
        }

        Faults(Random random, Map<String, Integer> counts) {
            this.random = random;
            this.counts = counts;
        }

        void stop() {
            on = false;
        }

        synchronized void count(String type) {
            counts.merge(type, 1, Integer::sum);
        }

        void maybeCrash(String step, int oneIn) {
            if (on && random.nextInt(oneIn) == 0) {
                log(step);
                count(step);
                throw new Crash();
            }
        }

        void createInFlight() {
            if (!inFlight.get()) {
                clock.readLock().lock();
                inFlight.set(true);
            }
        }

        void createsDone() {
            if (inFlight.get()) {
                inFlight.set(false);
                clock.readLock().unlock();
            }
        }

        void slowLookUp(ManualTime time) {
            createsDone();
            if (on && random.nextInt(5) == 0) {
                clock.writeLock().lock();
                try {
                    time.advance(CreateJiraIssues.STALE_CLAIM.plusMinutes(1));
                    log("slow look-up");
                    count("owner look-up past the stale-claim time");
                } finally {
                    clock.writeLock().unlock();
                }
            }
        }

        synchronized boolean edit() {
            if (on && edits < 2 && random.nextInt(12) == 0) {
                edits++;
                return true;
            }
            return false;
        }
    }

    /** The page, with people fixing a typo in a row between any two steps and a server that dies while saving. */
    private static final class EditedPages implements Pages {
        private final InMemoryPages pages;
        private final Faults faults;
        private final List<String> texts;
        private final List<Set<String>> ids = new ArrayList<>();

        EditedPages(InMemoryPages pages, Faults faults) {
            this.pages = pages;
            this.faults = faults;
            this.texts = new ArrayList<>();
            pages.read(pagesId(pages)).ifPresent(p -> texts.addAll(CreateJiraIssuesFaultRunsTest.texts(p.storage())));
            texts.forEach(t -> ids.add(new HashSet<>()));
            remember(pagesId(pages));
        }

        /** Every id each row has had: what the person who edited it knows. */
        private void remember(long pageId) {
            List<RowRef> refs = RowIds.assign(pageId, rows(pages.storage(pageId)).stream()
                    .map(CountermeasureRow::countermeasure).toList());
            for (int i = 0; i < refs.size(); i++) {
                ids.get(i).add(refs.get(i).rowId());
            }
        }

        int rowOnceNamed(String rowId) {
            synchronized (texts) {
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i).contains(rowId)) {
                        return i;
                    }
                }
                return -1;
            }
        }

        private static long pagesId(InMemoryPages pages) {
            for (long id = 300_000L; ; id++) {
                if (pages.read(id).isPresent()) {
                    return id;
                }
            }
        }

        @Override
        public Optional<PageContent> read(long pageId) {
            if (faults.edit()) {
                synchronized (texts) {
                    int row = faults.random.nextInt(texts.size());
                    String before = texts.get(row);
                    String after = before + " (typo fixed)";
                    pages.edit(pageId, s -> s.replace("<p>" + before + "</p>", "<p>" + after + "</p>"));
                    texts.set(row, after);
                    remember(pageId);
                    faults.count("row text edited");
                }
            }
            return pages.read(pageId);
        }

        @Override
        public boolean update(long pageId, UnaryOperator<String> edit, String comment) {
            faults.maybeCrash("crash before the page write", 12);
            return pages.update(pageId, storage -> {
                String next = edit.apply(storage);
                if (!next.equals(storage)) {
                    faults.maybeCrash("crash during the page write", 10);
                }
                return next;
            }, comment) && afterWrite();
        }

        private boolean afterWrite() {
            faults.maybeCrash("crash after the page write", 12);
            return true;
        }

        String storage(long pageId) {
            return pages.storage(pageId);
        }

        List<String> texts() {
            synchronized (texts) {
                return List.copyOf(texts);
            }
        }
    }

    /** The real ledger of a server that may die right after any of its writes, or right before recording an issue. */
    private static final class CrashingLedger implements CreationLedger {
        private final CreationLedger store;
        private final Faults faults;

        CrashingLedger(CreationLedger store, Faults faults) {
            this.store = store;
            this.faults = faults;
        }

        @Override
        public Claim claim(RowRef row, Instant now) {
            Claim claim = store.claim(row, now);
            faults.log(row.rowId().substring(0, 4) + " claim " + claim);
            faults.maybeCrash("crash after claim", 10);
            return claim;
        }

        @Override
        public Claim takeOver(RowRef row, int attempt, Instant staleBefore, Instant now) {
            Claim claim = store.takeOver(row, attempt, staleBefore, now);
            faults.log(row.rowId().substring(0, 4) + " takeOver " + attempt + " " + claim);
            if (claim instanceof Claim.Granted) {
                faults.count("claim taken over");
                faults.maybeCrash("crash after take-over", 4);
            }
            return claim;
        }

        @Override
        public boolean renew(RowRef row, int attempt, Instant now) {
            // In flight from before the renewal, so no jump of the clock falls between it and the create.
            faults.createInFlight();
            // Waiting for the lock above let the clock move on: the renewal happens now, not when it was asked for.
            boolean renewed = store.renew(row, attempt, faults.time.instant());
            faults.log(row.rowId().substring(0, 4) + " renew " + attempt + " " + renewed);
            if (!renewed) {
                faults.createsDone();
                faults.count("renewal refused: the claim had been taken over");
                return false;
            }
            faults.maybeCrash("crash after renewal", 10);
            return true;
        }

        @Override
        public IssueKey created(RowRef row, IssueKey key, Instant now) {
            try {
                faults.maybeCrash("crash before recording the issue", 6);
                IssueKey recorded = store.created(row, key, now);
                faults.log(row.rowId().substring(0, 4) + " created " + key + " -> " + recorded);
                faults.maybeCrash("crash after recording the issue", 10);
                return recorded;
            } finally {
                faults.createsDone();
            }
        }

        @Override
        public boolean failed(RowRef row, int attempt, String reason, Instant now) {
            faults.createsDone();
            return store.failed(row, attempt, reason, now);
        }

        @Override
        public void writtenBack(RowRef row, IssueKey key, Instant now) {
            store.writtenBack(row, key, now);
        }

        @Override
        public boolean released(RowRef row, IssueKey key, Instant now) {
            return store.released(row, key, now);
        }

        @Override
        public boolean forgotten(RowRef row, IssueKey key, String reason, Instant now) {
            return store.forgotten(row, key, reason, now);
        }

        @Override
        public Optional<Creation> of(RowRef row) {
            return store.of(row);
        }

        @Override
        public List<Creation> unfinished(long pageId) {
            return store.unfinished(pageId);
        }

        @Override
        public List<Creation> all(long pageId) {
            return store.all(pageId);
        }
    }
}
