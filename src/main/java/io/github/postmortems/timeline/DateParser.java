package io.github.postmortems.timeline;

import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.Text;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates people type into a page: ISO ({@code 2026-10-04}, also a {@code <time datetime>} value), day-first with
 * dots ({@code 04.10.2026}), month names in any bundled language ({@code 4 Oct 2026}, {@code Oct 4, 2026},
 * {@code 4. Oktober 2026}, {@code 12. M\u00e4r. 2026}, {@code 12 mars 2026}), also after a weekday
 * ({@code Thu, 12 Mar 2026}, {@code jeudi 12 mars 2026}: a weekday that is not the date's is a caveat), a day and
 * month without a year ({@code Mar 12}, {@code 12 Mar}: the reference date's year) and slashes when only one reading is
 * possible ({@code 25/10/2026}); {@code 04/10/2026} could be April or October and is refused rather than guessed.
 * Month and weekday names come from the JDK's locale data for every bundled language, compared without case, accents
 * or dots. Text longer than {@value #MAX_LENGTH} characters is not read: every pattern is anchored and runs on at
 * most that much.
 */
public final class DateParser {

    static final String UNREADABLE = "postmortems.timeline.warning.unreadable-date";
    static final String AMBIGUOUS = "postmortems.timeline.warning.ambiguous-date";
    static final String NO_SUCH_DAY = "postmortems.timeline.warning.no-such-date";
    public static final String NO_YEAR = "postmortems.timeline.warning.date-without-year";
    static final String WRONG_WEEKDAY = "postmortems.timeline.warning.wrong-weekday";

    /** Longer than any date or time a person types in a cell (with a weekday, a zone and a few words after it). */
    static final int MAX_LENGTH = 200;

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s*([\\p{L}]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.?\\s*([\\p{L}]+)\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?");
    /** A leading word that may be a weekday ("Thu,", "Donnerstag,", "jeu.") and the date after it. */
    private static final Pattern AFTER_WEEKDAY = Pattern.compile("(\\p{L}{2,12})\\.?,?\\s+(.+)");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Month> MONTHS = monthNames();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

    private DateParser() {
    }

    public static Parsed<LocalDate> parseDate(String typed) {
        return parseDate(typed, null);
    }

    /**
     * @param typed         what the person typed (invisible characters and white space are squashed first)
     * @param referenceDate gives the year of a date typed without one (the incident's); null when there is none
     */
    public static Parsed<LocalDate> parseDate(String typed, LocalDate referenceDate) {
        String text = Text.withoutInvisibles(typed);
        if (text.length() > MAX_LENGTH) {
            return Parsed.unreadable(UNREADABLE);
        }
        Parsed<LocalDate> date = calendarDate(text, referenceDate);
        Matcher weekday = AFTER_WEEKDAY.matcher(text);
        // "Mar 12" is March before it is Tuesday (French "mar."): a weekday is only looked for when the whole fails.
        if (date.value().isPresent() || !weekday.matches() || !WEEKDAYS.containsKey(fold(weekday.group(1)))) {
            return date;
        }
        Parsed<LocalDate> after = calendarDate(weekday.group(2), referenceDate);
        if (after.value().isPresent()
                && after.value().get().getDayOfWeek() != WEEKDAYS.get(fold(weekday.group(1)))) {
            return Parsed.readWithCaveat(after.value().get(), WRONG_WEEKDAY);
        }
        // The first reason unless it was "not a date at all": "Mar 12" without a year says so, not "12" unreadable.
        return after.value().isPresent() || ((Parsed.Unreadable<LocalDate>) date).reason().equals(UNREADABLE)
                ? after : date;
    }

    private static Parsed<LocalDate> calendarDate(String text, LocalDate referenceDate) {
        Matcher m;
        if ((m = ISO.matcher(text)).matches()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = DOTTED.matcher(text)).matches()) {
            return date(num(m, 3), num(m, 2), num(m, 1));
        }
        if ((m = SLASHED.matcher(text)).matches()) {
            return slashed(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
            return named(m.group(2), num(m, 1), num(m, 3));
        }
        if ((m = MONTH_DAY_YEAR.matcher(text)).matches()) {
            return named(m.group(1), num(m, 2), num(m, 3));
        }
        if ((m = DAY_MONTH.matcher(text)).matches()) {
            return withoutYear(m.group(2), num(m, 1), referenceDate);
        }
        if ((m = MONTH_DAY.matcher(text)).matches()) {
            return withoutYear(m.group(1), num(m, 2), referenceDate);
        }
        return Parsed.unreadable(UNREADABLE);
    }

    /** "Mar 12" in an incident's timeline is the incident's March 12. */
    private static Parsed<LocalDate> withoutYear(String monthName, int day, LocalDate referenceDate) {
        if (!MONTHS.containsKey(fold(monthName))) {
            return Parsed.unreadable(UNREADABLE);
        }
        return referenceDate == null ? Parsed.unreadable(NO_YEAR) : named(monthName, day, referenceDate.getYear());
    }

    private static Parsed<LocalDate> slashed(int first, int second, int year) {
        if (first == second || (first > 12 && second <= 12)) {
            return date(year, second, first);
        }
        if (second > 12 && first <= 12) {
            return date(year, first, second);
        }
        return Parsed.unreadable(first > 12 ? NO_SUCH_DAY : AMBIGUOUS);
    }

    private static Parsed<LocalDate> named(String monthName, int day, int year) {
        Month month = MONTHS.get(fold(monthName));
        return month == null ? Parsed.unreadable(UNREADABLE) : date(year, month.getValue(), day);
    }

    /** Builds the date after checking it exists, so Feb 30 is a reason, not an exception. */
    static Parsed<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Parsed.unreadable(NO_SUCH_DAY);
        }
        return Parsed.read(LocalDate.of(year, month, day));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Locale language : BundledLanguages.ALL) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
                        TextStyle.SHORT_STANDALONE}) {
                    names.putIfAbsent(fold(month.getDisplayName(style, language)), month);
                }
            }
        }
        return Map.copyOf(names);
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (Locale language : BundledLanguages.ALL) {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT, TextStyle.SHORT_STANDALONE}) {
                    names.putIfAbsent(fold(day.getDisplayName(style, language)), day);
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Lower case without accents or dots, so "Févr.", "fevr" and "févr" all match. */
    private static String fold(String name) {
        String decomposed = Normalizer.normalize(Text.fold(name), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace(".", "");
    }
}
