package io.github.postmortems.confluence.macro;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.review.CountermeasureState;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.Verification;
import io.github.postmortems.text.HumanDuration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link CountermeasureBoard} of a page's countermeasures and what Jira last told us about them. */
public class CountermeasureBoards {

    /** The reader's warning for a macro without a table; an empty board's panel says what to type instead. */
    static final String NO_TABLE = "postmortems.storage.warning.no-table";

    /** Due within this many days reads amber. */
    static final int DUE_SOON_DAYS = 7;

    private final People people;
    private final JiraIssueLinks jira;

    public CountermeasureBoards(People people, JiraIssueLinks jira) {
        this.people = people;
        this.jira = jira;
    }

    /**
     * Everything the board is built from, read in one go by {@link ShowCountermeasures}.
     *
     * @param settings    the Jira settings: whether issues can be created, and where
     * @param settingsUrl the Jira settings page, for administrators; "" for everyone else
     * @param said        what the rows' Status cells say beyond Jira (verified effective, won't do), by row
     * @param followUp    the postmortem's follow-up review day; null when the page names none
     * @param slo         the space's SLO policy: the due date a row without one gets when its issue is created
     */
    public record Inputs(List<Countermeasure> countermeasures, List<RowRef> rows, Map<IssueKey, TrackedIssue> tracked,
                         Map<RowRef, CreationLedger.Creation> creations, List<Warning> warnings, String createUrl,
                         Instant now, List<IssueKey> unplaced, JiraSettings settings, String settingsUrl,
                         Map<RowRef, Verification> said, LocalDate followUp, SloPolicy slo) {

        public Inputs {
            said = Map.copyOf(said);
            slo = slo == null ? SloPolicy.defaults() : slo;
        }

        public Inputs(List<Countermeasure> countermeasures, List<RowRef> rows, Map<IssueKey, TrackedIssue> tracked,
                      Map<RowRef, CreationLedger.Creation> creations, List<Warning> warnings, String createUrl,
                      Instant now, List<IssueKey> unplaced, JiraSettings settings, String settingsUrl) {
            this(countermeasures, rows, tracked, creations, warnings, createUrl, now, unplaced, settings, settingsUrl,
                    Map.of(), null, SloPolicy.defaults());
        }
    }

    public CountermeasureBoard board(Inputs in, Viewer viewer) {
        LocalDate today = in.now().atZone(viewer.zone()).toLocalDate();
        JiraIssueLinks.Jira links = jira.jira();
        List<CountermeasureBoard.Unplaced.Row> toCreate = new ArrayList<>();
        Instant[] oldestSync = {null};
        DateTimeFormatter dates = viewer.dates();
        List<CountermeasureLine> lines = new ArrayList<>();
        Map<CountermeasureState, Lozenge> stateLozenges = new EnumMap<>(CountermeasureState.class);
        int done = 0;
        int overdue = 0;
        int declined = 0;
        int verified = 0;
        int toVerify = 0;
        boolean unchecked = false;
        // Only people who may edit the page get a create URL; they, not every reader, see a sync error's detail, and
        // not in a PDF or e-mail, which travel on to other readers.
        boolean editor = !in.createUrl().isEmpty() && !viewer.staticOutput();
        for (int i = 0; i < in.countermeasures().size(); i++) {
            Countermeasure countermeasure = in.countermeasures().get(i);
            Optional<IssueKey> key = countermeasure.jiraKeyIfSet();
            CreationLedger.Creation creation = in.creations().get(in.rows().get(i));
            if (key.isEmpty() && creation != null && creation.key() != null) {
                key = Optional.of(creation.key());
            }
            // Only issues someone vouched for are in tracked: a typed key shows as a bare key until then.
            Optional<TrackedIssue> tracked = key.map(in.tracked()::get);
            boolean typedUnchecked = tracked.isEmpty() && countermeasure.jiraKeyIfSet().isPresent();
            unchecked |= typedUnchecked;
            // A task ticked on the page with no issue to ask is done outside Jira; with an issue, Jira decides.
            boolean outsideJira = key.isEmpty() && countermeasure.doneOutsideJira();
            boolean isDone = outsideJira || tracked.map(t -> t.category().done()).orElse(false);
            Optional<Verification> said = Optional.ofNullable(in.said().get(in.rows().get(i)));
            CountermeasureState state = CountermeasureState.of(key.isPresent() && countermeasure.jiraKeyIfSet().isEmpty()
                    ? countermeasure.trackedBy(key.get()) : countermeasure, tracked.map(t -> t.category().done()), said);
            // Won't do is closed without being done: never open, never overdue, and no issue is created for it.
            boolean isDeclined = state == CountermeasureState.WONT_DO;
            Optional<LocalDate> due = tracked.flatMap(TrackedIssue::dueIfSet).or(countermeasure::dueIfSet);
            boolean isOverdue = !isDone && !isDeclined && due.map(d -> d.isBefore(today)).orElse(false);
            done += isDone && !isDeclined ? 1 : 0;
            declined += isDeclined ? 1 : 0;
            verified += state == CountermeasureState.VERIFIED ? 1 : 0;
            toVerify += state == CountermeasureState.DONE ? 1 : 0;
            overdue += isOverdue ? 1 : 0;
            boolean beingCreated = creation != null && creation.state() == CreationLedger.State.CLAIMED;
            if (key.isEmpty() && !outsideJira && !beingCreated && !isDeclined) {
                toCreate.add(new CountermeasureBoard.Unplaced.Row(in.rows().get(i).rowId(),
                        countermeasure.row() + ". " + countermeasure.text()));
            }

            Link owner = countermeasure.ownerIfSet().map(o -> people.link(o, viewer)).orElse(Link.notSet(viewer));
            boolean gone = tracked.flatMap(TrackedIssue::lastErrorIfSet).filter(ReconcileTrackedIssues.DELETED::equals)
                    .isPresent();
            // An issue Jira no longer has says nothing about who owns it or when it is due.
            Optional<TrackedIssue> inJira = tracked.filter(t -> !gone);
            String ownerDifference = inJira.map(t -> ownerDifference(countermeasure, owner, t, viewer)).orElse("");
            String dueDifference = inJira.map(t -> dueDifference(countermeasure, t, dates, viewer)).orElse("");
            String rowUrl = editor ? rowUrl(in.createUrl(), in.rows().get(i).rowId()) : "";
            lines.add(new CountermeasureLine(countermeasure.row(), in.rows().get(i).rowId(), countermeasure.text(), owner,
                    due.isEmpty() && key.isEmpty() && !isDone && !isDeclined
                            ? CountermeasureStates.dueBySlo(countermeasure, in.slo(), today, dates, viewer)
                            : due(countermeasure, due, isDone, today, dates, viewer),
                    countermeasure.priorityIfSet().map(p -> p.code()).orElse(""),
                    countermeasure.typeIfSet().map(t -> viewer.text(t.i18nKey())).orElse(""),
                    gone ? gone(key.get(), viewer) : key.map(links::link).orElse(Link.notSet(viewer).withText(
                            outsideJira ? "" : viewer.text(beingCreated ? "postmortems.countermeasures.being-created"
                                    : "postmortems.countermeasures.not-in-jira"))),
                    outsideJira ? List.of(Lozenge.create(viewer.text("postmortems.countermeasures.done-outside-jira"),
                            "success", viewer.text("postmortems.countermeasures.done-outside-jira.hint"), viewer))
                            : tracked.filter(t -> !t.statusName().isEmpty()).map(t -> List.of(status(t, viewer)))
                            .orElse(List.of()),
                    tracked.map(t -> synced(t, in.now(), viewer, editor))
                            .orElse(typedUnchecked ? viewer.text("postmortems.countermeasures.unchecked") : ""),
                    ownerDifference, dueDifference,
                    (isDone || isDeclined ? "pm-cm pm-cm--done" : "pm-cm")
                            + (isDeclined ? " pm-cm--declined" : "")
                            + (tracked.flatMap(TrackedIssue::lastErrorIfSet).isPresent() ? " pm-cm--stale" : ""),
                    rowUrl.isEmpty() ? CountermeasureLine.Actions.NONE : actions(rowUrl, gone,
                            !ownerDifference.isEmpty() && tracked.get().assignee() != null,
                            !dueDifference.isEmpty(), viewer),
                    countermeasure.drafted() ? List.of(TimelineViews.drafted(viewer)) : List.of(),
                    CountermeasureStates.line(state, said, rowUrl.isEmpty() ? "" : stateUrl(in.createUrl(),
                            in.rows().get(i).rowId()), dates, people, viewer, stateLozenges)));
            // A sync that worked is said once for the board (the oldest one: everything is at least that fresh).
            tracked.filter(t -> t.lastErrorIfSet().isEmpty()).flatMap(TrackedIssue::lastSyncedIfSet)
                    .ifPresent(at -> oldestSync[0] = oldestSync[0] == null || at.isBefore(oldestSync[0]) ? at
                            : oldestSync[0]);
        }
        int total = lines.size();
        // Empty: one panel says what to type, so neither a row of zeros nor "the macro holds no table" repeats it.
        int counted = total - declined;
        String summary = total == 0 ? "" : viewer.text("postmortems.countermeasures.summary", total,
                counted - done, overdue, counted == 0 ? 100 : Math.round(100f * done / counted))
                + CountermeasureStates.summary(verified, declined, viewer);
        List<Warning> warnings = total == 0 ? in.warnings().stream().filter(w -> !w.key().equals(NO_TABLE)).toList()
                : in.warnings();
        boolean interactive = !in.createUrl().isEmpty() && !viewer.staticOutput();
        CountermeasureBoard.Connection connection = interactive && !toCreate.isEmpty()
                ? connection(in, viewer) : CountermeasureBoard.Connection.working(interactive ? in.settingsUrl() : "");
        boolean button = !toCreate.isEmpty() && interactive && !connection.any();
        boolean check = unchecked && interactive;
        String project = in.settings().projectKey();
        String issueType = in.settings().issueType();
        // The texts of a button, a dialog or a panel are worded only when the board shows it.
        CountermeasureBoard.Dialog dialog = new CountermeasureBoard.Dialog(
                button ? viewer.text("postmortems.countermeasures.create.dialog.title", project) : "",
                button ? viewer.text("postmortems.countermeasures.create.dialog.intro", project, issueType) : "",
                button ? viewer.text("postmortems.countermeasures.create.dialog.confirm", toCreate.size()) : "",
                button ? viewer.text("postmortems.countermeasures.create.dialog.cancel") : "", project, issueType,
                button ? toCreate : List.of());
        String missing = toCreate.isEmpty() ? ""
                : viewer.text("postmortems.countermeasures.summary.not-in-jira", toCreate.size());
        String synced = oldestSync[0] == null ? ""
                : viewer.text("postmortems.countermeasures.synced", ago(Optional.of(oldestSync[0]), in.now(), viewer));
        String followUp = CountermeasureStates.followUpDue(in.followUp(), today, toVerify, interactive, dates, viewer);
        return new CountermeasureBoard(summary, missing, synced, columns(viewer), lines,
                WarningLines.of(warnings, viewer),
                total == 0 ? viewer.text("postmortems.macros.countermeasures.empty") : "",
                button ? viewer.text("postmortems.countermeasures.create.button", toCreate.size(), project, issueType)
                        : "",
                button ? in.createUrl() : "",
                button ? viewer.text("postmortems.countermeasures.create.hint") : "", Styles.of(viewer),
                check ? viewer.text("postmortems.countermeasures.check.button") : "",
                check ? checkUrl(in.createUrl()) : "",
                check ? viewer.text("postmortems.countermeasures.check.hint") : "", unplaced(in, lines, viewer),
                interactive ? scriptTexts(viewer) : List.of(), dialog, connection,
                interactive ? links.browse() : "", followUp,
                interactive ? CountermeasureStates.dialog(viewer) : CountermeasureBoard.StateDialog.NONE);
    }

    /**
     * Without a connection editors get one line instead of a button that fails on every row; administrators also get
     * the way to the settings. Consent and broken connections are learned on the first call (see the REST answer).
     */
    private static CountermeasureBoard.Connection connection(Inputs in, Viewer viewer) {
        if (in.settings().readyToCreate()) {
            return CountermeasureBoard.Connection.working(in.settingsUrl());
        }
        return new CountermeasureBoard.Connection(viewer.text("postmortems.countermeasures.connection.not-configured"),
                viewer.text("postmortems.countermeasures.connection.settings"), in.settingsUrl(), in.settingsUrl());
    }

    /** Every text countermeasures-create.js shows that does not come in a REST answer. */
    private static List<CountermeasureBoard.ScriptText> scriptTexts(Viewer viewer) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("preparing", "postmortems.countermeasures.create.preparing");
        keys.put("batch", "postmortems.countermeasures.create.batch");
        keys.put("done", "postmortems.countermeasures.create.done");
        keys.put("partly", "postmortems.countermeasures.create.partly");
        keys.put("pending", "postmortems.countermeasures.create.pending");
        keys.put("button", "postmortems.countermeasures.create.button");
        keys.put("confirm", "postmortems.countermeasures.create.dialog.confirm");
        keys.put("missing", "postmortems.countermeasures.summary.not-in-jira");
        keys.put("consent", "postmortems.countermeasures.connection.consent");
        keys.put("settings", "postmortems.countermeasures.connection.settings");
        keys.put("reload", "postmortems.countermeasures.create.reload");
        keys.put("failed-request", "postmortems.countermeasures.create.failed-request");
        keys.put("failed-network", "postmortems.countermeasures.create.failed-network");
        keys.put("checking", "postmortems.countermeasures.check.checking");
        keys.put("working", "postmortems.countermeasures.row-action.working");
        List<CountermeasureBoard.ScriptText> texts = new ArrayList<>();
        keys.forEach((name, key) -> texts.add(new CountermeasureBoard.ScriptText(name, viewer.pattern(key))));
        return texts;
    }

    /** An issue Jira no longer has: its key struck through, linked nowhere. */
    private static Link gone(IssueKey key, Viewer viewer) {
        return new Link(key.toString(), "", viewer.text("postmortems.countermeasures.deleted.hint"),
                "pm-jira-key pm-jira-key--gone");
    }

    private static CountermeasureLine.Actions actions(String rowUrl, boolean gone, boolean owner, boolean due,
                                                      Viewer viewer) {
        return new CountermeasureLine.Actions(owner ? rowUrl + "/from-jira?field=owner" : "",
                due ? rowUrl + "/from-jira?field=due" : "", gone ? rowUrl + "/unlink" : "",
                gone ? rowUrl + "/create-again" : "", viewer.text("postmortems.countermeasures.from-jira"),
                viewer.text("postmortems.countermeasures.from-jira.hint"),
                viewer.text("postmortems.countermeasures.unlink"),
                viewer.text("postmortems.countermeasures.create-again"));
    }

    /** Verify and won't do sit beside the create endpoint: {@code .../pages/{id}/countermeasure-states/{rowId}}. */
    private static String stateUrl(String createUrl, String rowId) {
        return besideCreate(createUrl, "countermeasure-states/" + rowId);
    }

    /** A row's actions sit beside the create endpoint: {@code .../pages/{id}/jira-rows/{rowId}}. */
    private static String rowUrl(String createUrl, String rowId) {
        return besideCreate(createUrl, "jira-rows/" + rowId);
    }

    /** The check endpoint sits beside the create endpoint: {@code .../pages/{id}/jira-checks}. */
    private static String checkUrl(String createUrl) {
        return besideCreate(createUrl, "jira-checks");
    }

    private static String besideCreate(String createUrl, String path) {
        return createUrl.substring(0, createUrl.lastIndexOf('/') + 1) + path;
    }

    private static CountermeasureBoard.Unplaced unplaced(Inputs in, List<CountermeasureLine> lines, Viewer viewer) {
        List<CountermeasureBoard.Unplaced.Line> issues = in.unplaced().stream()
                .map(key -> new CountermeasureBoard.Unplaced.Line(key.toString(),
                        viewer.text("postmortems.countermeasures.unplaced", key.toString())))
                .toList();
        List<CountermeasureBoard.Unplaced.Row> rows = new ArrayList<>();
        for (int i = 0; i < in.countermeasures().size(); i++) {
            if (in.countermeasures().get(i).jiraKeyIfSet().isEmpty()) {
                rows.add(new CountermeasureBoard.Unplaced.Row(lines.get(i).rowId(), lines.get(i).row() + ". "
                        + in.countermeasures().get(i).text()));
            }
        }
        String actions = issues.isEmpty() || viewer.staticOutput() ? "" : in.createUrl();
        if (issues.isEmpty()) {
            return new CountermeasureBoard.Unplaced(issues, rows, "", "", "", "", actions);
        }
        return new CountermeasureBoard.Unplaced(issues, rows, viewer.text("postmortems.countermeasures.unplaced.hint"),
                viewer.text("postmortems.countermeasures.unplaced.place"),
                viewer.text("postmortems.countermeasures.unplaced.choose"),
                viewer.text("postmortems.countermeasures.unplaced.release"), actions);
    }

    /**
     * The page's due date as written (Jira's when the page has none), coloured by the effective one: Jira's once the
     * issue has a due date, as the counts use, so a cell is never red while the summary calls it on time.
     */
    private static Link due(Countermeasure countermeasure, Optional<LocalDate> effective, boolean done, LocalDate today,
                            DateTimeFormatter dates, Viewer viewer) {
        if (effective.isEmpty()) {
            return Link.notSet(viewer);
        }
        LocalDate shown = countermeasure.dueIfSet().orElse(effective.get());
        LocalDate due = effective.get();
        String css = done ? "" : due.isBefore(today) ? "pm-due-overdue"
                : !due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? "pm-due-soon" : "";
        String hint = css.equals("pm-due-overdue") ? viewer.text("postmortems.countermeasures.overdue")
                : css.equals("pm-due-soon") ? viewer.text("postmortems.countermeasures.due-soon") : "";
        return new Link(dates.format(shown), "", hint, css);
    }

    private static Lozenge status(TrackedIssue issue, Viewer viewer) {
        String appearance = switch (issue.category()) {
            case IN_PROGRESS -> "current";
            case DONE -> "success";
            case TO_DO, UNKNOWN -> "";
        };
        return Lozenge.create(issue.statusName(), appearance, "", viewer);
    }

    /**
     * The raw text of a sync failure (Jira's internal address, exception text, a proxy's error page) goes only to
     * people who may edit the page; other readers get a short message. Our own message keys read the same for all.
     */
    private static String synced(TrackedIssue issue, Instant now, Viewer viewer, boolean editor) {
        if (issue.lastErrorIfSet().isPresent()) {
            String ago = ago(issue.lastSyncedIfSet(), now, viewer);
            if (issue.lastError().equals(ReconcileTrackedIssues.DELETED)) {
                return viewer.text("postmortems.countermeasures.deleted", ago);
            }
            if (issue.lastError().startsWith("postmortems.")) {
                return viewer.text("postmortems.countermeasures.sync-failed", ago, viewer.text(issue.lastError()));
            }
            return editor ? viewer.text("postmortems.countermeasures.sync-failed", ago, issue.lastError())
                    : viewer.text("postmortems.countermeasures.sync-failed-short", ago);
        }
        // A sync that worked is said once, for the whole board; the row speaks only when something is off.
        return issue.lastSyncedIfSet().isPresent() ? "" : viewer.text("postmortems.countermeasures.not-synced");
    }

    private static String ago(Optional<Instant> at, Instant now, Viewer viewer) {
        return at.map(a -> HumanDuration.format(Duration.between(a, now).isNegative() ? Duration.ZERO
                        : Duration.between(a, now), viewer.messages()))
                .orElse("?");
    }

    /** Jira's due date under the page's, in the due cell, when both are set and differ. */
    private static String dueDifference(Countermeasure countermeasure, TrackedIssue issue, DateTimeFormatter dates,
                                        Viewer viewer) {
        if (issue.lastSyncedIfSet().isEmpty() || issue.due() == null || countermeasure.due() == null
                || issue.due().equals(countermeasure.due())) {
            return "";
        }
        // No-break spaces keep Jira's date whole ("Nov 30, / 2026" never); the words before it may wrap.
        return viewer.text("postmortems.countermeasures.jira-due", dates.format(issue.due()).replace(' ', '\u00a0'));
    }

    /** Jira's assignee under the page's owner, in the owner cell, when they are not the same person. */
    private static String ownerDifference(Countermeasure countermeasure, Link owner, TrackedIssue issue,
                                          Viewer viewer) {
        if (issue.lastSyncedIfSet().isEmpty()) {
            return "";
        }
        Optional<String> ownerName = countermeasure.ownerIfSet().flatMap(o -> username(o, owner));
        if (ownerName.isEmpty() || ownerName.get().equalsIgnoreCase(issue.assignee() == null ? ""
                : issue.assignee())) {
            return "";
        }
        return issue.assignee() == null ? viewer.text("postmortems.countermeasures.jira-unassigned")
                : viewer.text("postmortems.countermeasures.jira-assignee",
                        issue.assigneeName() == null ? issue.assignee() : issue.assigneeName());
    }

    /** The owner's username: typed as such, or from the Confluence profile the link was made from. */
    private static Optional<String> username(UserRef owner, Link link) {
        if (owner instanceof UserRef.ByUsername byName) {
            return Optional.of(byName.username());
        }
        return owner instanceof UserRef.ByKey && !link.hint().isEmpty() ? Optional.of(link.hint()) : Optional.empty();
    }

    private static List<String> columns(Viewer viewer) {
        return List.of("text", "owner", "due", "priority", "type", "jira", "status").stream()
                .map(c -> viewer.text("postmortems.countermeasure.column." + c)).toList();
    }
}
