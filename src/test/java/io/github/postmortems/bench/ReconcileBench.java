package io.github.postmortems.bench;

import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.FoundIssues;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5: reconcile 5,000 tracked issues with Jira (the fake Jira on loopback, over real HTTP), counting the HTTP
 * requests and timing the pass, beside a naive pass that asks Jira about one issue per request, in the same run.
 * Targets: at most 50 requests, and at least 50 times fewer than the naive way.
 */
class ReconcileBench {

    private static final int ISSUES = 5_000;
    private static final int MAX_REQUESTS = 50;
    private static final int MIN_FEWER = 50;
    private static final Bench.Plan PASSES = new Bench.Plan(1, Duration.ZERO, 5);

    @Test
    void reconcilesFiveThousandIssuesInAtMostFiftyRequests() {
        try (FakeJira jira = FakeJira.start().project("OPS", "Task")) {
            InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
            for (int i = 0; i < ISSUES; i++) {
                String key = jira.existingIssue("OPS", "Countermeasure " + i, "postmortem");
                tracked.save(TrackedIssue.justLinked(new RowRef(10_000 + i / 5, "row" + i), IssueKey.parse(key)
                        .orElseThrow()));
            }
            JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(),
                    FakeJira.TOKEN, new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))), RetryPolicy.noRetries()));
            ReconcileTrackedIssues reconcile = new ReconcileTrackedIssues(tracked, new FixedConnections(client),
                    Clock.systemUTC());

            int before = jira.requests();
            ReconcileTrackedIssues.Report report = reconcile.reconcileAll();
            int batched = jira.requests() - before;
            assertEquals(ISSUES, report.updated(), "every tracked issue was brought up to date");

            before = jira.requests();
            int updated = naive(tracked, client);
            int oneByOne = jira.requests() - before;
            assertEquals(ISSUES, updated, "the naive pass does the same work");

            Bench.Measurement batchedTime = Bench.measure("reconcile 5,000: key in (...) batches of 100", PASSES,
                    reconcile::reconcileAll);
            Bench.Measurement naiveTime = Bench.measure("reconcile 5,000, naive: one request per issue", PASSES,
                    () -> naive(tracked, client));

            report(batched, oneByOne, batchedTime, naiveTime, jira.requests(Endpoint.SEARCH));
        }
    }

    /** What a reconcile written without care would do: ask Jira about each issue on its own. */
    private static int naive(InMemoryTrackedIssues tracked, JiraClient client) {
        List<IssueKey> keys = new ArrayList<>();
        tracked.forEachBatchOfKeys(ISSUES, keys::addAll);
        int updated = 0;
        for (IssueKey key : keys) {
            try {
                FoundIssues found = client.findIssues(List.of(key));
                updated += found.issues().size();
            } catch (JiraFailure failure) {
                throw new IllegalStateException("the fake Jira failed during the naive pass", failure);
            }
        }
        return updated;
    }

    private static void report(int batched, int oneByOne, Bench.Measurement batchedTime, Bench.Measurement naiveTime,
                               int searches) {
        double fewer = (double) oneByOne / batched;
        boolean met = batched <= MAX_REQUESTS && fewer >= MIN_FEWER;
        String table = String.join("\n",
                "| approach | HTTP requests | median ms | requests: naive/this | time: naive/this | target | verdict |",
                "| --- | ---: | ---: | ---: | ---: | --- | --- |",
                row("naive: one request per issue", oneByOne, naiveTime.medianMillis(), "", "", "", ""),
                row("key in (...), 100 keys a request", batched, batchedTime.medianMillis(),
                        String.format(Locale.ROOT, "%.1fx", fewer),
                        String.format(Locale.ROOT, "%.1fx", naiveTime.medianMillis() / batchedTime.medianMillis()),
                        "<= " + MAX_REQUESTS + " requests, >= " + MIN_FEWER + "x fewer", met ? "met" : "MISSED"));
        String text = "## Issue 5: reconcile 5,000 tracked issues with Jira\n\n"
                + "Fake Jira on loopback, real HTTP; " + searches + " search requests in the whole run. Median of "
                + batchedTime.nanos().length + " passes each after a warm-up pass.\n\n" + table + "\n";
        System.out.println();
        System.out.println(text);
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("reconcile.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!met) {
            throw new AssertionError("benchmark target missed: " + batched + " requests, " + fewer + "x fewer");
        }
    }

    private static String row(String name, int requests, double median, String requestRatio, String timeRatio,
                              String target, String verdict) {
        return "| " + name + " | " + requests + " | " + String.format(Locale.ROOT, "%.1f", median) + " | "
                + requestRatio + " | " + timeRatio + " | " + target + " | " + verdict + " |";
    }

}
