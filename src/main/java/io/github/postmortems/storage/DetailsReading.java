package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.Warning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a postmortem-details table says.
 *
 * @param postmortem empty when there is no table or nothing to name the postmortem by
 * @param warnings   what could not be read, including the record's own (times out of order)
 */
public record DetailsReading(Optional<Postmortem> postmortem, List<Warning> warnings) {

    public DetailsReading {
        Objects.requireNonNull(postmortem, "postmortem");
        warnings = List.copyOf(warnings);
    }
}
