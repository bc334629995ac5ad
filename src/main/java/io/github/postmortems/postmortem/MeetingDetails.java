package io.github.postmortems.postmortem;

import java.time.LocalDate;
import java.util.Optional;

/** Who met, when, and who to ask. Everything but the title is optional. */
public record MeetingDetails(String title, LocalDate meetingDate, UserRef contact, UserRef createdBy,
                             UserRef facilitatedBy) {

    public MeetingDetails {
        title = Text.requireNonBlank(title, "title");
    }

    public Optional<LocalDate> meetingDateIfSet() {
        return Optional.ofNullable(meetingDate);
    }

    public Optional<UserRef> contactIfSet() {
        return Optional.ofNullable(contact);
    }

    public Optional<UserRef> createdByIfSet() {
        return Optional.ofNullable(createdBy);
    }

    public Optional<UserRef> facilitatedByIfSet() {
        return Optional.ofNullable(facilitatedBy);
    }
}
