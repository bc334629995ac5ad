package io.github.postmortems.postmortem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the postmortem-details table of one page says. Fields people may leave empty are nullable and exposed through
 * the {@code ...IfSet()} accessors.
 */
public record Postmortem(MeetingDetails meeting, Severity severity, PostmortemStatus status, IncidentTimes times,
                         IssueKey incidentIssue, Tags tags) {

    public Postmortem {
        Objects.requireNonNull(meeting, "meeting");
        status = status == null ? PostmortemStatus.DRAFT : status;
        tags = tags == null ? Tags.NONE : tags;
    }

    public Optional<Severity> severityIfSet() {
        return Optional.ofNullable(severity);
    }

    public Optional<IncidentTimes> timesIfSet() {
        return Optional.ofNullable(times);
    }

    public Optional<IssueKey> incidentIssueIfSet() {
        return Optional.ofNullable(incidentIssue);
    }

    /** Warnings the record itself can tell (times out of order). */
    public List<Warning> warnings() {
        return times == null ? List.of() : times.warnings();
    }
}
