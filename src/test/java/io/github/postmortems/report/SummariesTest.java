package io.github.postmortems.report;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.MeetingDetails;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.Tags;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.Verification;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummariesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final Instant NOW = Instant.parse("2024-06-01T08:00:00Z");
    private static final Priority P1 = Priority.parse("P1").orElseThrow();
    private static final Priority P3 = Priority.parse("P3").orElseThrow();

    private final List<CountermeasureRow> rows = new ArrayList<>();
    private final Map<IssueKey, TrackedIssue> tracked = new HashMap<>();

    @Test
    void aPageWithoutADetailsTableIsNoPostmortem() {
        countermeasure(null, null, null);
        PageReading reading = new PageReading(Optional.empty(), List.of(), rows, List.of());

        assertEquals(Optional.empty(), Summaries.of(1, "OPS", "Notes", reading, tracked, NOW));
    }

    @Test
    void takesTheDetailsTimesAndPeopleFromTheReading() {
        IncidentTimes times = IncidentTimes.startingAt(START, BERLIN)
                .with(Milestone.DETECT, START.plusSeconds(600))
                .with(Milestone.END, START.plusSeconds(4200));
        Postmortem postmortem = new Postmortem(new MeetingDetails("Meeting title", null, new UserRef.Named("Ann"),
                new UserRef.ByKey("k1"), new UserRef.ByUsername("bob")), new Severity("SEV2", 2, "desc"),
                PostmortemStatus.IN_REVIEW, times, null, new Tags(List.of("db", "eu")));

        PostmortemSummary summary = summary(postmortem);

        assertAll(
                () -> assertEquals(42, summary.pageId()),
                () -> assertEquals("OPS", summary.spaceKey()),
                () -> assertEquals("Page title", summary.title()),
                () -> assertEquals("SEV2", summary.severityCode()),
                () -> assertEquals(2, summary.severityRank()),
                () -> assertEquals(PostmortemStatus.IN_REVIEW, summary.status()),
                () -> assertEquals(START, summary.start()),
                () -> assertEquals(START.plusSeconds(600), summary.detected()),
                () -> assertEquals(START.plusSeconds(4200), summary.ended()),
                () -> assertEquals(Duration.ofMinutes(10), summary.timeToDetect()),
                () -> assertEquals(Duration.ofMinutes(60), summary.timeToResolve()),
                () -> assertEquals(BERLIN, summary.zone()),
                () -> assertEquals(new UserRef.ByKey("k1"), summary.createdBy()),
                () -> assertEquals(new UserRef.ByUsername("bob"), summary.facilitatedBy()),
                () -> assertEquals(new UserRef.Named("Ann"), summary.contact()),
                () -> assertEquals(List.of("db", "eu"), summary.tags().values()),
                () -> assertEquals(CountermeasureCounts.NONE, summary.countermeasures()),
                () -> assertEquals(NOW, summary.indexedAt()));
    }

    @Test
    void leavesWhatThePageDoesNotSayEmpty() {
        PostmortemSummary summary = summary(new Postmortem(new MeetingDetails("Meeting title", null, null, null,
                null), null, null, null, null, null));

        assertAll(
                () -> assertNull(summary.severityCode()),
                () -> assertNull(summary.severityRank()),
                () -> assertEquals(PostmortemStatus.DRAFT, summary.status()),
                () -> assertNull(summary.start()),
                () -> assertNull(summary.timeToDetect()),
                () -> assertNull(summary.timeToResolve()),
                () -> assertNull(summary.zone()),
                () -> assertNull(summary.createdBy()),
                () -> assertTrue(summary.tags().isEmpty()));
    }

    @Test
    void timesOutOfOrderGiveNoDuration() {
        IncidentTimes times = IncidentTimes.startingAt(START, BERLIN).with(Milestone.DETECT, START.minusSeconds(60));

        PostmortemSummary summary = summary(withTimes(times));

        assertAll(
                () -> assertNull(summary.timeToDetect()),
                () -> assertNull(summary.timeToResolve()));
    }

    @Test
    void countsDoneFromJiraAndEverythingElseAsOpen() {
        countermeasure(key("OPS-1"), null, P1);
        tracked(key("OPS-1"), StatusCategory.DONE, null, START.plus(Duration.ofDays(3)));
        countermeasure(key("OPS-2"), null, P1);
        tracked(key("OPS-2"), StatusCategory.IN_PROGRESS, null, null);
        countermeasure(key("OPS-3"), null, P1);
        countermeasure(null, null, null);

        assertEquals(new CountermeasureCounts(4, 3, 1, 1, DueDates.NONE),
                summary(withTimes(start())).countermeasures());
    }

    @Test
    void countsATaskTickedOnThePageWithoutAnIssueAsDoneButNotWithinSloAndNeverOverdue() {
        rows.add(new CountermeasureRow(Countermeasure.parsed(1, "Roll back the pool size", null,
                TODAY.minusDays(10), P1, null, null).asTicked(), null, null));

        assertEquals(new CountermeasureCounts(1, 0, 1, 0, DueDates.NONE),
                summary(withTimes(start())).countermeasures());
    }

    @Test
    void closedWithinSloIsJudgedByTheSpacesPolicy() {
        countermeasure(key("OPS-1"), null, P1);
        tracked(key("OPS-1"), StatusCategory.DONE, null, START.plus(Duration.ofDays(10)));
        PageReading reading = new PageReading(Optional.of(withTimes(start())), List.of(), rows, List.of());
        SloPolicy weekly = new SloPolicy(Map.of("P1", Period.ofDays(7), "P2", Period.ofDays(7)));

        assertEquals(1, Summaries.of(42, "OPS", "Page", reading, tracked, NOW).orElseThrow().countermeasures()
                .doneWithinSlo(), "4 weeks by default");
        assertEquals(0, Summaries.of(42, "OPS", "Page", reading, tracked, NOW, weekly).orElseThrow()
                .countermeasures().doneWithinSlo(), "a week in this space");
    }

    @Test
    void aDeclinedCountermeasureIsNeitherOpenNorOverdueNorDoneWhateverJiraSays() {
        Verification declined = new Verification(Verification.Kind.WONT_DO, TODAY.minusDays(3),
                new UserRef.ByKey("k1"), "replaced by the new queue");
        rows.add(new CountermeasureRow(Countermeasure.parsed(1, "Shard the queue", null, TODAY.minusDays(10), P1,
                null, key("OPS-7")), null, null, null, Map.of(), declined));
        tracked(key("OPS-7"), StatusCategory.IN_PROGRESS, TODAY.minusDays(10), null);
        rows.add(new CountermeasureRow(Countermeasure.parsed(2, "Untracked idea", null, TODAY.minusDays(10), P1,
                null, null), null, null, null, Map.of(), declined));
        countermeasure(null, TODAY.minusDays(5), P1);

        CountermeasureCounts counts = summary(withTimes(start())).countermeasures();

        assertEquals(new CountermeasureCounts(1, 1, 0, 0, DueDates.of(List.of(TODAY.minusDays(5)))), counts);
        assertEquals(1, counts.overdue(TODAY));
    }

    @Test
    void keepsTheDueDaysOfOpenCountermeasuresJirasWhenKnownElseThePages() {
        // Page says due long ago, but Jira moved it to the future: not overdue.
        countermeasure(key("OPS-1"), LocalDate.of(2024, 4, 1), P1);
        tracked(key("OPS-1"), StatusCategory.TO_DO, TODAY.plusDays(1), null);
        // Jira has no due date: the page's applies.
        countermeasure(key("OPS-2"), TODAY.minusDays(1), P1);
        tracked(key("OPS-2"), StatusCategory.TO_DO, null, null);
        // Untracked, due today: not overdue yet.
        countermeasure(null, TODAY, P1);
        // Untracked, due yesterday.
        countermeasure(null, TODAY.minusDays(1), P1);
        // Done, due long ago: done is never overdue.
        countermeasure(key("OPS-3"), LocalDate.of(2024, 3, 2), P1);
        tracked(key("OPS-3"), StatusCategory.DONE, LocalDate.of(2024, 3, 2), null);
        // No due date anywhere.
        countermeasure(null, null, null);

        CountermeasureCounts counts = summary(withTimes(start())).countermeasures();
        assertAll(
                () -> assertEquals(new CountermeasureCounts(6, 5, 1, 0, DueDates.of(List.of(TODAY.plusDays(1),
                        TODAY.minusDays(1), TODAY, TODAY.minusDays(1)))), counts),
                () -> assertEquals(2, counts.overdue(TODAY)),
                // Nobody edits the page: two days on, what quietly passed its due day is overdue too.
                () -> assertEquals(4, counts.overdue(TODAY.plusDays(2))));
    }

    @Test
    void doneWithinSloCountsUpToTheLastInstantOfThePrioritysPeriodFromTheStart() {
        Instant fourWeeks = START.plus(Duration.ofDays(28));
        countermeasure(key("OPS-1"), null, P1);
        tracked(key("OPS-1"), StatusCategory.DONE, null, fourWeeks);
        countermeasure(key("OPS-2"), null, P1);
        tracked(key("OPS-2"), StatusCategory.DONE, null, fourWeeks.plusMillis(1));
        countermeasure(key("OPS-3"), null, P3);
        tracked(key("OPS-3"), StatusCategory.DONE, null, START.plus(Duration.ofDays(56)));
        countermeasure(key("OPS-4"), null, P3);
        tracked(key("OPS-4"), StatusCategory.DONE, null, START.plus(Duration.ofDays(56)).plusSeconds(1));

        assertEquals(new CountermeasureCounts(4, 0, 4, 2, DueDates.NONE),
                summary(withTimes(IncidentTimes.startingAt(START, ZoneOffset.UTC))).countermeasures());
    }

    @Test
    void theSloPeriodIsCountedInCalendarDaysOfTheIncidentsZoneAcrossAClockChange() {
        // 2024-03-31 Berlin moves to summer time: eight calendar weeks from 10:00 CET is 10:00 CEST, 1 h less
        // than 56 × 24 h.
        Instant deadline = Instant.parse("2024-04-26T08:00:00Z");
        IncidentTimes times = IncidentTimes.startingAt(Instant.parse("2024-03-01T09:00:00Z"), BERLIN);
        countermeasure(key("OPS-1"), null, P3);
        tracked(key("OPS-1"), StatusCategory.DONE, null, deadline);
        countermeasure(key("OPS-2"), null, P3);
        tracked(key("OPS-2"), StatusCategory.DONE, null, deadline.plusSeconds(1));

        assertEquals(1, summary(withTimes(times)).countermeasures().doneWithinSlo());
    }

    @Test
    void anUnprioritisedCountermeasureGetsTheEightWeekSlo() {
        countermeasure(key("OPS-1"), null, null);
        tracked(key("OPS-1"), StatusCategory.DONE, null, START.plus(Duration.ofDays(50)));

        assertEquals(1, summary(withTimes(start())).countermeasures().doneWithinSlo());
    }

    @Test
    void doneWithoutAResolutionTimeOrWithoutAStartIsNotCountedWithinSlo() {
        countermeasure(key("OPS-1"), null, P1);
        tracked(key("OPS-1"), StatusCategory.DONE, null, null);
        countermeasure(key("OPS-2"), null, P1);
        tracked(key("OPS-2"), StatusCategory.DONE, null, START.plusSeconds(1));

        assertAll(
                () -> assertEquals(new CountermeasureCounts(2, 0, 2, 1, DueDates.NONE),
                        summary(withTimes(start())).countermeasures()),
                () -> assertEquals(new CountermeasureCounts(2, 0, 2, 0, DueDates.NONE),
                        summary(withTimes(null)).countermeasures()));
    }

    @Test
    void fallsBackToTheMeetingTitleWhenThePageTitleIsUnknown() {
        PageReading reading = new PageReading(Optional.of(withTimes(null)), List.of(), rows, List.of());

        assertEquals("Meeting title",
                Summaries.of(1, "OPS", " ", reading, tracked, NOW).orElseThrow().title());
    }

    private PostmortemSummary summary(Postmortem postmortem) {
        PageReading reading = new PageReading(Optional.of(postmortem), List.of(), rows, List.of());
        return Summaries.of(42, "OPS", "Page title", reading, tracked, NOW).orElseThrow();
    }

    private static IncidentTimes start() {
        return IncidentTimes.startingAt(START, BERLIN);
    }

    private static Postmortem withTimes(IncidentTimes times) {
        return new Postmortem(new MeetingDetails("Meeting title", null, null, null, null),
                new Severity("SEV1", 1, "desc"), PostmortemStatus.PUBLISHED, times, null, Tags.NONE);
    }

    private void countermeasure(IssueKey key, LocalDate due, Priority priority) {
        rows.add(new CountermeasureRow(Countermeasure.parsed(rows.size() + 1, "Do thing " + rows.size(), null, due,
                priority, null, key), null, null));
    }

    private void tracked(IssueKey key, StatusCategory category, LocalDate due, Instant resolvedAt) {
        tracked.put(key, new TrackedIssue(new RowRef(42, "row" + key.toString().replace("-", "").toLowerCase()), key,
                category.name(), category, null, null, due, resolvedAt, NOW, null));
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }
}
