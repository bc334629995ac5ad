package io.github.postmortems.review;

import io.github.postmortems.countermeasure.Priority;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long a space gives itself to close a countermeasure, by priority code. The default is Atlassian's incident
 * handbook's: four weeks for P1 and P2, eight for P3 and P4 ({@link Priority#DEFAULTS}).
 */
public record SloPolicy(Map<String, Period> byPriority) {

    /** Longer than a year is no target; a space typing more made a mistake. */
    public static final Period LONGEST = Period.ofDays(366);

    public SloPolicy {
        Map<String, Period> checked = new LinkedHashMap<>();
        byPriority.forEach((code, period) -> {
            if (period.isNegative() || period.isZero() || days(period) > LONGEST.getDays()) {
                throw new IllegalArgumentException(code + ": " + period);
            }
            checked.put(code, period);
        });
        byPriority = Map.copyOf(checked);
    }

    /** A period as days, counting a month as 31 and a year as 366: never shorter than the calendar's. */
    public static int days(Period period) {
        return period.getYears() * 366 + period.getMonths() * 31 + period.getDays();
    }

    /** The longest period: a countermeasure nobody gave a priority is held to the most lenient target. */
    public static Period lenient(SloPolicy policy) {
        return policy.byPriority().values().stream().max(Comparator.comparingInt(SloPolicy::days))
                .orElse(Period.ofWeeks(8));
    }

    public static SloPolicy defaults() {
        Map<String, Period> periods = new LinkedHashMap<>();
        for (Priority priority : Priority.DEFAULTS) {
            periods.put(priority.code(), priority.slo());
        }
        return new SloPolicy(periods);
    }

    /** The space's own policy where it has one, else the default. */
    public static SloPolicy forSpace(Optional<SloPolicy> space) {
        return space.orElseGet(SloPolicy::defaults);
    }

    public Optional<Period> periodFor(Priority priority) {
        return Optional.ofNullable(byPriority.get(priority.code()));
    }

    /** The due date a countermeasure of that priority gets when nobody set one: its SLO from the day it is created. */
    public Optional<LocalDate> defaultDue(Priority priority, LocalDate createdOn) {
        return periodFor(priority).map(createdOn::plus);
    }

    /** Whether work of that priority created and closed on those days was closed within the SLO. */
    public Optional<Boolean> closedWithin(Priority priority, LocalDate createdOn, LocalDate closedOn) {
        return defaultDue(priority, createdOn).map(due -> !closedOn.isAfter(due));
    }
}
