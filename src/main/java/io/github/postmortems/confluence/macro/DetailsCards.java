package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.MeetingDetails;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.DetailsReading;
import io.github.postmortems.text.HumanDuration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the {@link DetailsCard} for what a details table says, as one viewer reads it. */
public class DetailsCards {

    private static final List<Milestone> TIME_ORDER = List.of(Milestone.START, Milestone.FIRST_USER_IMPACT,
            Milestone.FIRST_USER_REPORT, Milestone.DETECT, Milestone.HOTFIX, Milestone.END);
    /** Shown "not set" until typed: every incident has them. The other milestones show only once they are known. */
    private static final List<Milestone> ALWAYS_SHOWN = List.of(Milestone.START, Milestone.DETECT, Milestone.END);

    private final People people;
    private final JiraIssueLinks jira;

    public DetailsCards(People people, JiraIssueLinks jira) {
        this.people = people;
        this.jira = jira;
    }

    public DetailsCard card(DetailsReading reading, Viewer viewer) {
        List<String> warnings = WarningLines.of(reading.warnings(), viewer);
        Optional<Postmortem> read = reading.postmortem();
        if (read.isEmpty()) {
            return new DetailsCard(viewer.text("postmortems.macros.details.untitled"), List.of(), warnings,
                    List.of(), Styles.of(viewer));
        }
        Postmortem postmortem = read.get();
        List<Lozenge> lozenges = new ArrayList<>();
        postmortem.severityIfSet().ifPresent(severity -> lozenges.add(Lozenge.of(severity, viewer)));
        lozenges.add(Lozenge.of(postmortem.status(), viewer));

        List<CardSection> sections = new ArrayList<>();
        sections.add(times(postmortem, viewer));
        sections.add(durations(postmortem.timesIfSet(), viewer));
        sections.add(people(postmortem, viewer));
        if (!postmortem.tags().isEmpty()) {
            sections.add(new CardSection(viewer.text("postmortems.macros.details.section.tags"),
                    List.of(new CardRow(viewer.text("postmortems.details.field.tags"),
                            postmortem.tags().values().stream().map(DetailsCards::label).toList()))));
        }
        return new DetailsCard(postmortem.meeting().title(), lozenges, warnings, sections, Styles.of(viewer));
    }

    private static CardSection times(Postmortem postmortem, Viewer viewer) {
        Moments moments = new Moments(viewer);
        List<CardRow> rows = new ArrayList<>();
        if (postmortem.severityIfSet().isEmpty()) {
            rows.add(row(viewer, "postmortems.details.field.severity", Link.notSet(viewer)));
        }
        Optional<IncidentTimes> times = postmortem.timesIfSet();
        for (Milestone milestone : TIME_ORDER) {
            Optional<Link> value = times.flatMap(t -> t.at(milestone).map(at -> moments.at(at, t.zone())));
            if (value.isPresent() || ALWAYS_SHOWN.contains(milestone)) {
                rows.add(row(viewer, milestone.i18nKey(), value.orElse(Link.notSet(viewer))));
            }
        }
        return new CardSection(viewer.text("postmortems.macros.details.section.times"), rows);
    }

    /** Only the durations the times allow; none known yet is one line saying which times they come from. */
    private static CardSection durations(Optional<IncidentTimes> times, Viewer viewer) {
        List<CardRow> rows = new ArrayList<>();
        duration(viewer, "time-to-detect", times, IncidentTimes::timeToDetect).ifPresent(rows::add);
        duration(viewer, "time-to-hotfix", times, IncidentTimes::timeToHotfix).ifPresent(rows::add);
        duration(viewer, "time-to-resolve", times, IncidentTimes::timeToResolve).ifPresent(rows::add);
        duration(viewer, "total-impact", times, IncidentTimes::totalImpact).ifPresent(rows::add);
        if (rows.isEmpty()) {
            rows.add(new CardRow("", List.of(new Link(viewer.text("postmortems.macros.details.durations.none"), "", "",
                    "pm-not-set"))));
        }
        return new CardSection(viewer.text("postmortems.macros.details.section.durations"), rows);
    }

    private CardSection people(Postmortem postmortem, Viewer viewer) {
        MeetingDetails meeting = postmortem.meeting();
        DateTimeFormatter dates = viewer.dates();
        List<CardRow> rows = List.of(
                row(viewer, "postmortems.details.field.meeting-date",
                        meeting.meetingDateIfSet().map((LocalDate d) -> Link.text(dates.format(d))).orElse(Link.notSet(viewer))),
                person(viewer, "postmortems.details.field.contact", meeting.contactIfSet()),
                person(viewer, "postmortems.details.field.created-by", meeting.createdByIfSet()),
                person(viewer, "postmortems.details.field.facilitated-by", meeting.facilitatedByIfSet()),
                row(viewer, "postmortems.details.field.incident-ticket",
                        postmortem.incidentIssueIfSet().map(jira::link).orElse(Link.notSet(viewer))));
        return new CardSection(viewer.text("postmortems.macros.details.section.people"), rows);
    }

    private CardRow person(Viewer viewer, String labelKey, Optional<UserRef> who) {
        return row(viewer, labelKey, who.map(ref -> people.link(ref, viewer)).orElse(Link.notSet(viewer)));
    }

    private static Optional<CardRow> duration(Viewer viewer, String name, Optional<IncidentTimes> times,
                                              Function<IncidentTimes, Optional<Duration>> measure) {
        return times.flatMap(measure).map(d -> row(viewer, "postmortems.macros.details.duration." + name,
                Link.text(HumanDuration.format(d, viewer.messages()))));
    }

    private static CardRow row(Viewer viewer, String labelKey, Link value) {
        return new CardRow(viewer.text(labelKey), List.of(value));
    }

    /** Text, not a link: a word typed in the Tags row is no Confluence label, and its label page would be empty. */
    private static Link label(String tag) {
        return new Link(tag, "", "", "aui-label");
    }
}
