package io.github.postmortems.confluence.macro;

import java.util.List;

/**
 * One line of the timeline.
 *
 * @param type        "event", "milestone", "silence" or "unreadable" (CSS modifier)
 * @param day         the date, on the first line of each day; "" otherwise
 * @param time        time of day in the viewer's zone, with the incident's zone on hover when they differ
 * @param datetime    ISO-8601 instant for the {@code <time>} element; "" when unknown
 * @param elapsed     "+12 min" since the previous moment; "" for the first
 * @param kind        the entry's kind or the milestone's name
 * @param kindCss     marker colour class ("pm-kind-detect", ...)
 * @param textHtml    the event cell's rich text as Confluence rendered it, cut down to {@link EventMarkup}'s allowlist
 * @param text        plain text for lines without rich text (silences, milestones)
 * @param evidence    link to the evidence; text "" when none
 * @param warning     why the line could not be placed; "" otherwise
 * @param marks       the grey "From Jira" lozenge of a row drafted from the incident that no one has edited; none
 *                    otherwise
 */
public record TimelineLine(String type, String day, Link time, String datetime, String elapsed, String kind,
                           String kindCss, String textHtml, String text, Link evidence, String warning,
                           List<Lozenge> marks) {

    public TimelineLine {
        marks = List.copyOf(marks);
    }

    public TimelineLine(String type, String day, Link time, String datetime, String elapsed, String kind,
                        String kindCss, String textHtml, String text, Link evidence, String warning) {
        this(type, day, time, datetime, elapsed, kind, kindCss, textHtml, text, evidence, warning, List.of());
    }

    public String css() {
        return "pm-timeline__item pm-timeline__item--" + type + " " + kindCss;
    }

    public String timeText() {
        return time.text();
    }

    public String timeHint() {
        return time.hint();
    }

    public boolean hasEvidence() {
        return !evidence.text().isEmpty();
    }

    public boolean hasDay() {
        return !day.isEmpty();
    }
}
