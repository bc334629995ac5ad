package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Severity;
import io.github.postmortems.postmortem.Text;
import io.github.postmortems.postmortem.UserRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a valid wizard said about the incident. Times are as the responders saw them in {@code zone}; optional parts
 * are null and exposed through the {@code ...IfSet()} accessors.
 */
public record NewPostmortem(String title, Severity severity, ZoneId zone, LocalDateTime start, LocalDateTime detect,
                            LocalDateTime end, IssueKey incidentIssue, UserRef facilitator, UserRef contact,
                            LocalDate meetingDate) {

    public NewPostmortem {
        title = Text.requireNonBlank(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
    }

    public Optional<LocalDateTime> detectIfSet() {
        return Optional.ofNullable(detect);
    }

    public Optional<LocalDateTime> endIfSet() {
        return Optional.ofNullable(end);
    }

    public Optional<IssueKey> incidentIssueIfSet() {
        return Optional.ofNullable(incidentIssue);
    }

    public Optional<UserRef> facilitatorIfSet() {
        return Optional.ofNullable(facilitator);
    }

    public Optional<UserRef> contactIfSet() {
        return Optional.ofNullable(contact);
    }

    public Optional<LocalDate> meetingDateIfSet() {
        return Optional.ofNullable(meetingDate);
    }
}
