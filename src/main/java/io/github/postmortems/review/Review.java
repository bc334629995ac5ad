package io.github.postmortems.review;

import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The review of one postmortem: where it is in the lifecycle, the current round (each request for review starts
 * one), who asked for it, the reviewers asked, and every decision so far. Each step answers a new review, never
 * changes this one, and moves only where {@link PostmortemStatus#canMoveTo} allows.
 *
 * <p>Approvals count per round, whoever gave them and on whichever version: an edit during review does not void
 * them (the card shows what changed since). Requesting changes sends the postmortem back to draft, and the next
 * request for review starts a round without approvals.
 */
public record Review(PostmortemStatus status, int round, String requestedBy, List<String> reviewers,
                     List<Decision> decisions) {

    public static final int MAX_REVIEWERS = 20;
    /** The oldest decisions beyond this many are dropped from the record kept with the review (the page keeps all). */
    public static final int MAX_DECISIONS = 200;

    public Review {
        Objects.requireNonNull(status, "status");
        if (round < 0) {
            throw new IllegalArgumentException("round " + round);
        }
        requestedBy = requestedBy == null ? "" : requestedBy;
        reviewers = List.copyOf(reviewers);
        decisions = List.copyOf(decisions.size() > MAX_DECISIONS
                ? decisions.subList(decisions.size() - MAX_DECISIONS, decisions.size()) : decisions);
    }

    /** A postmortem nobody has asked to review yet. */
    public static Review draft() {
        return new Review(PostmortemStatus.DRAFT, 0, "", List.of(), List.of());
    }

    /** An editor asks {@code asked} (user keys) to review; from a draft, or again once approved. */
    public ReviewOutcome requestReview(Person by, List<String> asked, Instant at, int version) {
        if (!by.mayEdit()) {
            return refused(ReviewOutcome.Refusal.NOT_AN_EDITOR);
        }
        if (!status.canMoveTo(PostmortemStatus.IN_REVIEW)) {
            return refused(ReviewOutcome.Refusal.WRONG_STATUS);
        }
        Set<String> named = new LinkedHashSet<>();
        for (String reviewer : asked) {
            if (reviewer != null && !reviewer.isBlank()) {
                named.add(reviewer.strip());
            }
        }
        if (named.isEmpty()) {
            return refused(ReviewOutcome.Refusal.NO_REVIEWERS);
        }
        if (named.size() > MAX_REVIEWERS) {
            return refused(ReviewOutcome.Refusal.TOO_MANY_REVIEWERS);
        }
        Decision decision = new Decision(Decision.Kind.REVIEW_REQUESTED, by.userKey(), at, version, round + 1, "");
        Review next = new Review(PostmortemStatus.IN_REVIEW, round + 1, by.userKey(), List.copyOf(named),
                with(decision));
        return new ReviewOutcome.Moved(next, decision, tell(named, by));
    }

    /**
     * An approver approves. The postmortem is approved once the round has as many approvals, each from another
     * person, as its severity needs; the person who asked for the review is told.
     */
    public ReviewOutcome approve(Person by, ApprovalRules rules, Severity severity, Instant at, int version,
                                 String comment) {
        Optional<ReviewOutcome> refusal = refuseDecision(by, rules, comment, false);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (approvers().contains(by.userKey())) {
            return refused(ReviewOutcome.Refusal.ALREADY_APPROVED);
        }
        Decision decision = new Decision(Decision.Kind.APPROVED, by.userKey(), at, version, round, comment);
        boolean enough = approvers().size() + 1 >= rules.approvalsNeeded(severity);
        Review next = new Review(enough ? PostmortemStatus.APPROVED : status, round, requestedBy, reviewers,
                with(decision));
        return new ReviewOutcome.Moved(next, decision, tell(Set.of(requestedBy), by));
    }

    /** An approver asks for changes, saying which: the postmortem goes back to draft, the asker is told. */
    public ReviewOutcome requestChanges(Person by, ApprovalRules rules, Instant at, int version, String comment) {
        Optional<ReviewOutcome> refusal = refuseDecision(by, rules, comment, true);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Decision decision = new Decision(Decision.Kind.CHANGES_REQUESTED, by.userKey(), at, version, round, comment);
        Review next = new Review(PostmortemStatus.DRAFT, round, requestedBy, reviewers, with(decision));
        return new ReviewOutcome.Moved(next, decision, tell(Set.of(requestedBy), by));
    }

    /** An editor takes the postmortem back out of review (to change it before anyone decides); reviewers are told. */
    public ReviewOutcome withdraw(Person by, Instant at, int version) {
        if (!by.mayEdit()) {
            return refused(ReviewOutcome.Refusal.NOT_AN_EDITOR);
        }
        if (status != PostmortemStatus.IN_REVIEW) {
            return refused(ReviewOutcome.Refusal.WRONG_STATUS);
        }
        Decision decision = new Decision(Decision.Kind.WITHDRAWN, by.userKey(), at, version, round, "");
        Review next = new Review(PostmortemStatus.DRAFT, round, requestedBy, reviewers, with(decision));
        return new ReviewOutcome.Moved(next, decision, tell(new LinkedHashSet<>(reviewers), by));
    }

    /** An editor publishes an approved postmortem; those who approved it are told. */
    public ReviewOutcome publish(Person by, Instant at, int version) {
        if (!by.mayEdit()) {
            return refused(ReviewOutcome.Refusal.NOT_AN_EDITOR);
        }
        if (!status.canMoveTo(PostmortemStatus.PUBLISHED)) {
            return refused(ReviewOutcome.Refusal.WRONG_STATUS);
        }
        Decision decision = new Decision(Decision.Kind.PUBLISHED, by.userKey(), at, version, round, "");
        Review next = new Review(PostmortemStatus.PUBLISHED, round, requestedBy, reviewers, with(decision));
        return new ReviewOutcome.Moved(next, decision, tell(approvers(), by));
    }

    /** Who approved in the current round, in order, each once. */
    public Set<String> approvers() {
        Set<String> approvers = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            if (decision.round() == round && decision.kind() == Decision.Kind.APPROVED) {
                approvers.add(decision.userKey());
            }
        }
        return approvers;
    }

    /**
     * The approval that completed the current round, while the postmortem is approved or published: the version
     * "as approved" shows, and the version Confluence's diff compares the page with.
     */
    public Optional<Decision> approval() {
        if (status != PostmortemStatus.APPROVED && status != PostmortemStatus.PUBLISHED) {
            return Optional.empty();
        }
        Decision last = null;
        for (Decision decision : decisions) {
            if (decision.round() == round && decision.kind() == Decision.Kind.APPROVED) {
                last = decision;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Whether the page has changed since it was approved: a newer version than the approval's exists. */
    public boolean changedSinceApproval(int currentVersion) {
        return approval().map(decision -> currentVersion > decision.pageVersion()).orElse(false);
    }

    private Optional<ReviewOutcome> refuseDecision(Person by, ApprovalRules rules, String comment,
                                                   boolean commentRequired) {
        if (status != PostmortemStatus.IN_REVIEW) {
            return Optional.of(refused(ReviewOutcome.Refusal.WRONG_STATUS));
        }
        if (!rules.mayApprove(by)) {
            return Optional.of(refused(ReviewOutcome.Refusal.NOT_AN_APPROVER));
        }
        String typed = comment == null ? "" : comment.strip();
        if (commentRequired && typed.isEmpty()) {
            return Optional.of(refused(ReviewOutcome.Refusal.COMMENT_REQUIRED));
        }
        if (typed.length() > Decision.MAX_COMMENT) {
            return Optional.of(refused(ReviewOutcome.Refusal.COMMENT_TOO_LONG));
        }
        return Optional.empty();
    }

    private List<Decision> with(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return all;
    }

    /** Each person once, never the one who acted, never nobody. */
    private static List<String> tell(Set<String> people, Person by) {
        List<String> told = new ArrayList<>();
        for (String person : people) {
            if (!person.isBlank() && !person.equals(by.userKey()) && !told.contains(person)) {
                told.add(person);
            }
        }
        return told;
    }

    private static ReviewOutcome refused(ReviewOutcome.Refusal reason) {
        return new ReviewOutcome.Refused(reason);
    }
}
