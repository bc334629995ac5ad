package io.github.postmortems.confluence.macro;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.review.CountermeasureState;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.Verification;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * What the board says of a countermeasure's life beyond Jira (issue 16, item 5): its state as a lozenge, who verified
 * or declined it and why, for editors the buttons that say so, and at the follow-up review a line asking for it.
 */
final class CountermeasureStates {

    private CountermeasureStates() {
    }

    /**
     * @param url      where the row's state is posted; "" for readers (then no buttons)
     * @param lozenges the board's state lozenges so far: a state reads the same on every row of a board
     */
    static CountermeasureLine.State line(CountermeasureState state, Optional<Verification> said, String url,
                                         DateTimeFormatter dates, People people, Viewer viewer,
                                         Map<CountermeasureState, Lozenge> lozenges) {
        Lozenge lozenge = lozenges.computeIfAbsent(state, s -> lozenge(s, viewer));
        // A note about the verification that no longer holds is kept on the page; the board says why it is stale.
        boolean stale = CountermeasureState.verificationStale(state, said);
        String text = said.filter(s -> state.settled() || stale)
                .map(s -> viewer.text("postmortems.countermeasures.state.said", dates.format(s.on()),
                        people.link(s.by(), viewer).text(), s.note()))
                .orElse("");
        boolean editor = !url.isEmpty() && !viewer.staticOutput();
        boolean verify = editor && (state.mayVerify() || state == CountermeasureState.VERIFIED);
        boolean decline = editor && state.mayDecline();
        return new CountermeasureLine.State(lozenge, text,
                stale ? viewer.text("postmortems.countermeasures.state.stale") : "",
                verify ? url : "", decline ? url : "",
                viewer.text(state == CountermeasureState.VERIFIED ? "postmortems.countermeasures.state.button.reverify"
                        : "postmortems.countermeasures.state.button.verify"),
                viewer.text("postmortems.countermeasures.state.button.wont-do"));
    }

    private static Lozenge lozenge(CountermeasureState state, Viewer viewer) {
        String appearance = switch (state) {
            case PROPOSED, WONT_DO -> "";
            case COMMITTED -> "current";
            case DONE -> "moved";
            case VERIFIED -> "success";
        };
        // The lozenge says it in a word; its hint says it whole ("Verified effective: someone confirmed ...").
        String name = state.i18nKey().substring(state.i18nKey().lastIndexOf('.') + 1);
        return Lozenge.create(viewer.text("postmortems.countermeasures.state.lozenge." + name), appearance,
                viewer.text(state.i18nKey()) + ": " + viewer.text("postmortems.countermeasures.state.hint." + name),
                viewer);
    }

    /** " · 2 verified effective · 1 won't do" after the board's summary; "" when nothing is settled. */
    static String summary(int verified, int declined, Viewer viewer) {
        return (verified == 0 ? "" : " \u00b7 " + viewer.text("postmortems.countermeasures.state.summary.verified",
                verified))
                + (declined == 0 ? "" : " \u00b7 " + viewer.text("postmortems.countermeasures.state.summary.wont-do",
                declined));
    }

    /** For editors on or after the follow-up review day, while done countermeasures wait to be verified. */
    static String followUpDue(LocalDate followUp, LocalDate today, int toVerify, boolean editor,
                              DateTimeFormatter dates, Viewer viewer) {
        if (!editor || followUp == null || today.isBefore(followUp) || toVerify == 0) {
            return "";
        }
        return viewer.text("postmortems.countermeasures.state.follow-up", dates.format(followUp), toVerify);
    }

    /**
     * For a row with no due date and no issue yet: the date its issue would get from the space's SLO if it were
     * created today, said as such ("by SLO: Dec 19, 2026"), never as an agreed date.
     */
    static Link dueBySlo(Countermeasure countermeasure, SloPolicy slo, LocalDate today, DateTimeFormatter dates,
                         Viewer viewer) {
        Period period = countermeasure.priorityIfSet().flatMap(slo::periodFor)
                .or(() -> countermeasure.priorityIfSet().map(Priority::slo)).orElseGet(() -> SloPolicy.lenient(slo));
        return new Link(viewer.text("postmortems.slo.board.due",
                dates.format(today.plus(period)).replace(' ', '\u00a0')), "",
                viewer.text("postmortems.slo.board.due-hint", SloPolicy.days(period)), "pm-due-slo");
    }

    static CountermeasureBoard.StateDialog dialog(Viewer viewer) {
        return new CountermeasureBoard.StateDialog(viewer.text("postmortems.countermeasures.state.dialog.verify-title"),
                viewer.text("postmortems.countermeasures.state.dialog.verify-prompt"),
                viewer.text("postmortems.countermeasures.state.dialog.wont-do-title"),
                viewer.text("postmortems.countermeasures.state.dialog.wont-do-prompt"),
                viewer.text("postmortems.countermeasures.state.dialog.note"),
                viewer.text("postmortems.countermeasures.state.dialog.confirm"),
                viewer.text("postmortems.countermeasures.create.dialog.cancel"), Verification.MAX_NOTE);
    }
}
