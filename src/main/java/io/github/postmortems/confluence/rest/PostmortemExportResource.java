package io.github.postmortems.confluence.rest;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.postmortems.confluence.list.ConfluenceVisibility;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.report.Csv;
import io.github.postmortems.report.ListParameters;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Visibility;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postmortem list as CSV, with the macro's parameters and the same permission rules: only postmortems the caller
 * may see. {@code kind=countermeasures} lists the Jira issues tracked for those postmortems' countermeasures; rows
 * without a Jira issue are not in the store, so each postmortem's counts are in the postmortems export.
 * Without {@code spaces} it lists every space the caller may see (there is no "this space" here).
 */
@Path("/export")
@Produces("text/csv; charset=UTF-8")
public class PostmortemExportResource {

    static final List<String> POSTMORTEM_HEADER = List.of("page_id", "space", "title", "severity", "status",
            "start", "detected", "ended", "ttd_seconds", "ttr_seconds", "countermeasures", "open", "done", "overdue",
            "done_within_slo", "labels");
    static final List<String> COUNTERMEASURE_HEADER = List.of("page_id", "space", "postmortem", "row_id",
            "jira_key", "jira_status", "status_category", "assignee", "due", "resolved");

    private final ListPostmortems list;
    private final ConfluenceVisibility visibility;
    private final TrackedIssues tracked;
    private final TimeZoneManager timeZones;

    @Inject
    public PostmortemExportResource(ListPostmortems list, ConfluenceVisibility visibility, TrackedIssues tracked,
                                    TimeZoneManager timeZones) {
        this.list = list;
        this.visibility = visibility;
        this.tracked = tracked;
        this.timeZones = timeZones;
    }

    @GET
    public Response export(@QueryParam("spaces") String spaces, @QueryParam("labels") String labels,
                           @QueryParam("minSeverity") String minSeverity, @QueryParam("status") String status,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("sort") String sort, @QueryParam("kind") String kind) {
        Map<String, String> parameters = ListRequestParameters.of(spaces, labels, minSeverity, status, from, to, sort);
        ZoneId zone = timeZones.getUserTimeZone().toZoneId();
        ListQuery query = ListParameters.parse(parameters, "", list.today(zone), zone);
        boolean countermeasures = "countermeasures".equals(kind);
        Visibility viewer = visibility.ofCurrentUser();
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(query, viewer, countermeasures, list.today(zone), writer);
            writer.flush();
        };
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\""
                        + (countermeasures ? "postmortem-countermeasures.csv" : "postmortem-list.csv") + "\"")
                .build();
    }

    /**
     * Streams the CSV as the index is walked, a page of rows at a time: memory stays bounded by one page whatever the
     * selection, and the countermeasures of a page of postmortems come from one query.
     *
     * @param today the reader's day: the overdue column counts countermeasures due before it, as the list does
     */
    void write(ListQuery query, Visibility viewer, boolean countermeasures, LocalDate today, Writer out)
            throws IOException {
        out.write(Csv.line(countermeasures ? COUNTERMEASURE_HEADER : POSTMORTEM_HEADER));
        try {
            list.forEachVisibleBatch(query.selection(), viewer, batch -> {
                try {
                    if (countermeasures) {
                        Map<Long, PostmortemSummary> byPage = new LinkedHashMap<>();
                        batch.forEach(summary -> byPage.put(summary.pageId(), summary));
                        Map<Long, List<TrackedIssue>> issues = new HashMap<>();
                        for (TrackedIssue issue : tracked.byPages(byPage.keySet())) {
                            issues.computeIfAbsent(issue.row().pageId(), id -> new ArrayList<>()).add(issue);
                        }
                        for (PostmortemSummary summary : byPage.values()) {
                            for (TrackedIssue issue : issues.getOrDefault(summary.pageId(), List.of())) {
                                // Like the page: nothing from Jira for a key nobody vouched for.
                                if (issue.vouched()) {
                                    out.write(Csv.line(countermeasure(summary, issue)));
                                }
                            }
                        }
                    } else {
                        for (PostmortemSummary summary : batch) {
                            out.write(Csv.line(postmortem(summary, today)));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away mid-download
        }
    }

    private static List<String> postmortem(PostmortemSummary s, LocalDate today) {
        return List.of(String.valueOf(s.pageId()), s.spaceKey(), s.title(), text(s.severityCode()),
                s.status().name(), text(s.start()), text(s.detected()), text(s.ended()),
                s.timeToDetect() == null ? "" : String.valueOf(s.timeToDetect().getSeconds()),
                s.timeToResolve() == null ? "" : String.valueOf(s.timeToResolve().getSeconds()),
                String.valueOf(s.countermeasures().total()), String.valueOf(s.countermeasures().open()),
                String.valueOf(s.countermeasures().done()), String.valueOf(s.countermeasures().overdue(today)),
                String.valueOf(s.countermeasures().doneWithinSlo()), String.join(" ", s.tags().values()));
    }

    private static List<String> countermeasure(PostmortemSummary s, TrackedIssue issue) {
        return List.of(String.valueOf(s.pageId()), s.spaceKey(), s.title(), issue.row().rowId(),
                issue.key().toString(), issue.statusName(), issue.category().name(), text(issue.assigneeName()),
                text(issue.due()), text(issue.resolvedAt()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
