package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * What the incident-timeline macro shows: a vertical list of lines (entries, milestones, silences, rows that could
 * not be placed), notices above it (sorted, warnings) and an empty-state text when there is nothing yet.
 */
public record TimelineView(List<TimelineLine> lines, List<String> notices, List<String> warnings, String emptyText,
                           boolean compact, Styles styles) {

    public TimelineView {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    /** The list of lines, escaped as the template would escape each value (see {@link TimelineLinesHtml}). */
    public String linesHtml() {
        return TimelineLinesHtml.of(lines, styles);
    }

    public String css() {
        return compact ? "pm-timeline pm-timeline--compact" : "pm-timeline";
    }
}
