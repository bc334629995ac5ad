package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.testing.Race;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AoTrackedIssues} on a real database; one subclass per database. */
abstract class TrackedIssuesContract {

    private static final Instant SYNCED = Instant.parse("2024-03-01T10:15:30.123Z");

    private ActiveObjects ao;
    private AoTrackedIssues issues;

    abstract TestDatabase database();

    @BeforeEach
    void emptyStore() {
        ao = database().emptied();
        issues = new AoTrackedIssues(ao);
    }

    @Test
    void savesAnIssueAndReadsEveryFieldBackByKey() {
        TrackedIssue saved = new TrackedIssue(row(42, "abcd1234"), key("OPS-142"), "In Review",
                StatusCategory.IN_PROGRESS, "jdoe", "Jane Doe", LocalDate.of(2024, 12, 24),
                Instant.parse("2024-03-02T08:00:00.001Z"), SYNCED, "Jira said no");

        issues.save(saved);

        assertEquals(Optional.of(saved), issues.byKey(key("OPS-142")));
    }

    @Test
    void keepsWhoVouchedForAnIssueWhenASyncSavesItWithoutAVouch() {
        issues.save(TrackedIssue.vouched(row(42, "abcd1234"), key("SEC-5"), TrackedIssue.byUser("8a7f0001")));
        TrackedIssue synced = new TrackedIssue(row(42, "abcd1234"), key("SEC-5"), "Done", StatusCategory.DONE, null,
                null, null, null, SYNCED, null);

        issues.save(synced);

        assertEquals(Optional.of("user:8a7f0001"), issues.byKey(key("SEC-5")).map(TrackedIssue::vouchedBy));
        assertEquals("Done", issues.byKey(key("SEC-5")).orElseThrow().statusName());
    }

    @Test
    void aVouchHoldsForItsPageOnlyNotForAPageTheRecordMovesTo() {
        issues.save(TrackedIssue.vouched(row(42, "abcd1234"), key("SEC-6"), TrackedIssue.byUser("8a7f0001")));

        issues.save(new TrackedIssue(row(43, "efgh5678"), key("SEC-6"), "", StatusCategory.UNKNOWN, null, null, null,
                null, null, null));

        assertEquals(Optional.of(false), issues.byKey(key("SEC-6")).map(TrackedIssue::vouched));
    }

    @Test
    void anIssueNobodyVouchedForReadsBackUnvouchedAndIsNeverPolled() {
        issues.save(new TrackedIssue(row(42, "abcd1234"), key("SEC-7"), "", StatusCategory.UNKNOWN, null, null, null,
                null, null, null));
        issues.save(TrackedIssue.justLinked(row(42, "efgh5678"), key("OPS-7")));

        assertEquals(Optional.of(false), issues.byKey(key("SEC-7")).map(TrackedIssue::vouched));
        List<IssueKey> polled = new ArrayList<>();
        issues.forEachBatchOfKeys(10, polled::addAll);
        assertEquals(List.of(key("OPS-7")), polled);
    }

    @Test
    void forgetsEveryIssueOfARemovedPageAndNoOther() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-1")));
        issues.save(TrackedIssue.justLinked(row(42, "efgh5678"), key("OPS-2")));
        issues.save(TrackedIssue.justLinked(row(43, "abcd1234"), key("OPS-3")));

        issues.forgetPage(42);

        assertEquals(List.of(), issues.byPage(42));
        assertEquals(List.of(key("OPS-3")), issues.byPage(43).stream().map(TrackedIssue::key).toList());
    }

    @Test
    void forgetsThePageIssuesWhoseKeysWereRemovedFromIt() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-1")));
        issues.save(TrackedIssue.justLinked(row(42, "efgh5678"), key("OPS-2")));
        issues.save(TrackedIssue.justLinked(row(43, "abcd1234"), key("OPS-3")));

        issues.forgetOnPageExcept(42, Set.of(key("OPS-2"), key("OPS-3")));

        assertEquals(List.of(key("OPS-2")), issues.byPage(42).stream().map(TrackedIssue::key).toList());
        assertEquals(List.of(key("OPS-3")), issues.byPage(43).stream().map(TrackedIssue::key).toList());
        List<IssueKey> polled = new ArrayList<>();
        issues.forEachBatchOfKeys(10, polled::addAll);
        assertEquals(Set.of(key("OPS-2"), key("OPS-3")), new HashSet<>(polled), "the job polls only what is left");
    }

    @Test
    void savesAnIssueKnownOnlyByKeyWithItsEmptyFieldsIntact() {
        TrackedIssue linked = TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-1"));

        issues.save(linked);

        assertEquals(Optional.of(linked), issues.byKey(key("OPS-1")));
    }

    @Test
    void savingTheSameKeyAgainReplacesTheRecordInsteadOfAddingOne() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-7")));
        TrackedIssue synced = new TrackedIssue(row(43, "efgh5678"), key("OPS-7"), "Done", StatusCategory.DONE,
                null, null, null, SYNCED, SYNCED, null);

        issues.save(synced);

        assertAll(
                () -> assertEquals(Optional.of(synced), issues.byKey(key("OPS-7"))),
                () -> assertEquals(List.of(), issues.byPage(42)),
                () -> assertEquals(List.of(synced), issues.byPage(43)));
    }

    @Test
    void twoNodesSavingTheSameNewIssueAtOnceLeaveOneRecord() throws Exception {
        TrackedIssue fromWebhook = new TrackedIssue(row(42, "abcd1234"), key("OPS-8"), "Done", StatusCategory.DONE,
                null, null, null, SYNCED, SYNCED, null);

        Race.heldAtFirstWrite(ao, racing -> {
            new AoTrackedIssues(racing).save(fromWebhook);
            return fromWebhook.key();
        });

        assertEquals(List.of(fromWebhook), issues.byPage(42));
    }

    @Test
    void findsNothingForAnUnknownKey() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-1")));

        assertEquals(Optional.empty(), issues.byKey(key("OPS-11")));
    }

    @Test
    void listsThePageIssuesInTheOrderTheyWereFirstSaved() {
        TrackedIssue first = TrackedIssue.justLinked(row(42, "row00001"), key("OPS-9"));
        TrackedIssue second = TrackedIssue.justLinked(row(42, "row00002"), key("ABC-1"));
        TrackedIssue elsewhere = TrackedIssue.justLinked(row(7, "row00001"), key("OPS-10"));
        issues.save(first);
        issues.save(elsewhere);
        issues.save(second);

        assertEquals(List.of(first, second), issues.byPage(42));
    }

    @Test
    void listsSeveralPagesIssuesInOneQueryOrderedByPageThenAsSaved() {
        TrackedIssue first = TrackedIssue.justLinked(row(42, "row00001"), key("OPS-9"));
        TrackedIssue second = TrackedIssue.justLinked(row(42, "row00002"), key("ABC-1"));
        TrackedIssue seven = TrackedIssue.justLinked(row(7, "row00001"), key("OPS-10"));
        TrackedIssue other = TrackedIssue.justLinked(row(8, "row00001"), key("OPS-11"));
        issues.save(first);
        issues.save(seven);
        issues.save(other);
        issues.save(second);

        assertEquals(List.of(seven, first, second), issues.byPages(List.of(42L, 7L, 42L)));
        assertEquals(List.of(), issues.byPages(List.of()));
    }

    @Test
    void handsOutEveryKeyExactlyOnceInBatchesOfTheRequestedSize() {
        IntStream.rangeClosed(1, 2_500).forEach(n ->
                issues.save(TrackedIssue.justLinked(row(1 + n % 7, "row" + n + "x"), key("OPS-" + n))));
        List<Integer> sizes = new ArrayList<>();
        List<IssueKey> seen = new ArrayList<>();

        issues.forEachBatchOfKeys(100, batch -> {
            sizes.add(batch.size());
            seen.addAll(batch);
        });

        Set<IssueKey> expected = new HashSet<>();
        IntStream.rangeClosed(1, 2_500).forEach(n -> expected.add(key("OPS-" + n)));
        assertAll(
                () -> assertEquals(25, sizes.size(), "batches"),
                () -> assertTrue(sizes.stream().allMatch(size -> size == 100), "sizes " + sizes),
                () -> assertEquals(2_500, seen.size(), "keys handed out"),
                () -> assertEquals(expected, new HashSet<>(seen)));
    }

    @Test
    void endsWithAShortBatchAndCallsNobodyWhenTheStoreIsEmpty() {
        List<Integer> sizes = new ArrayList<>();
        issues.forEachBatchOfKeys(100, batch -> sizes.add(batch.size()));
        assertEquals(List.of(), sizes);

        IntStream.rangeClosed(1, 250).forEach(n ->
                issues.save(TrackedIssue.justLinked(row(5, "row" + n + "x"), key("OPS-" + n))));
        issues.forEachBatchOfKeys(100, batch -> sizes.add(batch.size()));
        assertEquals(List.of(100, 100, 50), sizes);
    }

    @Test
    void recordingAnErrorKeepsWhatWasKnownBefore() {
        TrackedIssue before = new TrackedIssue(row(42, "abcd1234"), key("OPS-3"), "To Do", StatusCategory.TO_DO,
                "jdoe", "Jane Doe", LocalDate.of(2025, 1, 31), null, SYNCED, null);
        TrackedIssue untouched = TrackedIssue.justLinked(row(42, "efgh5678"), key("OPS-4"));
        issues.save(before);
        issues.save(untouched);

        issues.recordError(List.of(key("OPS-3"), key("OPS-99")), "Jira answered 503", SYNCED.plusSeconds(600));

        assertAll(
                () -> assertEquals(Optional.of(new TrackedIssue(before.row(), before.key(), "To Do",
                        StatusCategory.TO_DO, "jdoe", "Jane Doe", LocalDate.of(2025, 1, 31), null, SYNCED,
                        "Jira answered 503")), issues.byKey(key("OPS-3"))),
                () -> assertEquals(Optional.of(untouched), issues.byKey(key("OPS-4"))),
                () -> assertEquals(Optional.empty(), issues.byKey(key("OPS-99"))));
    }

    @Test
    void recordsAnErrorOnMoreIssuesThanOneQueryLists() {
        List<IssueKey> keys = new ArrayList<>();
        IntStream.rangeClosed(1, 1_200).forEach(n -> {
            keys.add(key("OPS-" + n));
            issues.save(TrackedIssue.justLinked(row(9, "row" + n + "x"), key("OPS-" + n)));
        });

        issues.recordError(keys, "timeout", SYNCED);

        assertTrue(issues.byPage(9).stream().allMatch(issue -> "timeout".equals(issue.lastError())));
    }

    @Test
    void cutsAnErrorLongerThanTheColumnInsteadOfFailing() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-5")));
        String longError = "Field 'duedate' cannot be set. \uD83D\uDE00 ".repeat(100);

        issues.recordError(List.of(key("OPS-5")), longError, SYNCED);

        String stored = issues.byKey(key("OPS-5")).orElseThrow().lastError();
        assertAll(
                () -> assertEquals(450, stored.length()),
                () -> assertTrue(stored.endsWith("…"), stored),
                () -> assertTrue(longError.startsWith(stored.substring(0, 449)), "a prefix of the error"));
    }

    @Test
    void cutsLongNamesFromJiraAndKeepsTheLongestValidKey() {
        IssueKey longest = new IssueKey("P" + "X".repeat(254), 999_999_999_999_999_999L);
        TrackedIssue issue = new TrackedIssue(row(42, "abcd1234"), longest, "S".repeat(300), StatusCategory.TO_DO,
                "u".repeat(300), "N".repeat(300), null, null, null, "e\0rror");

        issues.save(issue);

        TrackedIssue stored = issues.byKey(longest).orElseThrow();
        assertAll(
                () -> assertEquals(longest, stored.key()),
                () -> assertEquals(255, stored.statusName().length()),
                () -> assertEquals(255, stored.assignee().length()),
                () -> assertEquals(255, stored.assigneeName().length()),
                () -> assertEquals("error", stored.lastError()));
    }

    @Test
    void forgetsOneIssueAndKeepsTheOthers() {
        issues.save(TrackedIssue.justLinked(row(42, "abcd1234"), key("OPS-1")));
        issues.save(TrackedIssue.justLinked(row(42, "efgh5678"), key("OPS-2")));

        issues.forget(key("OPS-1"));
        issues.forget(key("OPS-404"));

        assertAll(
                () -> assertEquals(Optional.empty(), issues.byKey(key("OPS-1"))),
                () -> assertEquals(List.of(key("OPS-2")), issues.byPage(42).stream().map(TrackedIssue::key).toList()));
    }

    private static RowRef row(long pageId, String rowId) {
        return new RowRef(pageId, rowId);
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }
}
