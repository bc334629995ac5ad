package io.github.postmortems.confluence.macro;

import io.github.postmortems.incident.DraftedMarks;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.storage.TableReading;
import io.github.postmortems.timeline.TimelineRow;
import io.github.postmortems.timeline.TimelineStory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident-timeline macro's use case: read its table in the incident's zone (from the page's details), merge in
 * the details' milestones, and tell the story for this viewer.
 */
public class ShowTimeline {

    private final StorageReader reader;
    private final DraftedRowMemory drafted;

    public ShowTimeline(StorageReader reader, DraftedRowMemory drafted) {
        this.reader = reader;
        this.drafted = drafted;
    }

    /** Without a memory of drafted rows: every "From Jira" lozenge shows as written. */
    ShowTimeline(StorageReader reader) {
        this(reader, DraftedRowMemory.NONE);
    }

    /**
     * @param body  the macro's body (view HTML as Confluence hands it, or storage)
     * @param page  the page the timeline is on, for its details; its storage is "" when there is none (a preview)
     * @param links where the viewer can follow the pages and files given as evidence
     */
    public TimelineView show(String body, RenderedPage page, TimelineParameters parameters, Viewer viewer,
                             EvidenceLinks links) {
        ZoneId readingZone = parameters.zone().orElse(viewer.siteZone());
        ReadingContext pageContext = IncidentTimesIn.readingContext(readingZone, page.title());
        Optional<IncidentTimes> incident = page.read(new IncidentTimesIn(pageContext), storage -> storage.isEmpty()
                ? Optional.<IncidentTimes>empty() : reader.readPageIncidentTimes(storage, pageContext));
        ReadingContext context = pageContext;
        if (incident.isPresent()) {
            IncidentTimes times = incident.get();
            context = context.forIncident(times.zone(), times.start().atZone(times.zone()).toLocalDate());
        }
        // The event texts are cleaned from the cells this reading parses, not parsed once more each.
        EventMarkup markup = new EventMarkup();
        TableReading<TimelineRow> table = reader.readTimeline(body == null ? "" : body, context, markup.cellsRead());
        Map<io.github.postmortems.postmortem.Milestone, java.time.Instant> milestones =
                parameters.showMilestones() ? incident.map(IncidentTimes::moments).orElse(Map.of()) : Map.of();
        // A drafted row a person has edited is shown as theirs (issue 15, item 4).
        List<TimelineRow> rows = DraftedMarks.timeline(table.rows(), RememberedDrafts.of(page, drafted));
        TimelineStory story = TimelineStory.compose(rows, milestones, parameters.gapThreshold());

        List<Warning> warnings = new ArrayList<>(parameters.warnings());
        warnings.addAll(table.warnings());
        Viewer reading = parameters.zone().map(viewer::inZone).orElse(viewer);
        ZoneId incidentZone = incident.map(IncidentTimes::zone).orElse(null);
        return TimelineViews.view(story, warnings, incidentZone, parameters.compact(), reading, links, markup);
    }

}
