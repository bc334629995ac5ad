package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * One countermeasure as the macro shows it.
 *
 * @param due        the due date; css "pm-due-overdue" (red) or "pm-due-soon" (amber) when it matters
 * @param jira       the tracking issue's key linked to Jira, or the muted "not in Jira yet"
 * @param status     the status as a lozenge coloured by Jira's status category; absent before the first sync
 * @param synced     "synced 3 h ago", or why the last sync failed; "" when not in Jira
 * @param ownerDifference who Jira says owns it when the page names someone else ("→ Jira: Kim Wong"); "" if not
 * @param dueDifference   Jira's due date when the page says another ("→ Jira: Dec 12, 2026"); "" if not
 * @param rowId       the row's identity, for the create button's script to show each row's result on its line
 * @param actions     what an editor can do here where page and Jira disagree
 * @param marks       the grey "From Jira" lozenge of a row drafted from the incident's links that no one has edited
 * @param state       where the countermeasure stands beyond Jira (proposed ... verified effective, won't do)
 */
public record CountermeasureLine(int row, String rowId, String text, Link owner, Link due, String priority,
                                 String type, Link jira, List<Lozenge> status, String synced, String ownerDifference,
                                 String dueDifference, String css, Actions actions, List<Lozenge> marks,
                                 State state) {

    public CountermeasureLine {
        status = List.copyOf(status);
        marks = List.copyOf(marks);
    }

    public CountermeasureLine(int row, String rowId, String text, Link owner, Link due, String priority,
                              String type, Link jira, List<Lozenge> status, String synced, String ownerDifference,
                              String dueDifference, String css, Actions actions, List<Lozenge> marks) {
        this(row, rowId, text, owner, due, priority, type, jira, status, synced, ownerDifference, dueDifference, css,
                actions, marks, State.NONE);
    }

    /**
     * The countermeasure's state and, for editors, the buttons that change it.
     *
     * @param lozenge   "Committed", "Verified effective", ...
     * @param said      who said it, when and why ("Nov 12, 2026 · Kim Wong: error rate back to normal"); "" for none
     * @param stale     why an earlier "verified" no longer holds (its issue was reopened); "" when it holds
     * @param verifyUrl where "Verify" posts; "" when not offered (not done yet, or not an editor)
     * @param declineUrl where "Won't do" posts; "" when not offered
     */
    public record State(Lozenge lozenge, String said, String stale, String verifyUrl, String declineUrl,
                        String verifyLabel, String declineLabel) {

        static final State NONE = new State(new Lozenge("", "", "", ""), "", "", "", "", "", "");

        public boolean shown() {
            return !lozenge.text().isEmpty();
        }

        public boolean actions() {
            return !verifyUrl.isEmpty() || !declineUrl.isEmpty();
        }
    }

    public CountermeasureLine(int row, String rowId, String text, Link owner, Link due, String priority,
                              String type, Link jira, List<Lozenge> status, String synced, String ownerDifference,
                              String dueDifference, String css, Actions actions) {
        this(row, rowId, text, owner, due, priority, type, jira, status, synced, ownerDifference, dueDifference, css,
                actions, List.of());
    }

    /**
     * The row's buttons for people who may edit the page; each URL is "" where the button is not offered.
     *
     * @param ownerFromJira writes Jira's assignee into the Owner cell
     * @param dueFromJira   writes Jira's due date into the Due cell
     * @param unlink        unlinks the row from an issue Jira no longer has
     * @param createAgain   unlinks it and creates its issue again
     */
    public record Actions(String ownerFromJira, String dueFromJira, String unlink, String createAgain,
                          String fromJiraLabel, String fromJiraHint, String unlinkLabel, String createAgainLabel) {

        static final Actions NONE = new Actions("", "", "", "", "", "", "", "");

        public boolean gone() {
            return !unlink.isEmpty();
        }
    }
}
