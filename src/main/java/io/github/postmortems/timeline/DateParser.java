package io.github.postmortems.timeline;

import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.Text;

import java.text.Normalizer;
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
 * {@code 4. Oktober 2026}) and slashes when only one reading is possible ({@code 25/10/2026}); {@code 04/10/2026}
 * could be April or October and is refused rather than guessed.
 */
public final class DateParser {

    static final String UNREADABLE = "postmortems.timeline.warning.unreadable-date";
    static final String AMBIGUOUS = "postmortems.timeline.warning.ambiguous-date";
    static final String NO_SUCH_DAY = "postmortems.timeline.warning.no-such-date";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s*([\\p{L}]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Month> MONTHS = monthNames();

    private DateParser() {
    }

    public static Parsed<LocalDate> parseDate(String typed) {
        String text = Text.withoutInvisibles(typed);
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
        return Parsed.unreadable(UNREADABLE);
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
        Month month = MONTHS.get(foldMonth(monthName));
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
                    names.putIfAbsent(foldMonth(month.getDisplayName(style, language)), month);
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Lower case without accents or dots, so "Févr.", "fevr" and "févr" all match. */
    private static String foldMonth(String name) {
        String decomposed = Normalizer.normalize(Text.fold(name), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace(".", "");
    }
}
