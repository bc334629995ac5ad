package io.github.postmortems.index;

import io.github.postmortems.report.DueDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@link DueDates} in one bounded text column, {@code 20261103*2,20261201}: due days ascending as basic ISO dates,
 * each with its count when above one. Basic ISO dates sort as text, so the overdue ones are counted by comparing
 * strings while the statistics stream rows, without parsing a date.
 * <p>
 * More days than fit ({@value Limits#DUE_DAYS} characters hold about 40) fold into the first of those left out:
 * the later ones count as overdue a little early rather than never.
 */
final class OpenDueColumn {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** The widest last entry: a day, '*' and a count of up to 10 digits. */
    private static final int WIDEST_ENTRY = 8 + 1 + 10;

    private OpenDueColumn() {
    }

    /** The column's text; "" when no open countermeasure has a due day. */
    static String write(DueDates due) {
        List<String> days = new ArrayList<>(due.byDay().size());
        List<Integer> counts = new ArrayList<>(due.byDay().size());
        for (Map.Entry<LocalDate, Integer> day : due.byDay().entrySet()) {
            days.add(BASIC.format(day.getKey()));
            counts.add(day.getValue());
        }
        StringBuilder column = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            boolean last = i == days.size() - 1;
            int width = 8 + (counts.get(i) > 1 ? 1 + String.valueOf(counts.get(i)).length() : 0);
            // Room is kept for one widest entry after each: the fold below always fits.
            if (!last && column.length() + 1 + width + 1 + WIDEST_ENTRY > Limits.DUE_DAYS) {
                int rest = 0;
                for (int j = i; j < counts.size(); j++) {
                    rest += counts.get(j);
                }
                append(column, days.get(i), rest); // this day and every later one
                return column.toString();
            }
            append(column, days.get(i), counts.get(i));
        }
        return column.toString();
    }

    /** The due days a column holds; null (a row indexed before the column existed) keeps its count of indexing. */
    static DueDates read(String column, int overdueWhenIndexed) {
        if (column == null) {
            return DueDates.countedWhenIndexed(overdueWhenIndexed);
        }
        SortedMap<LocalDate, Integer> byDay = new TreeMap<>();
        int start = 0;
        while (start < column.length()) {
            int end = column.indexOf(',', start);
            end = end < 0 ? column.length() : end;
            if (end - start >= 8) {
                try {
                    LocalDate day = LocalDate.parse(column.substring(start, start + 8), BASIC);
                    byDay.merge(day, count(column, start, end), Integer::sum);
                } catch (RuntimeException unreadable) {
                    // Not written by this class; the other days still count.
                }
            }
            start = end + 1;
        }
        return new DueDates(byDay, null);
    }

    /**
     * Open countermeasures due before {@code today} (as {@link #day}), read straight from the column's text: the
     * statistics do this once per postmortem of a selection.
     */
    static int overdue(String column, int overdueWhenIndexed, String today) {
        if (column == null) {
            return overdueWhenIndexed;
        }
        int overdue = 0;
        int start = 0;
        while (start + 8 <= column.length() && before(column, start, today)) {
            int end = column.indexOf(',', start);
            end = end < 0 ? column.length() : end;
            overdue += count(column, start, end);
            start = end + 1;
        }
        return overdue;
    }

    /** {@code today} as the column writes days. */
    static String day(LocalDate today) {
        return BASIC.format(today);
    }

    /** Whether the day at {@code start} sorts before {@code today}: both are 8 digits. */
    private static boolean before(String column, int start, String today) {
        for (int i = 0; i < 8; i++) {
            int difference = column.charAt(start + i) - today.charAt(i);
            if (difference != 0) {
                return difference < 0;
            }
        }
        return false;
    }

    private static void append(StringBuilder column, String day, int count) {
        if (column.length() > 0) {
            column.append(',');
        }
        column.append(day);
        if (count > 1) {
            column.append('*').append(count);
        }
    }

    /** The count of the entry from {@code start} to {@code end}: 1 unless it has {@code *n}. */
    private static int count(String column, int start, int end) {
        if (end - start <= 9 || column.charAt(start + 8) != '*') {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(column, start + 9, end, 10));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
