package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Tags;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Postmortem summaries for list tests, the screenshots and the benchmark: deterministic, spread over the 14 months
 * before 2026-11-21 across three spaces, every severity and status, with countermeasures in every state.
 */
public final class ListSamples {

    public static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String[] SPACES = {"OPS", "WEB", "DB"};
    private static final String[] WHAT = {"Checkout latency", "Login outage", "Search index lag", "Payment retries",
            "DNS misconfiguration", "Cache stampede", "Certificate expiry", "Queue backlog"};

    private ListSamples() {
    }

    /** Page ids 1..count. */
    public static List<PostmortemSummary> summaries(int count) {
        List<PostmortemSummary> summaries = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            summaries.add(summary(i, SPACES[i % SPACES.length], WHAT[i % WHAT.length] + " #" + i));
        }
        return summaries;
    }

    public static PostmortemSummary summary(long page, String space, String title) {
        int i = (int) page;
        int rank = 1 + (int) ((page * 7) % 5); // 5 = no severity
        Instant start = NOW.minus(Duration.ofHours(7 + (page * 613L) % (420 * 24)));
        Duration detect = Duration.ofMinutes(3 + (page * 13) % 240);
        Duration resolve = Duration.ofMinutes(20 + (page * 29) % 900);
        int total = (int) (page % 6);
        int done = total == 0 ? 0 : (int) (page % (total + 1));
        int overdue = Math.min(total - done, (int) (page % 3));
        // The overdue ones fell due before NOW's day; one more open one, if any, falls due a week after it.
        List<LocalDate> due = new java.util.ArrayList<>(java.util.Collections.nCopies(overdue,
                NOW.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1 + page % 5)));
        if (total - done > overdue) {
            due.add(NOW.atZone(ZoneOffset.UTC).toLocalDate().plusWeeks(1));
        }
        PostmortemStatus status = PostmortemStatus.values()[i % PostmortemStatus.values().length];
        return new PostmortemSummary(page, space, title, rank == 5 ? null : "SEV" + rank, rank == 5 ? null : rank,
                status, start, start.plus(detect), start.plus(detect).plus(resolve), detect, resolve, ZoneOffset.UTC,
                null, null, null, new Tags(List.of("postmortem")),
                new CountermeasureCounts(total, total - done, done, done / 2 + (done % 2), DueDates.of(due)), NOW);
    }
}
