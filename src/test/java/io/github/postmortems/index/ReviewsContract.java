package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.testing.Race;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.Decision;
import io.github.postmortems.review.InMemoryReviews;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewOutcome;
import io.github.postmortems.review.ReviewStep;
import io.github.postmortems.review.ReviewSteps;
import io.github.postmortems.review.ReviewStore;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link AoReviews} on a real database; one subclass per database. */
abstract class ReviewsContract {

    private static final long PAGE = 4711;
    private static final Instant T0 = Instant.parse("2026-11-12T09:30:00.250Z");
    private static final Person AUTHOR = new Person("k-author", "ana", Set.of(), true);
    private static final Person LEAD = new Person("k-lead", "lee", Set.of("leads"), true);
    private static final Person SECOND = new Person("k-second", "sam", Set.of("leads"), true);
    private static final ApprovalRules LEADS = new ApprovalRules(Set.of(), Set.of("leads"),
            ApprovalRules.siteDefaults().approvals());
    private static final String PAGE_STORAGE = "<ac:structured-macro ac:name=\"postmortem-details\">"
            + "<ac:rich-text-body><table><tbody><tr><th>Title</th><td>Login slow</td></tr>"
            + "<tr><th>Severity</th><td>SEV1</td></tr><tr><th>Status</th><td>Draft</td></tr>"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro><p>What happened.</p>";

    private ActiveObjects ao;
    private AoReviews reviews;

    abstract TestDatabase database();

    @BeforeEach
    void emptyTables() {
        ao = database().emptied();
        reviews = new AoReviews(ao);
    }

    private Review requested() {
        return ((ReviewOutcome.Moved) Review.draft().requestReview(AUTHOR, List.of("k-lead", "k-second"), T0, 3))
                .review();
    }

    private int decisionRows() {
        return ao.executeInTransaction(() -> ao.find(ReviewDecisionEntity.class, Query.select()).length);
    }

    @Test
    void aPageNobodyAskedToReviewIsADraft() {
        assertEquals(ReviewStore.Stored.none(), reviews.load(PAGE));
    }

    @Test
    void keepsTheReviewItsStepsTheVersionWrittenAndTheSnapshot() {
        Review review = requested();
        int version = reviews.record(PAGE, ReviewStore.Stored.none(), review, review.decisions().get(0),
                Optional.empty(), () -> 4);
        Review approved = ((ReviewOutcome.Moved) review.approve(LEAD, LEADS,
                new io.github.postmortems.postmortem.Severity("SEV3", 3, "postmortems.severity.sev3"),
                T0.plusSeconds(60), 4, "Fine \u00e9 <b>")).review();
        reviews.record(PAGE, reviews.load(PAGE), approved, approved.decisions().get(1), Optional.of("{\"a\":1}"),
                () -> 5);

        ReviewStore.Stored stored = reviews.load(PAGE);
        assertAll(
                () -> assertEquals(4, version),
                () -> assertEquals(approved, stored.review(), "status, round, asker, reviewers and decisions"),
                () -> assertEquals(2, stored.sequence()),
                () -> assertEquals(5, stored.writtenVersion()),
                () -> assertEquals("{\"a\":1}", stored.snapshot()),
                () -> assertEquals(ReviewStore.Stored.none(), reviews.load(PAGE + 1), "another page"));
    }

    @Test
    void aStepDecidedOnAnOlderStateIsAConflictAndWritesNothing() {
        Review review = requested();
        reviews.record(PAGE, ReviewStore.Stored.none(), review, review.decisions().get(0), Optional.empty(), () -> 4);
        AtomicInteger writes = new AtomicInteger();

        assertThrows(ReviewStore.ReviewConflict.class, () -> reviews.record(PAGE, ReviewStore.Stored.none(), review,
                review.decisions().get(0), Optional.empty(), writes::incrementAndGet));
        assertEquals(0, writes.get());
        assertEquals(1, decisionRows());
    }

    @Test
    void aFailedPageWriteRecordsNothing() {
        Review review = requested();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> reviews.record(PAGE,
                ReviewStore.Stored.none(), review, review.decisions().get(0), Optional.empty(), () -> {
                    throw new IllegalStateException("page save failed");
                }));

        assertEquals("page save failed", failure.getMessage());
        assertEquals(ReviewStore.Stored.none(), reviews.load(PAGE));
        assertEquals(0, decisionRows());
    }

    @Test
    void ofTwoStepsRecordedAtOnceTheDatabaseTakesOneAndThePageIsWrittenOnce() throws Exception {
        Review review = requested();
        Decision first = review.decisions().get(0);
        AtomicInteger writes = new AtomicInteger();

        List<String> outcomes = Race.heldAtFirstWrite(ao, held -> {
            try {
                new AoReviews(held).record(PAGE, ReviewStore.Stored.none(), review, first, Optional.empty(),
                        writes::incrementAndGet);
                return "recorded";
            } catch (ReviewStore.ReviewConflict conflict) {
                return "conflict";
            }
        });

        assertEquals(Set.of("recorded", "conflict"), Set.copyOf(outcomes), outcomes.toString());
        assertEquals(1, writes.get());
        assertEquals(1, decisionRows());
    }

    @Test
    void twoApproversAtOnceBothCountAndEachStepWritesOneVersion() throws Exception {
        InMemoryReviews.Pages pages = new InMemoryReviews.Pages().with(PAGE, PAGE_STORAGE, 1);
        ApprovalRulesStore rules = rules();
        StorageReader reader = new StorageReader();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        new ReviewSteps(reviews, rules, pages, reader, clock).take(PAGE, AUTHOR,
                new ReviewStep.RequestReview(List.of("k-lead", "k-second")), BundleMessages.english(), ZoneOffset.UTC);

        List<ReviewSteps.Result> results = Race.heldAtFirstWrite(ao,
                held -> new ReviewSteps(new AoReviews(held), rules, pages, reader, clock).take(PAGE, LEAD,
                        new ReviewStep.Approve("lead"), BundleMessages.english(), ZoneOffset.UTC),
                held -> new ReviewSteps(new AoReviews(held), rules, pages, reader, clock).take(PAGE, SECOND,
                        new ReviewStep.Approve("second"), BundleMessages.english(), ZoneOffset.UTC));

        ReviewStore.Stored stored = reviews.load(PAGE);
        String page = InMemoryReviews.storageOf(pages, PAGE);
        assertAll(
                () -> assertInstanceOf(ReviewSteps.Result.Taken.class, results.get(0)),
                () -> assertInstanceOf(ReviewSteps.Result.Taken.class, results.get(1)),
                () -> assertEquals(Set.of("k-lead", "k-second"), stored.review().approvers()),
                () -> assertEquals(PostmortemStatus.APPROVED, stored.review().status()),
                () -> assertEquals(3, pages.comments.size(), "three steps, three versions"),
                () -> assertEquals(3, decisionRows()),
                () -> assertEquals(4, stored.writtenVersion()),
                () -> assertEquals(1, page.split("<p>lead</p>", -1).length - 1),
                () -> assertEquals(1, page.split("<p>second</p>", -1).length - 1));
    }

    private static ApprovalRulesStore rules() {
        return new ApprovalRulesStore() {
            @Override
            public ApprovalRules site() {
                return LEADS;
            }

            @Override
            public Optional<ApprovalRules> space(String spaceKey) {
                return Optional.empty();
            }

            @Override
            public void saveSite(ApprovalRules rules) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void saveSpace(String spaceKey, Optional<ApprovalRules> rules) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
