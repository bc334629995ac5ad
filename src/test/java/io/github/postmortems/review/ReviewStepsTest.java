package io.github.postmortems.review;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewStepsTest {

    private static final long PAGE = 4711;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-12T09:30:00Z");
    private static final String DETAILS = "<ac:structured-macro ac:name=\"postmortem-details\" ac:schema-version=\"1\">"
            + "<ac:rich-text-body>\n<table><tbody>\n"
            + "<tr><th>Title</th><td>Login slow</td></tr>\n"
            + "<tr><th>Severity</th><td>%s</td></tr>\n"
            + "<tr><th>Status</th><td><p>Draft</p></td></tr>\n"
            + "<tr><th>Start</th><td>2026-11-02 09:15</td></tr>\n"
            + "<tr><th>Detected</th><td>2026-11-02 09:45</td></tr>\n"
            + "<tr><th>End</th><td>2026-11-02 11:15</td></tr>\n"
            + "</tbody></table>\n</ac:rich-text-body></ac:structured-macro>\n";
    private static final String AFTER = "<h2>Summary</h2>\n<p>Logins   took&nbsp;30 s &amp; more.</p>\n"
            + "<ac:structured-macro ac:name=\"countermeasures\" ac:schema-version=\"1\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Jira</th></tr>"
            + "<tr><td>Alert on login latency</td><td></td><td>2026-12-01</td><td>OPS-7</td></tr>"
            + "<tr><td>Runbook for the cache</td><td></td><td></td><td></td></tr>"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro>\n";

    private final Person author = new Person("k-author", "ana", Set.of(), true);
    private final Person lead = new Person("k-lead", "lee", Set.of("leads"), true);
    private final Person second = new Person("k-second", "sam", Set.of("leads"), false);
    private final Person reader = new Person("k-reader", "rob", Set.of(), false);
    private final ApprovalRules leads = new ApprovalRules(Set.of(), Set.of("leads"),
            ApprovalRules.siteDefaults().approvals());

    private final InMemoryReviews.Store store = new InMemoryReviews.Store();
    private final InMemoryReviews.Pages pages = new InMemoryReviews.Pages();
    private final ReviewSteps steps = new ReviewSteps(store, rules(leads), pages, new StorageReader(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static String page(String severity) {
        return String.format(DETAILS, severity) + AFTER;
    }

    private ReviewSteps.Result take(Person by, ReviewStep step) {
        return steps.take(PAGE, by, step, BundleMessages.english(), ZONE);
    }

    private String storage() {
        return pages.storage.get(PAGE);
    }

    @Test
    void requestingReviewWritesTheStatusAndANewApprovalsSectionInOneVersionAndNothingElse() {
        String before = page("SEV3");
        pages.with(PAGE, before, 7);

        ReviewSteps.Result result = take(author, new ReviewStep.RequestReview(List.of("k-lead", "k-second")));

        ReviewSteps.Result.Taken taken = assertInstanceOf(ReviewSteps.Result.Taken.class, result);
        String cell = "<p>Draft</p>";
        int at = before.indexOf(cell);
        String expected = before.substring(0, at) + "<p>In review</p>" + before.substring(at + cell.length())
                + "<h2>Approvals</h2><table><tbody><tr><th>Who</th><th>When</th><th>Page version</th>"
                + "<th>Decision</th><th>Comment</th><th>Told</th></tr>"
                + "<tr><td><p><ac:link><ri:user ri:userkey=\"k-author\" /></ac:link></p></td>"
                + "<td><p>2026-11-12 10:30 Europe/Berlin</p></td><td><p>7</p></td><td><p>Review requested</p></td>"
                + "<td></td><td><p><ac:link><ri:user ri:userkey=\"k-lead\" /></ac:link> "
                + "<ac:link><ri:user ri:userkey=\"k-second\" /></ac:link></p></td></tr></tbody></table>";
        assertAll(
                () -> assertEquals(expected, storage()),
                () -> assertEquals(List.of("Postmortem review requested"), pages.comments, "one new version"),
                () -> assertEquals(8, taken.version()),
                () -> assertEquals(List.of("k-lead", "k-second"), taken.told()),
                () -> assertEquals(PostmortemStatus.IN_REVIEW, store.load(PAGE).review().status()),
                () -> assertEquals(8, store.load(PAGE).writtenVersion()));
    }

    @Test
    void anApprovalAppendsItsRowToTheTableAndChangesNoOtherCharacter() {
        pages.with(PAGE, page("SEV3"), 1);
        take(author, new ReviewStep.RequestReview(List.of("k-lead")));
        String before = storage();

        take(lead, new ReviewStep.Approve("Clear & <fair>"));

        String row = "<tr><td><p><ac:link><ri:user ri:userkey=\"k-lead\" /></ac:link></p></td>"
                + "<td><p>2026-11-12 10:30 Europe/Berlin</p></td><td><p>2</p></td><td><p>Approved</p></td>"
                + "<td><p>Clear &amp; &lt;fair&gt;</p></td>"
                + "<td><p><ac:link><ri:user ri:userkey=\"k-author\" /></ac:link></p></td></tr>";
        String end = "</tr></tbody></table>";
        int tableEnd = before.lastIndexOf(end);
        String expected = (before.substring(0, tableEnd) + "</tr>" + row + "</tbody></table>"
                + before.substring(tableEnd + end.length())).replace("<p>In review</p>", "<p>Approved</p>");
        assertEquals(expected, storage());
        assertEquals(PostmortemStatus.APPROVED, store.load(PAGE).review().status(), "SEV3 needs one approval");
    }

    @ParameterizedTest
    @ValueSource(strings = {"full-page.xml", "german-labels.xml", "status-macros.xml", "entities.xml"})
    void onEverySampleWithAStatusOnlyTheStatusCellAndTheApprovalsSectionChange(String sample) throws Exception {
        String before = new String(getClass().getResourceAsStream("/samples/" + sample).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Optional<io.github.postmortems.storage.SourceSpan> cell = new StorageReader().detailsStatusCell(before);
        if (cell.isEmpty()) {
            return; // a sample without a Status row: refused, tested below
        }
        pages.with(PAGE, before, 3);

        assertInstanceOf(ReviewSteps.Result.Taken.class,
                take(author, new ReviewStep.RequestReview(List.of("k-lead"))));

        String after = storage();
        String head = before.substring(0, cell.get().start());
        String tail = before.substring(cell.get().end());
        assertTrue(after.startsWith(head + "<p>In review</p>" + tail), sample);
        assertTrue(after.substring((head + "<p>In review</p>" + tail).length()).startsWith("<h2>Approvals</h2>"));
    }

    @Test
    void aPageWithoutAStatusRowIsRefusedAndNotWritten() {
        String before = page("SEV3").replace("<tr><th>Status</th><td><p>Draft</p></td></tr>\n", "");
        pages.with(PAGE, before, 1);

        ReviewSteps.Result result = take(author, new ReviewStep.RequestReview(List.of("k-lead")));

        assertEquals(new ReviewSteps.Result.Refused("postmortems.review.refused.no-status-cell"), result);
        assertEquals(before, storage());
        assertEquals(0, store.load(PAGE).sequence());
    }

    @Test
    void refusalsWriteNothingAndSayWhyInTheDomainsWords() {
        pages.with(PAGE, page("SEV3"), 1);
        String before = storage();

        assertAll(
                () -> assertEquals(new ReviewSteps.Result.Refused("postmortems.review.refused.not-an-editor"),
                        take(reader, new ReviewStep.RequestReview(List.of("k-lead")))),
                () -> assertEquals(new ReviewSteps.Result.Refused("postmortems.review.refused.wrong-status"),
                        take(lead, new ReviewStep.Approve(""))),
                () -> assertEquals(new ReviewSteps.Result.Refused("postmortems.review.refused.no-page"),
                        steps.take(1, author, new ReviewStep.Publish(), BundleMessages.english(), ZONE)),
                () -> assertEquals(before, storage()),
                () -> assertTrue(pages.comments.isEmpty()));
    }

    @Test
    void anApprovalRecordedByAnotherApproverMeanwhileIsKeptAndTheStepDecidedAgain() {
        pages.with(PAGE, page("SEV1"), 1);
        take(author, new ReviewStep.RequestReview(List.of("k-lead", "k-second")));
        // The second approver's approval lands between the lead's reading and recording.
        store.before = () -> take(second, new ReviewStep.Approve("ok"));

        ReviewSteps.Result result = take(lead, new ReviewStep.Approve("fine"));

        assertInstanceOf(ReviewSteps.Result.Taken.class, result);
        Review review = store.load(PAGE).review();
        assertAll(
                () -> assertEquals(Set.of("k-second", "k-lead"), review.approvers(), "no approval lost"),
                () -> assertEquals(PostmortemStatus.APPROVED, review.status(), "SEV1 needs two"),
                () -> assertEquals(3, pages.comments.size(), "one version per step, none twice"),
                () -> assertEquals(2, countOf(storage(), "<td><p>Approved</p></td><td>")),
                () -> assertEquals(1, countOf(storage(), "<p>Approved</p></td></tr>\n<tr><th>Start")));
    }

    @Test
    void theFirstApprovalOfASev1KeepsItInReviewAndTheSecondApprovesAndTakesTheSnapshot() {
        pages.with(PAGE, page("SEV1"), 1);
        take(author, new ReviewStep.RequestReview(List.of("k-lead", "k-second")));

        take(lead, new ReviewStep.Approve(""));
        assertEquals(PostmortemStatus.IN_REVIEW, store.load(PAGE).review().status());
        assertEquals("", store.load(PAGE).snapshot());
        take(second, new ReviewStep.Approve(""));

        ReviewStore.Stored stored = store.load(PAGE);
        ApprovalSnapshot snapshot = ApprovalSnapshot.fromJson(stored.snapshot()).orElseThrow();
        assertAll(
                () -> assertEquals(PostmortemStatus.APPROVED, stored.review().status()),
                () -> assertEquals(3, snapshot.pageVersion(), "the version the approver approved"),
                () -> assertEquals(List.of("Alert on login latency", "Runbook for the cache"),
                        snapshot.countermeasures().stream().map(ApprovalSnapshot.Line::text).toList()),
                () -> assertEquals(Map.of(CountermeasureState.COMMITTED, 1, CountermeasureState.PROPOSED, 1),
                        snapshot.counts()),
                () -> assertEquals(30L, snapshot.durations().get("time-to-detect")),
                () -> assertEquals(90L, snapshot.durations().get("time-to-resolve")),
                () -> assertFalse(stored.changedSinceApproval(4), "the approval's own write is no change"));

        pages.edit(PAGE, page -> page.replace("Logins", "Sign-ins"));
        assertTrue(store.load(PAGE).changedSinceApproval(5), "a person's edit after approval is");
        take(author, new ReviewStep.Publish());
        assertEquals(PostmortemStatus.PUBLISHED, store.load(PAGE).review().status());
        assertTrue(storage().contains("<td><p>Published</p></td>"));
        assertEquals(snapshot, ApprovalSnapshot.fromJson(store.load(PAGE).snapshot()).orElseThrow(),
                "publishing keeps the approval's snapshot");
    }

    @Test
    void eachPersonToldIsMentionedOnceInTheRowAndTheActorNever() {
        pages.with(PAGE, page("SEV3"), 1);

        ReviewSteps.Result.Taken taken = (ReviewSteps.Result.Taken) take(author, new ReviewStep.RequestReview(
                List.of("k-lead", " k-lead ", "k-author", "k-second", "k-lead")));

        String told = storage().substring(storage().lastIndexOf("<td>"));
        assertAll(
                () -> assertEquals(List.of("k-lead", "k-second"), taken.told()),
                () -> assertEquals(1, countOf(told, "ri:userkey=\"k-lead\"")),
                () -> assertEquals(1, countOf(told, "ri:userkey=\"k-second\"")),
                () -> assertEquals(0, countOf(told, "ri:userkey=\"k-author\"")));
    }

    @Test
    void hostileKeysAndCommentsAreEscapedIntoTheRow() {
        pages.with(PAGE, page("SEV3"), 1);
        take(author, new ReviewStep.RequestReview(List.of("k\"><script>x</script>")));

        take(lead, new ReviewStep.RequestChanges("</td></tr></tbody></table><script>alert(1)</script>\u0001"));

        assertAll(
                () -> assertFalse(storage().contains("<script>")),
                () -> assertTrue(storage().contains("ri:userkey=\"k&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")),
                () -> assertTrue(storage().contains("&lt;/td&gt;&lt;/tr&gt;")),
                () -> assertEquals(PostmortemStatus.DRAFT, store.load(PAGE).review().status()),
                () -> assertTrue(storage().contains("<p>Draft</p>")));
    }

    /** Notices that send (as mail would) and remember each notice. */
    private static final class Recorded implements ReviewNotices {
        final java.util.List<Notice> sent = new java.util.ArrayList<>();

        @Override
        public boolean sends() {
            return true;
        }

        @Override
        public String name(String userKey) {
            return "Name of " + userKey + " <&>";
        }

        @Override
        public void tell(Notice notice) {
            sent.add(notice);
        }
    }

    @Test
    void whenTheAppSendsTheNoticesEachPersonIsToldOnceAndTheRowNamesThemWithoutMentions() {
        Recorded notices = new Recorded();
        ReviewSteps mailing = new ReviewSteps(store, rules(leads), pages, new StorageReader(),
                Clock.fixed(NOW, ZoneOffset.UTC), notices);
        pages.with(PAGE, page("SEV3"), 1);

        mailing.take(PAGE, author, new ReviewStep.RequestReview(List.of("k-lead", "k-second", "k-lead")),
                BundleMessages.english(), ZONE);
        mailing.take(PAGE, reader, new ReviewStep.Publish(), BundleMessages.english(), ZONE);
        mailing.take(PAGE, lead, new ReviewStep.Approve("ok"), BundleMessages.english(), ZONE);

        int request = storage().indexOf("<p>Review requested</p>");
        String told = storage().substring(request, storage().indexOf("</tr>", request));
        assertAll(
                () -> assertEquals(2, notices.sent.size(), "one notice per step taken, none for the refused one"),
                () -> assertEquals(List.of("k-lead", "k-second"), notices.sent.get(0).people()),
                () -> assertEquals("Login slow", notices.sent.get(0).title()),
                () -> assertEquals(List.of("k-author"), notices.sent.get(1).people(), "the asker hears of it"),
                () -> assertTrue(told.contains("<p>Name of k-lead &lt;&amp;&gt;, Name of k-second &lt;&amp;&gt;</p>"),
                        told),
                () -> assertEquals(0, countOf(told, "ri:userkey=\"k-lead\""), "not told twice: no mention"),
                () -> assertEquals(1, countOf(storage(), "ri:userkey=\"k-lead\""), "only as the approver"));
    }

    @Test
    void aStepDecidedAgainAfterAConflictTellsItsPeopleOnce() {
        Recorded notices = new Recorded();
        ReviewSteps mailing = new ReviewSteps(store, rules(leads), pages, new StorageReader(),
                Clock.fixed(NOW, ZoneOffset.UTC), notices);
        pages.with(PAGE, page("SEV1"), 1);
        mailing.take(PAGE, author, new ReviewStep.RequestReview(List.of("k-lead", "k-second")),
                BundleMessages.english(), ZONE);
        store.before = () -> take(second, new ReviewStep.Approve("meanwhile"));

        mailing.take(PAGE, lead, new ReviewStep.Approve("fine"), BundleMessages.english(), ZONE);

        assertEquals(2, notices.sent.size(), "the request, and the lead's approval once");
        assertEquals(Decision.Kind.APPROVED, notices.sent.get(1).decision().kind());
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static ApprovalRulesStore rules(ApprovalRules rules) {
        return new ApprovalRulesStore() {
            @Override
            public ApprovalRules site() {
                return rules;
            }

            @Override
            public Optional<ApprovalRules> space(String spaceKey) {
                return Optional.empty();
            }

            @Override
            public void saveSite(ApprovalRules saved) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void saveSpace(String spaceKey, Optional<ApprovalRules> saved) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
