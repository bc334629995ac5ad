package io.github.postmortems.storage;

import io.github.postmortems.postmortem.SeverityScale;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reader needs to know besides the markup.
 *
 * @param zone          zone of times typed without one: the incident's zone once known, else the space's or server's
 * @param severities    the scale severity cells are matched against
 * @param pageTitle     the page's title, the postmortem's title when the details table has none; null if unknown
 * @param referenceDate date of timeline times typed without one (the incident's start date); null if unknown
 */
public record ReadingContext(ZoneId zone, SeverityScale severities, String pageTitle, LocalDate referenceDate) {

    public ReadingContext {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(severities, "severities");
    }

    /** The default severity scale, no page title and no reference date. */
    public static ReadingContext inZone(ZoneId zone) {
        return new ReadingContext(zone, SeverityScale.defaults(), null, null);
    }

    public ReadingContext withPageTitle(String title) {
        return new ReadingContext(zone, severities, title, referenceDate);
    }

    public ReadingContext withSeverities(SeverityScale scale) {
        return new ReadingContext(zone, scale, pageTitle, referenceDate);
    }

    /** The context for an incident's timeline: its zone, and its start date for times typed without a date. */
    public ReadingContext forIncident(ZoneId incidentZone, LocalDate startDate) {
        return new ReadingContext(incidentZone, severities, pageTitle, startDate);
    }

    public Optional<String> pageTitleIfSet() {
        return Optional.ofNullable(pageTitle).filter(title -> !title.isBlank());
    }

    public Optional<LocalDate> referenceDateIfSet() {
        return Optional.ofNullable(referenceDate);
    }
}
