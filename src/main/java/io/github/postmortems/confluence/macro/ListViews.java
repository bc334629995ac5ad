package io.github.postmortems.confluence.macro;

import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.report.ListColumn;
import io.github.postmortems.report.ListPage;
import io.github.postmortems.report.ListWarning;
import io.github.postmortems.report.PostmortemList;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Statistics;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.text.HumanDuration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns one viewer's postmortem list into what the template shows. */
public class ListViews {

    /** The blueprint the empty list's button opens in Confluence's Create dialog. */
    static final String BLUEPRINT_KEY = "io.github.postmortems.confluence:blueprint-postmortem";

    private final SloPolicyStore slo;

    public ListViews(SloPolicyStore slo) {
        this.slo = slo;
    }

    /**
     * @param exportUrl   where the CSV of the same list is downloaded
     * @param rowsUrl     where the rows after the shown ones come from, without the offset; the button's URL
     * @param offerCreate whether an empty list offers its own Create button; not where the page has one already (the
     *                    index page's create-from-template button)
     */
    public PostmortemListView view(PostmortemList list, Viewer viewer, String exportUrl, String rowsUrl,
                                   boolean offerCreate) {
        List<String> warnings = new ArrayList<>();
        for (ListWarning warning : list.query().warnings()) {
            warnings.add(viewer.text(warning.key(), warning.parameter(), warning.value()));
        }
        Statistics statistics = list.statistics();
        List<String> columns = list.query().columns().stream()
                .map(column -> viewer.text("postmortems.list.column." + column.code())).toList();
        List<ListRow> rows = rows(list.rows(), list.query().columns(), list.today(), viewer);
        // One CSV link: when the table shows only the first rows, it says how many the file holds.
        Link export = new Link(list.truncated() ? viewer.text("postmortems.list.more", statistics.count())
                : viewer.text("postmortems.list.export"), exportUrl, "", "pm-list__export");
        return new PostmortemListView(Styles.of(viewer), warnings, numbers(statistics, sloHint(list, viewer), viewer),
                ListChart.svg(statistics.months(), list.firstMonth(), list.months(), viewer,
                        viewer.text("postmortems.list.chart.title")),
                viewer.text("postmortems.list.chart.title"), columns, rows, statistics.count() == 0,
                viewer.text("postmortems.list.empty"), empty(viewer, offerCreate), export,
                showMore(list, viewer, rowsUrl));
    }

    /**
     * Confluence's Create dialog opened on our blueprint, by the create-content plugin's own URL parameters (its
     * create-dialog-init.js reads createDialog, createDialogSpaceKey and createDialogBlueprintKey on every page), so
     * the button needs no script of ours. Without a space to create in, the page's Create menu is explained instead.
     */
    private static EmptyList empty(Viewer viewer, boolean offerCreate) {
        if (!offerCreate) {
            return new EmptyList(viewer.text("postmortems.list.empty.published"), Link.text(""));
        }
        if (viewer.spaceKey().isEmpty()) {
            return new EmptyList(viewer.text("postmortems.list.empty.hint"), Link.text(""));
        }
        String href = viewer.baseUrl() + "/?createDialog=true&createDialogSpaceKey="
                + URLEncoder.encode(viewer.spaceKey(), StandardCharsets.UTF_8) + "&createDialogBlueprintKey="
                + URLEncoder.encode(BLUEPRINT_KEY, StandardCharsets.UTF_8);
        return new EmptyList(viewer.text("postmortems.list.empty.published"),
                new Link(viewer.text("postmortems.list.create"), href, "",
                        "aui-button aui-button-primary pm-list__create"));
    }

    /** The rows of one page, as the table shows them, overdue counted on the reader's {@code today}. */
    public ListRowsView rows(ListPage page, LocalDate today, Viewer viewer) {
        return new ListRowsView(rows(page.rows(), page.query().columns(), today, viewer));
    }

    /** Only in a browser: a PDF or an email has no script to fetch the rows with, and keeps the export link. */
    private static ShowMore showMore(PostmortemList list, Viewer viewer, String rowsUrl) {
        if (!list.truncated() || viewer.staticOutput()) {
            return ShowMore.none();
        }
        return new ShowMore(viewer.text("postmortems.list.show-more"),
                rowsUrl + (rowsUrl.contains("?") ? "&" : "?") + "offset=" + list.rows().size()
                        + "&max=" + list.query().maxRows(),
                viewer.text("postmortems.list.show-more.loading"), viewer.text("postmortems.list.show-more.failed"));
    }

    private static List<ListRow> rows(List<PostmortemSummary> summaries, List<ListColumn> columns, LocalDate today,
                                      Viewer viewer) {
        return summaries.stream().map(summary -> row(summary, columns, today, viewer)).toList();
    }

    /**
     * What "closed within SLO" counts against: the policy of the one space listed, or each space's own with the site's
     * named, in days per priority from the incident's start.
     */
    private String sloHint(PostmortemList list, Viewer viewer) {
        Set<String> spaces = list.query().selection().spaceKeys();
        if (spaces.size() == 1) {
            String space = spaces.iterator().next();
            return viewer.text("postmortems.slo.list.space", space, days(slo.applying(space), viewer));
        }
        return viewer.text("postmortems.slo.list.spaces", days(slo.site(), viewer));
    }

    /** "P1 28 days, P2 28 days, P3 56 days, P4 56 days". */
    private static String days(SloPolicy policy, Viewer viewer) {
        List<String> parts = new ArrayList<>();
        for (Priority priority : Priority.DEFAULTS) {
            policy.periodFor(priority).ifPresent(period -> parts.add(viewer.text("postmortems.slo.list.days",
                    priority.code(), SloPolicy.days(period))));
        }
        return String.join(", ", parts);
    }

    private static List<ListNumber> numbers(Statistics statistics, String sloHint, Viewer viewer) {
        String none = viewer.text("postmortems.list.number.none");
        return List.of(
                new ListNumber(String.valueOf(statistics.count()), viewer.text("postmortems.list.number.count"), ""),
                new ListNumber(statistics.medianTimeToDetectIfKnown().map(d -> human(d, viewer)).orElse(none),
                        viewer.text("postmortems.list.number.ttd"), ""),
                new ListNumber(statistics.medianTimeToResolveIfKnown().map(d -> human(d, viewer)).orElse(none),
                        viewer.text("postmortems.list.number.ttr"), ""),
                new ListNumber(String.valueOf(statistics.openCountermeasures()),
                        viewer.text("postmortems.list.number.open"), ""),
                new ListNumber(String.valueOf(statistics.overdueCountermeasures()),
                        viewer.text("postmortems.list.number.overdue"), ""),
                new ListNumber(statistics.shareClosedWithinSlo().map(share -> Math.round(share * 100) + " %")
                        .orElse(none), viewer.text("postmortems.list.number.slo"),
                        sloHint));
    }

    private static ListRow row(PostmortemSummary summary, List<ListColumn> columns, LocalDate today, Viewer viewer) {
        int overdue = summary.countermeasures().overdue(today);
        List<ListCell> cells = new ArrayList<>(columns.size());
        for (ListColumn column : columns) {
            cells.add(switch (column) {
                case TITLE -> new ListCell(new Link(summary.title(),
                        viewer.baseUrl() + "/pages/viewpage.action?pageId=" + summary.pageId(), summary.spaceKey(), ""),
                        List.of(), "", "pm-list__title");
                case START -> summary.startIfKnown()
                        .map(start -> ListCell.text(viewer.dates().format(start.atZone(viewer.zone())),
                                "pm-list__start"))
                        .orElseGet(() -> notSet(viewer));
                case SEVERITY -> summary.severityCode() == null ? notSet(viewer)
                        : new ListCell(Link.text(""), List.of(Lozenge.ofSeverity(summary.severityCode(),
                        summary.severityRank(), viewer)), "", "");
                case STATUS -> new ListCell(Link.text(""), List.of(Lozenge.of(summary.status(), viewer)), "", "");
                case TTD -> duration(summary.timeToDetect(), viewer);
                case TTR -> duration(summary.timeToResolve(), viewer);
                case COUNTERMEASURES -> countermeasures(summary, viewer);
                case OVERDUE -> ListCell.text(String.valueOf(overdue),
                        overdue > 0 ? "pm-list__number pm-list__overdue" : "pm-list__number");
                case FOLLOWUP -> followUp(summary, today, viewer);
            });
        }
        return new ListRow(summary.pageId(), cells);
    }

    /** The follow-up review day, red once it has come while countermeasures wait to be verified or declined. */
    private static ListCell followUp(PostmortemSummary summary, LocalDate today, Viewer viewer) {
        if (summary.followUpIfSet().isEmpty()) {
            return notSet(viewer);
        }
        String day = viewer.dates().format(summary.followUp());
        return summary.followUpDueBy(today)
                ? ListCell.text(viewer.text("postmortems.list.followup.due", day,
                        summary.countermeasures().unsettled()), "pm-list__followup pm-list__overdue")
                : ListCell.text(day, "pm-list__followup");
    }

    private static final java.util.regex.Pattern UNIT_SPACE = java.util.regex.Pattern.compile("(\\d) ");

    private static ListCell countermeasures(PostmortemSummary summary, Viewer viewer) {
        int done = summary.countermeasures().done();
        int total = summary.countermeasures().total();
        if (total == 0) {
            return notSet(viewer);
        }
        return new ListCell(Link.text(done + "/" + total), List.of(), progressHtml(done, total, viewer),
                "pm-list__countermeasures");
    }

    /** A bar from two numbers only: nothing a page author typed goes into this markup. */
    static String progressHtml(int done, int total, Viewer viewer) {
        int percent = total == 0 ? 0 : Math.round(100f * done / total);
        boolean inline = viewer.staticOutput();
        return "<span class=\"pm-progress\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"" + total
                + "\" aria-valuenow=\"" + done + "\"" + (inline
                ? " style=\"display:inline-block;width:40px;height:6px;background:#DFE1E6;border-radius:3px;"
                + "margin-left:6px;vertical-align:middle;\"" : "") + "><span class=\"pm-progress__bar\" style=\"width:"
                + percent + "%;" + (inline ? "display:block;height:6px;background:#22A06B;border-radius:3px;" : "")
                + "\"></span></span>";
    }

    /** "3 h 12 min" may wrap between its parts, never between a number and its unit. */
    private static ListCell duration(Duration duration, Viewer viewer) {
        return duration == null ? notSet(viewer)
                : ListCell.text(UNIT_SPACE.matcher(HumanDuration.format(duration, viewer.messages()))
                .replaceAll("$1\u00a0"), "pm-list__number");
    }

    private static String human(Duration duration, Viewer viewer) {
        return HumanDuration.format(duration, viewer.messages());
    }

    private static ListCell notSet(Viewer viewer) {
        return new ListCell(Link.notSet(viewer), List.of(), "", "");
    }
}
