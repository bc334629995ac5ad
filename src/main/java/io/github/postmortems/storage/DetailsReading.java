package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.Warning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a postmortem-details table says.
 *
 * @param postmortem empty when there is no table or nothing to name the postmortem by
 * @param warnings    what could not be read, including the record's own (times out of order)
 * @param incidentDay the incident's date and zone, for timeline times typed without a date: the start's, or the date
 *                    of a start typed without a time of day (which leaves the postmortem without incident times)
 */
public record DetailsReading(Optional<Postmortem> postmortem, List<Warning> warnings,
                             Optional<IncidentDay> incidentDay) {

    public DetailsReading {
        Objects.requireNonNull(postmortem, "postmortem");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(incidentDay, "incidentDay");
    }

    public DetailsReading(Optional<Postmortem> postmortem, List<Warning> warnings) {
        this(postmortem, warnings, Optional.empty());
    }

    /** The day the incident started, in its own zone. */
    public record IncidentDay(LocalDate date, ZoneId zone) {
    }
}
