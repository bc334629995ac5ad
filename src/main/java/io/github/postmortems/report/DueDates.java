package io.github.postmortems.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When a postmortem's open countermeasures fall due (Jira's due date, else the page's): how many on each day, so the
 * overdue ones are counted on the day the list is read, not the day the page was indexed.
 * <p>
 * A summary indexed before due dates were kept has only the count of its day of indexing
 * ({@link #countedWhenIndexed}); it stands until the page is indexed again.
 *
 * @param byDay              open countermeasures per due day; empty when none has a due date or the days are unknown
 * @param countedWhenIndexed the overdue count as of indexing when the days are unknown; null when they are known
 */
public record DueDates(SortedMap<LocalDate, Integer> byDay, Integer countedWhenIndexed) {

    public static final DueDates NONE = new DueDates(new TreeMap<>(), null);

    public DueDates {
        Objects.requireNonNull(byDay, "byDay");
        byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
        for (Map.Entry<LocalDate, Integer> day : byDay.entrySet()) {
            if (day.getKey() == null || day.getValue() == null || day.getValue() < 1) {
                throw new IllegalArgumentException("a due day counts at least one countermeasure: " + day);
            }
        }
        if (countedWhenIndexed != null && (countedWhenIndexed < 0 || !byDay.isEmpty())) {
            throw new IllegalArgumentException("a count as of indexing stands alone and is not negative");
        }
    }

    /** The due days of open countermeasures, one per countermeasure. */
    public static DueDates of(Collection<LocalDate> days) {
        SortedMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (LocalDate day : days) {
            byDay.merge(Objects.requireNonNull(day, "day"), 1, Integer::sum);
        }
        return new DueDates(byDay, null);
    }

    /** A summary kept before due days were: only how many were overdue on the day it was indexed. */
    public static DueDates countedWhenIndexed(int overdue) {
        return new DueDates(new TreeMap<>(), overdue);
    }

    /** Open countermeasures due before {@code today}. */
    public int overdueOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (countedWhenIndexed != null) {
            return countedWhenIndexed;
        }
        int overdue = 0;
        for (int count : byDay.headMap(today).values()) {
            overdue += count;
        }
        return overdue;
    }

    /** How many open countermeasures these days cover (at most the open ones). */
    public int count() {
        if (countedWhenIndexed != null) {
            return countedWhenIndexed;
        }
        int count = 0;
        for (int each : byDay.values()) {
            count += each;
        }
        return count;
    }
}
