package io.github.postmortems.storage;

import io.github.postmortems.timeline.TimelineRow;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.Warning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the postmortem macros on one page say.
 *
 * @param details         the details table's postmortem, when there is one
 * @param timeline        the timeline's rows in table order, unreadable ones included
 * @param countermeasures the countermeasures table's rows
 * @param warnings        every warning, details first, then timeline, then countermeasures
 */
public record PageReading(Optional<Postmortem> details, List<TimelineRow> timeline,
                          List<CountermeasureRow> countermeasures, List<Warning> warnings) {

    public PageReading {
        Objects.requireNonNull(details, "details");
        timeline = List.copyOf(timeline);
        countermeasures = List.copyOf(countermeasures);
        warnings = List.copyOf(warnings);
    }

    /** Whether the page holds any of the three macros' content. */
    public boolean isPostmortem() {
        return details.isPresent() || !timeline.isEmpty() || !countermeasures.isEmpty();
    }
}
