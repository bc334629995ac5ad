package io.github.postmortems.incident;

import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard will fill from the incident, each value a suggestion the person may change before Create.
 *
 * @param timeline  rows drafted from the history, oldest first
 * @param comments  rows offered from the comments, oldest first, none chosen until a person ticks them
 * @param responders who responded: assignee, reporter and comment authors, each once, in that order
 * @param warnings  what was in Jira but could not be used (unmapped severity, unreadable times, cut-off lists)
 */
public record IncidentDraft(IssueKey key, String title, Optional<String> severity, Optional<Instant> start,
                            Optional<Instant> detected, Optional<Instant> end,
                            Optional<JiraIncident.Person> contact, Optional<JiraIncident.Person> facilitator,
                            List<JiraIncident.Person> responders, List<DraftRow> timeline, List<DraftRow> comments,
                            List<DraftCountermeasure> countermeasures, List<String> warnings) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public IncidentDraft {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
        responders = List.copyOf(responders);
        timeline = List.copyOf(timeline);
        comments = List.copyOf(comments);
        countermeasures = List.copyOf(countermeasures);
        warnings = List.copyOf(warnings);
    }

    /**
     * The wizard's fields as the form writes them (dates {@code 2026-11-28}, times {@code 09:05}) in {@code zone}, the
     * zone the form shows; a value the incident does not give is left out, so what the person typed stays.
     */
    public Map<WizardField, String> wizardValues(ZoneId zone) {
        Map<WizardField, String> values = new EnumMap<>(WizardField.class);
        values.put(WizardField.INCIDENT_KEY, key.toString());
        if (!title.isBlank()) {
            values.put(WizardField.INCIDENT_TITLE, title);
        }
        severity.ifPresent(code -> values.put(WizardField.SEVERITY, code));
        put(values, start, WizardField.START_DATE, WizardField.START_TIME, zone);
        put(values, detected, WizardField.DETECT_DATE, WizardField.DETECT_TIME, zone);
        put(values, end, WizardField.END_DATE, WizardField.END_TIME, zone);
        if (start.isPresent() || detected.isPresent() || end.isPresent()) {
            values.put(WizardField.TIME_ZONE, zone.getId());
        }
        contact.ifPresent(person -> values.put(WizardField.CONTACT, person.username()));
        facilitator.ifPresent(person -> values.put(WizardField.FACILITATOR, person.username()));
        return values;
    }

    private static void put(Map<WizardField, String> values, Optional<Instant> time, WizardField date,
                            WizardField clock, ZoneId zone) {
        time.ifPresent(at -> {
            ZonedDateTime local = at.atZone(zone);
            values.put(date, DATE.format(local));
            values.put(clock, TIME.format(local));
        });
    }
}
