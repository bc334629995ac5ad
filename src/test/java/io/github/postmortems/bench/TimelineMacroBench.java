package io.github.postmortems.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.github.postmortems.confluence.macro.EvidenceLinks;
import io.github.postmortems.confluence.macro.IncidentTimelineMacro;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.confluence.macro.MacroTemplates;
import io.github.postmortems.confluence.macro.PostmortemDetailsMacro;
import io.github.postmortems.confluence.macro.TimelineParameters;
import io.github.postmortems.confluence.macro.TimelineView;
import io.github.postmortems.confluence.macro.TimelineViews;
import io.github.postmortems.confluence.macro.Viewer;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.storage.TableReading;
import io.github.postmortems.timeline.TimelineRow;
import io.github.postmortems.timeline.TimelineStory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's speed target: parse and render a 1,000-entry incident timeline in under 10 ms (median) on the 2-core
 * build machine, end to end through {@link IncidentTimelineMacro#execute} (read the page's details and the body,
 * tell the story, build the view, render the Velocity template with the host's escaping). Compared, in the same run,
 * with a naive path that re-reads the page's details and re-parses the whole body for each entry, to find that
 * entry's row; it renders the same HTML, which is checked before anything is timed. The details card is measured
 * beside it, on the same full page.
 */
class TimelineMacroBench {

    private static final int ENTRIES = 1_000;
    private static final long SEED = 20261004L;
    private static final String TIMELINE_TEMPLATE = "templates/macro/incident-timeline.vm";

    private static final Bench.Plan TIMELINE = new Bench.Plan(200, Duration.ofSeconds(8), 400);
    private static final Bench.Plan CARD = new Bench.Plan(5_000, Duration.ofSeconds(5), 5_000);
    /** The naive path takes seconds per render: fewer samples, so its p99 is close to its maximum. */
    private static final Bench.Plan NAIVE = new Bench.Plan(1, Duration.ZERO, 5);

    private final MacroFixture fixture = new MacroFixture();
    private final IncidentTimelineMacro timeline = fixture.timelineMacro();
    private final PostmortemDetailsMacro details = fixture.detailsMacro();
    private final StorageReader reader = new StorageReader();
    private final MacroTemplates templates = fixture.templates();

    @Test
    void rendersAThousandEntryTimelineInUnderTenMilliseconds() {
        LargePostmortem postmortem = LargePostmortem.of(ENTRIES, SEED);
        String body = postmortem.timelineViewBody();
        String page = postmortem.pageStorage();
        ConversionContext context = MacroFixture.display(page);
        Map<String, String> parameters = Map.of();
        String detailsBody = MacroFixture.body(page, "postmortem-details");

        String rendered = timeline.execute(parameters, body, context);
        assertSensible(rendered);
        assertEquals(rendered, naive(parameters, body, context), "the naive path renders the same timeline");
        String card = details.execute(Map.of(), detailsBody, context);
        assertTrue(card.contains("Checkout outage after database failover"), card);
        assertFalse(card.contains("pm-failure"), card);

        Bench.Measurement naive = Bench.measure("timeline, naive: re-parse body per entry", NAIVE,
                () -> naive(parameters, body, context));
        Bench.Measurement macro = Bench.measure("timeline, 1,000 entries: execute()", TIMELINE,
                () -> timeline.execute(parameters, body, context));
        ReadingContext berlin = ReadingContext.inZone(ZoneId.of("Europe/Berlin"));
        Bench.Measurement read = Bench.measure("  of which: read body only", TIMELINE,
                () -> reader.readTimeline(body, berlin));
        Bench.Measurement cardRender = Bench.measure("details card, full page: execute()", CARD,
                () -> details.execute(Map.of(), detailsBody, context));

        new BenchTable("timeline-macro", "Issue 4: incident timeline and details card, parse and render")
                .add(naive)
                .add(macro, naive, BenchTable.Target.medianUnder(10.0))
                .add(read)
                .add(cardRender)
                .report();
    }

    /**
     * What the macro would cost written without care: for each entry, read the page's details again (for the
     * incident's zone and date) and parse the whole body again to find that entry's row. Then the same story, view
     * and template as the macro.
     */
    private String naive(Map<String, String> parameters, String body, ConversionContext context) {
        Viewer viewer = fixture.viewers().viewerOf(context);
        TimelineParameters request = TimelineParameters.parse(parameters);
        String page = context.getEntity().getBodyAsString();
        ReadingContext base = new ReadingContext(request.zone().orElse(viewer.siteZone()), SeverityScale.defaults(),
                null, null);
        List<TimelineRow> rows = new ArrayList<>();
        List<Warning> tableWarnings;
        Optional<IncidentTimes> incident;
        for (int row = 0; ; row++) {
            incident = reader.readPageDetails(page, base).postmortem().flatMap(Postmortem::timesIfSet);
            ReadingContext reading = incident
                    .map(times -> base.forIncident(times.zone(), times.start().atZone(times.zone()).toLocalDate()))
                    .orElse(base);
            TableReading<TimelineRow> table = reader.readTimeline(body, reading);
            if (row >= table.rows().size()) {
                tableWarnings = table.warnings();
                break;
            }
            rows.add(table.rows().get(row));
        }
        TimelineStory story = TimelineStory.compose(rows,
                request.showMilestones() ? incident.map(IncidentTimes::moments).orElse(Map.of()) : Map.of(),
                request.gapThreshold());
        List<Warning> warnings = new ArrayList<>(request.warnings());
        warnings.addAll(tableWarnings);
        TimelineView view = TimelineViews.view(story, warnings, incident.map(IncidentTimes::zone).orElse(null),
                request.compact(), request.zone().map(viewer::inZone).orElse(viewer),
                EvidenceLinks.NONE);
        return templates.render(TIMELINE_TEMPLATE, "timeline", view);
    }

    /** The sample is what it claims to be: every entry shown, silences flagged, no failure box. */
    private static void assertSensible(String rendered) {
        assertFalse(rendered.contains("pm-failure"), "the macro fell into its failure box");
        assertEquals(ENTRIES, count(rendered, "pm-timeline__item--event"), "every entry is shown");
        assertEquals(6, count(rendered, "pm-timeline__item--milestone"), "the details' milestones are merged in");
        assertTrue(count(rendered, "pm-timeline__item--silence") >= 10, "the sample has silences");
        assertTrue(rendered.contains("<code>payments-api</code>") || rendered.contains("<code>checkout</code>"),
                "rich text is kept");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
