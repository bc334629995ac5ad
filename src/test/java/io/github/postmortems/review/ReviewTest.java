package io.github.postmortems.review;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {

    private static final Severity SEV1 = new Severity("SEV1", 1, "postmortems.severity.sev1");
    private static final Severity SEV3 = new Severity("SEV3", 3, "postmortems.severity.sev3");
    private static final Instant MONDAY = Instant.parse("2026-11-09T10:00:00Z");

    private final Person author = new Person("k-author", "ana", Set.of("ops"), true);
    private final Person lead = new Person("k-lead", "lee", Set.of("incident-leads"), true);
    private final Person second = new Person("k-second", "sam", Set.of("incident-leads"), false);
    private final Person outsider = new Person("k-outsider", "olu", Set.of("ops"), true);
    private final ApprovalRules leads = new ApprovalRules(Set.of(), Set.of("incident-leads"),
            ApprovalRules.siteDefaults().approvals());

    @Test
    void aSev1GoesFromDraftToPublishedWithTwoApprovalsEachTellingTheRightPeopleOnce() {
        ReviewOutcome.Moved asked = moved(Review.draft().requestReview(author, List.of("k-lead", "k-second", "k-lead",
                " ", "k-author"), MONDAY, 4));
        assertEquals(PostmortemStatus.IN_REVIEW, asked.review().status());
        assertEquals(List.of("k-lead", "k-second"), asked.tell(), "each reviewer once, never the asker");

        ReviewOutcome.Moved first = moved(asked.review().approve(lead, leads, SEV1, MONDAY.plusSeconds(60), 4, "ok"));
        assertEquals(PostmortemStatus.IN_REVIEW, first.review().status(), "SEV1 needs two approvals");
        assertEquals(List.of("k-author"), first.tell());
        assertEquals(ReviewOutcome.Refusal.ALREADY_APPROVED,
                refused(first.review().approve(lead, leads, SEV1, MONDAY.plusSeconds(90), 4, "")));

        ReviewOutcome.Moved second = moved(first.review().approve(this.second, leads, SEV1, MONDAY.plusSeconds(120),
                5, ""));
        assertEquals(PostmortemStatus.APPROVED, second.review().status());
        assertEquals(5, second.review().approval().orElseThrow().pageVersion(), "the version that completed it");
        assertFalse(second.review().changedSinceApproval(5));
        assertTrue(second.review().changedSinceApproval(6));

        ReviewOutcome.Moved published = moved(second.review().publish(author, MONDAY.plusSeconds(300), 6));
        assertEquals(PostmortemStatus.PUBLISHED, published.review().status());
        assertEquals(List.of("k-lead", "k-second"), published.tell(), "those who approved");
        assertEquals(List.of(Decision.Kind.REVIEW_REQUESTED, Decision.Kind.APPROVED, Decision.Kind.APPROVED,
                Decision.Kind.PUBLISHED), published.review().decisions().stream().map(Decision::kind).toList());
        assertEquals(ReviewOutcome.Refusal.WRONG_STATUS,
                refused(published.review().requestReview(author, List.of("k-lead"), MONDAY, 7)));
    }

    @Test
    void changesRequestedSendItBackToDraftAndTheNextRoundStartsWithoutApprovals() {
        Review inReview = moved(Review.draft().requestReview(author, List.of("k-lead"), MONDAY, 2)).review();
        Review oneApproval = moved(inReview.approve(lead, leads, SEV1, MONDAY, 2, "")).review();
        assertEquals(ReviewOutcome.Refusal.COMMENT_REQUIRED,
                refused(oneApproval.requestChanges(second, leads, MONDAY, 2, "  ")));
        ReviewOutcome.Moved changes = moved(oneApproval.requestChanges(second, leads, MONDAY, 2,
                "Say what the deploy tool allowed"));
        assertEquals(PostmortemStatus.DRAFT, changes.review().status());
        assertEquals(List.of("k-author"), changes.tell());

        Review again = moved(changes.review().requestReview(author, List.of("k-lead"), MONDAY, 3)).review();
        assertEquals(2, again.round());
        assertTrue(again.approvers().isEmpty(), "a new round has no approvals");
        assertEquals(PostmortemStatus.IN_REVIEW, moved(again.approve(lead, leads, SEV1, MONDAY, 3, "")).review()
                .status());
    }

    @Test
    void aSev3NeedsOneApprovalAndWithNoApproversNamedAnyEditorApproves() {
        ApprovalRules site = ApprovalRules.siteDefaults();
        Review inReview = moved(Review.draft().requestReview(author, List.of("k-outsider"), MONDAY, 1)).review();
        assertEquals(ReviewOutcome.Refusal.NOT_AN_APPROVER,
                refused(inReview.approve(second, site, SEV3, MONDAY, 1, "")), "no approvers named: editors only");
        assertEquals(PostmortemStatus.APPROVED,
                moved(inReview.approve(outsider, site, SEV3, MONDAY, 1, "")).review().status());
    }

    @Test
    void refusesWhatTheLifecycleOrTheRulesDoNotAllow() {
        Review draft = Review.draft();
        assertEquals(ReviewOutcome.Refusal.NOT_AN_EDITOR,
                refused(draft.requestReview(second, List.of("k-lead"), MONDAY, 1)));
        assertEquals(ReviewOutcome.Refusal.NO_REVIEWERS, refused(draft.requestReview(author, List.of(" "), MONDAY, 1)));
        List<String> many = IntStream.range(0, Review.MAX_REVIEWERS + 1).mapToObj(i -> "k" + i).toList();
        assertEquals(ReviewOutcome.Refusal.TOO_MANY_REVIEWERS, refused(draft.requestReview(author, many, MONDAY, 1)));
        assertEquals(ReviewOutcome.Refusal.WRONG_STATUS, refused(draft.approve(lead, leads, SEV1, MONDAY, 1, "")));
        assertEquals(ReviewOutcome.Refusal.WRONG_STATUS, refused(draft.publish(author, MONDAY, 1)));
        Review inReview = moved(draft.requestReview(author, List.of("k-lead"), MONDAY, 1)).review();
        assertEquals(ReviewOutcome.Refusal.NOT_AN_APPROVER, refused(inReview.approve(outsider, leads, SEV1, MONDAY,
                1, "")));
        assertEquals(ReviewOutcome.Refusal.COMMENT_TOO_LONG, refused(inReview.approve(lead, leads, SEV1, MONDAY, 1,
                String.join("", Collections.nCopies(Decision.MAX_COMMENT + 1, "x")))));
        assertEquals(ReviewOutcome.Refusal.WRONG_STATUS, refused(inReview.publish(author, MONDAY, 1)));
        ReviewOutcome.Moved withdrawn = moved(inReview.withdraw(author, MONDAY, 1));
        assertEquals(PostmortemStatus.DRAFT, withdrawn.review().status());
        assertEquals(List.of("k-lead"), withdrawn.tell());
    }

    @Test
    void keepsABoundedRecordOfDecisions() {
        Review review = Review.draft();
        for (int i = 0; i < Review.MAX_DECISIONS; i++) {
            review = moved(review.requestReview(author, List.of("k-lead"), MONDAY, 1)).review();
            review = moved(review.withdraw(author, MONDAY, 1)).review();
        }
        assertEquals(Review.MAX_DECISIONS, review.decisions().size());
        assertEquals(Decision.Kind.WITHDRAWN, review.decisions().get(Review.MAX_DECISIONS - 1).kind());
    }

    @Test
    void approvalRulesNeedWhatTheNearestMoreSevereRankNeeds() {
        ApprovalRules rules = new ApprovalRules(Set.of("ana"), Set.of(), Map.of(1, 3, 3, 1));
        assertEquals(3, rules.approvalsNeeded(SEV1));
        assertEquals(3, rules.approvalsNeeded(new Severity("SEV2", 2, "x")));
        assertEquals(1, rules.approvalsNeeded(new Severity("SEV5", 5, "x")));
        assertTrue(rules.mayApprove(new Person("k-ana", "ana", Set.of(), false)), "named by username");
        assertFalse(rules.mayApprove(new Person("k-bo", "bo", Set.of(), true)), "approvers named: editors are not enough");
    }

    private static ReviewOutcome.Moved moved(ReviewOutcome outcome) {
        return assertInstanceOf(ReviewOutcome.Moved.class, outcome, outcome.toString());
    }

    private static ReviewOutcome.Refusal refused(ReviewOutcome outcome) {
        return assertInstanceOf(ReviewOutcome.Refused.class, outcome, outcome.toString()).reason();
    }
}
