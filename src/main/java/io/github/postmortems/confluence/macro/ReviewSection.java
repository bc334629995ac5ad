package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * The details card's review: where the review stands, who was asked, what was approved (the snapshot) and whether
 * the page changed since, and the next steps the viewer may take. Readers see the status only; static output (PDF,
 * e-mail) shows no buttons. Every text is final and escaped by the template.
 *
 * @param progress  "1 of 2 approvals" while in review; "" otherwise
 * @param approved  the snapshot as approved; {@link Approved#NONE} before an approval
 * @param changed   "Changed since approval"; "" when not
 * @param diff      the link to Confluence's comparison of the approved version with the current one
 */
public record ReviewSection(String heading, Lozenge status, String progress, String reviewersLabel,
                            List<Link> reviewers, Approved approved, String changed, Link diff,
                            List<Action> actions, Dialog dialog) {

    public static final ReviewSection NONE = new ReviewSection("", null, "", "", List.of(), Approved.NONE, "",
            Link.text(""), List.of(), Dialog.NONE);

    public ReviewSection {
        reviewers = List.copyOf(reviewers);
        actions = List.copyOf(actions);
    }

    public boolean shown() {
        return status != null;
    }

    public boolean hasProgress() {
        return !progress.isEmpty();
    }

    public boolean hasReviewers() {
        return !reviewers.isEmpty();
    }

    public boolean isChanged() {
        return !changed.isEmpty();
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    /** The steps the decision dialog offers (approve, request changes), as its buttons. */
    public List<Action> decisions() {
        return actions.stream().filter(action -> action.opens().equals("decide")).toList();
    }

    /**
     * A button: {@code name} is the step the script posts (request, approve, request-changes, publish); {@code opens}
     * names the dialog it opens ("" posts at once).
     */
    public record Action(String name, String label, String opens, boolean primary) {
        public String css() {
            return primary ? "aui-button aui-button-primary pm-review__action" : "aui-button pm-review__action";
        }
    }

    /**
     * "As approved on 12 Nov": a disclosure with the countermeasures and numbers kept at approval.
     *
     * @param lines   one per countermeasure: text, state, due date, Jira key
     * @param numbers label and value of each number (durations, counts by state)
     * @param more    "and N more" when the snapshot kept fewer lines than there were; ""
     */
    public record Approved(String summary, String intro, List<Line> lines, List<CardRow> numbers, String more,
                           String emptyText) {
        public static final Approved NONE = new Approved("", "", List.of(), List.of(), "", "");

        public Approved {
            lines = List.copyOf(lines);
            numbers = List.copyOf(numbers);
        }

        public boolean shown() {
            return !summary.isEmpty();
        }

        public boolean hasLines() {
            return !lines.isEmpty();
        }

        public boolean hasMore() {
            return !more.isEmpty();
        }
    }

    public record Line(String text, Lozenge state, String due, String jira) {
    }

    /** The dialogs' words and where they post; empty for a viewer with no step to take. */
    public record Dialog(String id, String url, String requestTitle, String reviewersLabel, String reviewersHint,
                         String decideTitle, String commentLabel, String commentHint, String requestLabel,
                         String approveLabel, String changesLabel, String cancelLabel, String failed,
                         String working, boolean request, boolean decide) {
        public static final Dialog NONE = new Dialog("", "", "", "", "", "", "", "", "", "", "", "", "", "", false,
                false);
    }
}
