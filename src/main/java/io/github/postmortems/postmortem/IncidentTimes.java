package io.github.postmortems.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident started, was detected and ended, and the other moments people record. Only the start is required.
 * Times out of order are kept as typed and reported by {@link #warnings()}; durations that would be negative are
 * not derived.
 *
 * @param zone the incident's own time zone, used to show times as the responders saw them
 */
public record IncidentTimes(Map<Milestone, Instant> moments, ZoneId zone) {

    /** Pairs (earlier, later) that must not be reversed. */
    private static final List<Milestone[]> ORDER = List.of(
            new Milestone[] {Milestone.START, Milestone.FIRST_USER_IMPACT},
            new Milestone[] {Milestone.START, Milestone.FIRST_USER_REPORT},
            new Milestone[] {Milestone.START, Milestone.DETECT},
            new Milestone[] {Milestone.START, Milestone.HOTFIX},
            new Milestone[] {Milestone.START, Milestone.END},
            new Milestone[] {Milestone.FIRST_USER_IMPACT, Milestone.FIRST_USER_REPORT},
            new Milestone[] {Milestone.DETECT, Milestone.HOTFIX},
            new Milestone[] {Milestone.DETECT, Milestone.END});

    public IncidentTimes {
        Objects.requireNonNull(zone, "zone");
        Map<Milestone, Instant> copy = new EnumMap<>(Milestone.class);
        moments.forEach((milestone, time) -> {
            if (time != null) {
                copy.put(milestone, time);
            }
        });
        if (!copy.containsKey(Milestone.START)) {
            throw new IllegalArgumentException("An incident needs a start time");
        }
        moments = java.util.Collections.unmodifiableMap(copy);
    }

    public static IncidentTimes startingAt(Instant start, ZoneId zone) {
        return new IncidentTimes(Map.of(Milestone.START, start), zone);
    }

    /** A copy with one more moment recorded (or replaced). */
    public IncidentTimes with(Milestone milestone, Instant time) {
        Map<Milestone, Instant> copy = new EnumMap<>(moments);
        copy.put(milestone, time);
        return new IncidentTimes(copy, zone);
    }

    public Instant start() {
        return moments.get(Milestone.START);
    }

    public Optional<Instant> at(Milestone milestone) {
        return Optional.ofNullable(moments.get(milestone));
    }

    /** Detect − start. */
    public Optional<Duration> timeToDetect() {
        return between(Milestone.START, Milestone.DETECT);
    }

    /** End − detect. */
    public Optional<Duration> timeToResolve() {
        return between(Milestone.DETECT, Milestone.END);
    }

    /** End − start. */
    public Optional<Duration> totalImpact() {
        return between(Milestone.START, Milestone.END);
    }

    /** Hotfix − detect. */
    public Optional<Duration> timeToHotfix() {
        return between(Milestone.DETECT, Milestone.HOTFIX);
    }

    private Optional<Duration> between(Milestone from, Milestone to) {
        Instant a = moments.get(from);
        Instant b = moments.get(to);
        if (a == null || b == null || b.isBefore(a)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(a, b));
    }

    /**
     * One warning per pair of recorded times that are out of order, naming both:
     * {@code postmortems.details.warning.order} with the later milestone's and the earlier milestone's i18n keys.
     */
    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        for (Milestone[] pair : ORDER) {
            Instant earlier = moments.get(pair[0]);
            Instant later = moments.get(pair[1]);
            if (earlier != null && later != null && later.isBefore(earlier)) {
                warnings.add(Warning.of("postmortems.details.warning.order", pair[1].i18nKey(), pair[0].i18nKey()));
            }
        }
        return List.copyOf(warnings);
    }
}
