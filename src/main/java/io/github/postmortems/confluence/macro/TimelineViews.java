package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Warning;
import io.github.postmortems.text.HumanDuration;
import io.github.postmortems.text.IsoInstant;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineStory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the {@link TimelineView} of a {@link TimelineStory} for one viewer. */
public final class TimelineViews {

    /** Per-row order warnings are replaced by one notice that the timeline was sorted. */
    private static final String ROW_ORDER_WARNING = "postmortems.timeline.warning.order";
    private static final String TIME_COLUMN = "postmortems.timeline.column.time";
    /** "+{0}", before each line's time since the previous one. */
    static final String ELAPSED = "postmortems.macros.timeline.elapsed";
    /** Each kind's marker class, "pm-kind-detect", written once rather than on every line. */
    private static final Map<EntryKind, String> KIND_CSS = new EnumMap<>(EntryKind.class);

    static {
        for (EntryKind kind : EntryKind.values()) {
            KIND_CSS.put(kind, "pm-kind-" + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private TimelineViews() {
    }

    /** @param links where the viewer can follow the pages and files given as evidence */
    public static TimelineView view(TimelineStory story, List<Warning> warnings, ZoneId incidentZone, boolean compact,
                                    Viewer viewer, EvidenceLinks links) {
        return view(story, warnings, incidentZone, compact, viewer, links, new EventMarkup());
    }

    /** @param markup cleans the event texts; it may hold the cells the story's reading parsed */
    static TimelineView view(TimelineStory story, List<Warning> warnings, ZoneId incidentZone, boolean compact,
                             Viewer viewer, EvidenceLinks links, EventMarkup markup) {
        Moments moments = new Moments(viewer);
        // A row that could not be placed carries the reader's reason itself, instead of repeating it above.
        Map<Integer, Warning> timeWarnings = new HashMap<>();
        for (Warning warning : warnings) {
            if (TIME_COLUMN.equals(warning.where().column())) {
                timeWarnings.putIfAbsent(warning.where().row(), warning);
            }
        }
        List<Warning> shown = new ArrayList<>();
        // A long timeline repeats a few kinds and elapsed times: each is put into words once per view.
        Map<EntryKind, String> kindNames = new EnumMap<>(EntryKind.class);
        Map<Duration, String> elapsedTexts = new HashMap<>();
        SlottedText elapsedWording = SlottedText.of(viewer, ELAPSED);
        Labelled linked = new Labelled(viewer.text("postmortems.macros.timeline.evidence"), viewer, links);
        List<TimelineLine> lines = new ArrayList<>();
        java.time.LocalDate previousDay = null;
        for (TimelineStory.Item item : story.items()) {
            if (item instanceof TimelineStory.Moment moment) {
                if (moment.silence()) {
                    lines.add(silence(moment, viewer));
                }
                java.time.ZonedDateTime seen = moments.seen(moment.time());
                String day = seen.toLocalDate().equals(previousDay) ? "" : moments.dayHeading(seen);
                Link time = moments.timeOfDay(seen, incidentZone);
                String elapsed = moment.sincePrevious() == null || moment.sincePrevious().isZero() ? ""
                        : elapsedTexts.computeIfAbsent(moment.sincePrevious(),
                                since -> elapsedWording.with(HumanDuration.format(since, viewer.messages())));
                lines.add(moment instanceof TimelineStory.Event event
                        ? event(event.entry(), day, time, elapsed,
                                kindNames.computeIfAbsent(event.entry().kind(), kind -> viewer.text(kind.i18nKey())),
                                viewer, linked, markup)
                        : milestone((TimelineStory.Marker) moment, day, time, elapsed, viewer));
                previousDay = seen.toLocalDate();
            } else if (item instanceof TimelineStory.Unplaced unplaced) {
                Warning reason = timeWarnings.remove(unplaced.row().row());
                lines.add(unreadable(unplaced, reason, viewer, markup));
            }
        }
        List<String> notices = new ArrayList<>();
        if (story.reordered()) {
            notices.add(viewer.text("postmortems.macros.timeline.notice.sorted"));
        }
        for (Warning warning : warnings) {
            boolean onItsLine = TIME_COLUMN.equals(warning.where().column())
                    && !timeWarnings.containsValue(warning);
            if (!warning.key().equals(ROW_ORDER_WARNING) && !onItsLine) {
                shown.add(warning);
            }
        }
        return new TimelineView(lines, notices, WarningLines.of(shown, viewer),
                viewer.text("postmortems.macros.timeline.empty"), compact, Styles.of(viewer));
    }

    private static TimelineLine event(TimelineEntry entry, String day, Link time, String elapsed, String kind,
                                      Viewer viewer, Labelled links, EventMarkup markup) {
        Link evidence = entry.evidenceIfSet().map(links::evidence).orElse(Link.text(""));
        return new TimelineLine("event", day, time, IsoInstant.of(entry.time()), elapsed, kind, kindCss(entry.kind()),
                markup.safe(entry.row(), entry.richText()), entry.text(), evidence, "",
                entry.drafted() ? List.of(drafted(viewer)) : List.of());
    }

    /** The lozenge a row drafted from the incident is written with, as Confluence's status macro shows it. */
    static Lozenge drafted(Viewer viewer) {
        return Lozenge.create(viewer.text("postmortems.timeline.drafted.mark"), "",
                viewer.text("postmortems.macros.drafted.hint"), viewer);
    }

    /** Evidence as one view links it: its web links all read "Evidence", worded once per view. */
    private record Labelled(String webLabel, Viewer viewer, EvidenceLinks links) {

        /** A web link as "Evidence"; a page or file as its name, linked where Confluence finds it for this viewer. */
        Link evidence(Evidence evidence) {
            if (evidence instanceof Evidence.Web web) {
                return new Link(webLabel, web.name(), web.name(), "");
            }
            return links.pathOf(evidence)
                    .map(path -> new Link(evidence.name(), viewer.baseUrl() + path, "", ""))
                    .orElse(Link.text(evidence.name()));
        }
    }

    private static TimelineLine milestone(TimelineStory.Marker marker, String day, Link time, String elapsed,
                                               Viewer viewer) {
        String name = viewer.text(marker.milestone().i18nKey());
        return new TimelineLine("milestone", day, time, IsoInstant.of(marker.time()), elapsed,
                viewer.text("postmortems.macros.timeline.milestone"), milestoneCss(marker.milestone()), "", name,
                Link.text(""), "");
    }

    private static TimelineLine silence(TimelineStory.Moment moment, Viewer viewer) {
        String text = viewer.text("postmortems.macros.timeline.silence",
                HumanDuration.format(moment.sincePrevious(), viewer.messages()));
        return new TimelineLine("silence", "", Link.text(""), "", "", "", "", "", text, Link.text(""), "");
    }

    private static TimelineLine unreadable(TimelineStory.Unplaced unplaced, Warning reason, Viewer viewer,
                                           EventMarkup markup) {
        var row = unplaced.row();
        String warning = reason != null
                ? WarningLines.line(reason, viewer) + " " + viewer.text("postmortems.macros.timeline.unplaced-where")
                : viewer.text("postmortems.macros.timeline.unplaced-no-time", row.row());
        return new TimelineLine("unreadable", "", Link.text(row.typedTime()), "", "", "", "pm-kind-unknown",
                markup.safe(row.row(), row.richText()), row.text(), Link.text(""), warning);
    }

    private static String kindCss(EntryKind kind) {
        return KIND_CSS.get(kind);
    }

    private static String milestoneCss(Milestone milestone) {
        return "pm-milestone pm-milestone-" + milestone.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
