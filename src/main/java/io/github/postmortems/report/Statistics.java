package io.github.postmortems.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers above a postmortem list, for the whole selection (not just the page shown).
 *
 * @param count                 postmortems selected
 * @param medianTimeToDetect    over the postmortems that have one; null when none has
 * @param medianTimeToResolve   over the postmortems that have one; null when none has
 * @param countermeasures       every countermeasure of the selected postmortems
 * @param openCountermeasures   of which not done
 * @param overdueCountermeasures of which open and due before the reader's day
 * @param doneWithinSlo         of which done within their SLO
 * @param months                postmortems per month and severity over the requested months, oldest month first,
 *                              most severe first; months and severities without postmortems are left out
 */
public record Statistics(int count, Duration medianTimeToDetect, Duration medianTimeToResolve, long countermeasures,
                         long openCountermeasures, long overdueCountermeasures, long doneWithinSlo,
                         List<MonthlyCount> months) {

    public Statistics {
        months = List.copyOf(Objects.requireNonNull(months, "months"));
    }

    /** Countermeasures closed within their SLO as a share (0..1) of all countermeasures; empty when there are none. */
    public Optional<Double> shareClosedWithinSlo() {
        return countermeasures == 0 ? Optional.empty() : Optional.of((double) doneWithinSlo / countermeasures);
    }

    public Optional<Duration> medianTimeToDetectIfKnown() {
        return Optional.ofNullable(medianTimeToDetect);
    }

    public Optional<Duration> medianTimeToResolveIfKnown() {
        return Optional.ofNullable(medianTimeToResolve);
    }
}
