package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;
import io.github.postmortems.confluence.review.ReviewActors;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.ApprovalSnapshot;
import io.github.postmortems.review.CountermeasureState;
import io.github.postmortems.review.Decision;
import io.github.postmortems.review.Person;
import io.github.postmortems.review.Review;
import io.github.postmortems.review.ReviewStore;
import io.github.postmortems.text.HumanDuration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The details card's review section for one viewer: the review as recorded (or the page's own status before any
 * step), the snapshot kept at approval, whether a person changed the page since, and the steps this viewer may take
 * (decided again on the server when taken). One store read per render; nothing for a page not saved yet.
 */
public class ReviewSections {

    private static final String REST = "/rest/postmortems/1.0/pages/";
    /** The snapshot's durations in the card's order; a name this version does not know is not shown. */
    private static final List<String> DURATIONS = List.of("time-to-detect", "time-to-hotfix", "time-to-resolve",
            "total-impact");

    private final ReviewStore store;
    private final ApprovalRulesStore rules;
    private final ReviewActors actors;
    private final People people;

    public ReviewSections(ReviewStore store, ApprovalRulesStore rules, ReviewActors actors, People people) {
        this.store = store;
        this.rules = rules;
        this.actors = actors;
        this.people = people;
    }

    /**
     * @param pageStatus what the page's Status cell says, shown until a review step is recorded
     * @param severity   the page's severity, for how many approvals the review needs
     */
    public ReviewSection section(ContentEntityObject page, PostmortemStatus pageStatus, Optional<Severity> severity,
                                 Viewer viewer) {
        if (page == null || page.getId() <= 0) {
            return ReviewSection.NONE;
        }
        ReviewStore.Stored stored = store.load(page.getId());
        Review review = stored.review();
        PostmortemStatus status = stored.sequence() == 0 ? pageStatus : review.status();
        ApprovalRules applying = rules.applying(viewer.spaceKey());
        Optional<Person> person = viewer.staticOutput() ? Optional.empty() : actors.current(page, applying);

        String progress = "";
        if (review.status() == PostmortemStatus.IN_REVIEW) {
            int needed = applying.approvalsNeeded(severity.orElse(SeverityScale.defaults().mostSevere()));
            progress = viewer.text("postmortems.review.card.progress", review.approvers().size(), needed);
        }
        List<Link> reviewers = new ArrayList<>();
        if (review.status() == PostmortemStatus.IN_REVIEW) {
            review.reviewers().forEach(key -> reviewers.add(people.link(new UserRef.ByKey(key), viewer)));
        }
        Optional<Decision> approval = review.approval();
        ReviewSection.Approved approved = approval.map(decision -> approved(decision, stored, viewer))
                .orElse(ReviewSection.Approved.NONE);
        String changed = "";
        Link diff = Link.text("");
        if (approval.isPresent() && stored.changedSinceApproval(page.getVersion())) {
            changed = viewer.text("postmortems.review.card.changed");
            diff = new Link(viewer.text("postmortems.review.card.diff"), viewer.baseUrl()
                    + "/pages/diffpagesbyversion.action?pageId=" + page.getId() + "&selectedPageVersions="
                    + approval.get().pageVersion() + "&selectedPageVersions=" + page.getVersion(),
                    viewer.text("postmortems.review.card.diff.hint", approval.get().pageVersion(), page.getVersion()),
                    "pm-review__diff");
        }
        List<ReviewSection.Action> actions = person.map(who -> actions(review, applying, who, viewer))
                .orElse(List.of());
        return new ReviewSection(viewer.text("postmortems.review.card.heading"), Lozenge.of(status, viewer),
                progress, viewer.text("postmortems.review.card.reviewers"), reviewers, approved, changed, diff,
                actions, actions.isEmpty() ? ReviewSection.Dialog.NONE : dialog(page.getId(), actions, viewer));
    }

    private static List<ReviewSection.Action> actions(Review review, ApprovalRules applying, Person who,
                                                      Viewer viewer) {
        List<ReviewSection.Action> actions = new ArrayList<>();
        if (who.mayEdit() && review.status().canMoveTo(PostmortemStatus.IN_REVIEW)) {
            actions.add(new ReviewSection.Action("request", viewer.text("postmortems.review.card.action.request"),
                    "request", review.status() == PostmortemStatus.DRAFT));
        }
        if (review.status() == PostmortemStatus.IN_REVIEW && applying.mayApprove(who)) {
            if (!review.approvers().contains(who.userKey())) {
                actions.add(new ReviewSection.Action("approve", viewer.text("postmortems.review.card.action.approve"),
                        "decide", true));
            }
            actions.add(new ReviewSection.Action("request-changes",
                    viewer.text("postmortems.review.card.action.changes"), "decide", false));
        }
        if (who.mayEdit() && review.status() == PostmortemStatus.APPROVED) {
            actions.add(new ReviewSection.Action("publish", viewer.text("postmortems.review.card.action.publish"),
                    "", true));
        }
        return actions;
    }

    private static ReviewSection.Dialog dialog(long pageId, List<ReviewSection.Action> actions, Viewer viewer) {
        boolean request = actions.stream().anyMatch(action -> action.opens().equals("request"));
        boolean decide = actions.stream().anyMatch(action -> action.opens().equals("decide"));
        return new ReviewSection.Dialog("pm-review-" + pageId, viewer.baseUrl() + REST + pageId + "/review",
                viewer.text("postmortems.review.dialog.request.title"),
                viewer.text("postmortems.review.dialog.reviewers"),
                viewer.text("postmortems.review.dialog.reviewers.hint", Review.MAX_REVIEWERS),
                viewer.text("postmortems.review.dialog.decide.title"),
                viewer.text("postmortems.review.dialog.comment"),
                viewer.text("postmortems.review.dialog.comment.hint", Decision.MAX_COMMENT),
                viewer.text("postmortems.review.card.action.request"),
                viewer.text("postmortems.review.card.action.approve"),
                viewer.text("postmortems.review.card.action.changes"),
                viewer.text("postmortems.review.dialog.cancel"),
                viewer.text("postmortems.review.dialog.failed"),
                viewer.text("postmortems.review.dialog.working"), request, decide);
    }

    private static ReviewSection.Approved approved(Decision approval, ReviewStore.Stored stored, Viewer viewer) {
        String day = viewer.dates().format(approval.at().atZone(viewer.zone()));
        String summary = viewer.text("postmortems.review.card.approved", day, approval.pageVersion());
        Optional<ApprovalSnapshot> snapshot = ApprovalSnapshot.fromJson(stored.snapshot());
        if (snapshot.isEmpty()) {
            return new ReviewSection.Approved(summary, viewer.text("postmortems.review.card.snapshot.intro"),
                    List.of(), List.of(), "", viewer.text("postmortems.review.card.snapshot.none"));
        }
        List<ReviewSection.Line> lines = new ArrayList<>();
        for (ApprovalSnapshot.Line line : snapshot.get().countermeasures()) {
            lines.add(new ReviewSection.Line(line.text() == null ? "" : line.text(), state(line.state(), viewer),
                    line.due() == null ? "" : line.due(), line.jiraKey() == null ? "" : line.jiraKey()));
        }
        List<CardRow> numbers = new ArrayList<>();
        Map<String, Long> durations = snapshot.get().durations();
        for (String name : DURATIONS) {
            Long minutes = durations.get(name);
            if (minutes != null && minutes >= 0) {
                numbers.add(new CardRow(viewer.text("postmortems.macros.details.duration." + name),
                        List.of(Link.text(HumanDuration.format(Duration.ofMinutes(minutes), viewer.messages())))));
            }
        }
        for (CountermeasureState state : CountermeasureState.values()) {
            Integer count = snapshot.get().counts().get(state);
            if (count != null) {
                numbers.add(new CardRow(viewer.text(state.i18nKey()), List.of(Link.text(String.valueOf(count)))));
            }
        }
        return new ReviewSection.Approved(summary, viewer.text("postmortems.review.card.snapshot.intro"), lines,
                numbers, snapshot.get().more() > 0
                ? viewer.text("postmortems.review.card.snapshot.more", snapshot.get().more()) : "",
                viewer.text("postmortems.review.card.snapshot.none"));
    }

    private static Lozenge state(String name, Viewer viewer) {
        for (CountermeasureState state : CountermeasureState.values()) {
            if (state.name().equals(name)) {
                String appearance = switch (state) {
                    case PROPOSED -> "";
                    case COMMITTED -> "current";
                    case DONE, VERIFIED -> "success";
                    case WONT_DO -> "removed";
                };
                return Lozenge.create(viewer.text(state.i18nKey()), appearance, "", viewer);
            }
        }
        return Lozenge.create("", "", "", viewer);
    }
}
