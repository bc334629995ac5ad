package io.github.postmortems.timeline;

import io.github.postmortems.postmortem.Text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times people type into a postmortem: a date ({@link DateParser} forms), then a clock time
 * ({@code 15:39}, {@code 15:39:12.5}, {@code 3:39 PM}, {@code 9:05 a.m.}, {@code 3 pm}, {@code 15h39},
 * {@code 9 h 05}, {@code 09:05 Uhr}), then a zone ({@code Z}, {@code +02:00}, {@code UTC+2}, {@code UTC}, {@code CEST},
 * {@code Europe/Berlin}, also in brackets). ISO forms such as {@code 2026-10-04T15:39:00Z} and RFC 1123
 * ({@code Thu, 12 Mar 2026 08:05:00 GMT}) are the same pieces. Without a date the caller's reference date is used
 * (its year for a day and month typed without one); without a zone the caller's default zone. Words after the time
 * that are no zone (a {@code <time datetime>} date followed by "09:05 deploy started") leave the time read in the
 * default zone, with the caveat {@value #TEXT_AFTER_TIME}. Never throws for what people type: the outcome is
 * {@link Parsed}.
 *
 * <p>Local times that a DST change skipped are refused; local times it repeated are read with the earlier offset and
 * the caveat {@value #AMBIGUOUS_DST}.
 */
public final class TimeParser {

    public static final String EMPTY = "postmortems.timeline.warning.empty-time";
    public static final String UNREADABLE = "postmortems.timeline.warning.unreadable-time";
    public static final String NO_DATE = "postmortems.timeline.warning.time-without-date";
    public static final String NO_TIME = "postmortems.timeline.warning.date-without-time";
    public static final String NO_SUCH_TIME = "postmortems.timeline.warning.no-such-time";
    public static final String SKIPPED_BY_DST = "postmortems.timeline.warning.skipped-by-dst";
    public static final String AMBIGUOUS_DST = "postmortems.timeline.warning.ambiguous-dst";
    public static final String UNKNOWN_ZONE = "postmortems.timeline.warning.unknown-zone";
    public static final String AMBIGUOUS_ZONE = "postmortems.timeline.warning.ambiguous-zone";
    public static final String TEXT_AFTER_TIME = "postmortems.timeline.warning.text-after-time";

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})(?::|\\s?h\\s?)(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:\\s*([aApP])\\.?\\s*[mM]\\.?(?!\\p{L}))?(?![\\d:])"
                    + "|(?<![\\S])(\\d{1,2})\\s*([aApP])\\.?\\s*[mM]\\.?(?![\\p{L}\\d])");
    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    /** What joins a date to its time ("2026-10-04T", "4 Oct, ", "Oct 4 at", "4. Okt. um", "4 oct. à"); not Oct's t. */
    private static final Pattern DATE_TIME_JOINER =
            Pattern.compile("(?i)(?:(?<=\\d)T|\\s*(?:,|(?<!\\p{L})(?:at|um|\u00e0)))\\s*$");
    /** German writes "Uhr" after a time of day ("09:05 Uhr"); the zone, if any, comes after it. */
    private static final Pattern UHR = Pattern.compile("(?i)^uhr(?!\\p{L})\\s*");
    private static final Pattern OFFSET_WITH_REGION = Pattern.compile("(Z|[+-]\\d{2}(?::?\\d{2})?)\\s*\\[.+]");
    /** Brackets around a zone ("(UTC)", "[Europe/Berlin]"). */
    private static final Pattern BRACKETS = Pattern.compile("^[(\\[]\\s*|\\s*[)\\]]$");

    /** Abbreviations people use in incident channels, each meaning one offset. */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = abbreviations();
    /** Abbreviations that name several zones (CST: US central, China, Cuba); refused rather than guessed. */
    private static final Set<String> AMBIGUOUS_ABBREVIATIONS = Set.of("CST", "IST", "AST", "ADT", "BT", "SST");
    private static final Map<String, String> REGIONS = regions();

    private TimeParser() {
    }

    /**
     * @param typed         what the person typed (white space is squashed first)
     * @param defaultZone   the zone of times typed without one
     * @param referenceDate the date of times typed without one; null when there is none
     */
    public static Parsed<ZonedDateTime> parseTime(String typed, ZoneId defaultZone, LocalDate referenceDate) {
        String text = Text.withoutInvisibles(typed);
        LocalTime clockOnly = clockOnly(text);
        if (clockOnly != null) {
            // What most rows say ("14:02", "14:02:31"): no date, no zone, no words; read as the patterns read it.
            return referenceDate == null ? Parsed.unreadable(NO_DATE)
                    : inZone(LocalDateTime.of(referenceDate, clockOnly), defaultZone);
        }
        if (isIsoDateThenSpace(text)) {
            LocalTime clock = clockOnly(text.substring(ISO_DATE_LENGTH + 1));
            if (clock != null) {
                // "2026-10-04 15:39", as the details' times are mostly written: the date read as the patterns read
                // it, the time of day as above, no zone after it.
                Parsed<LocalDate> date = DateParser.parseDate(text.substring(0, ISO_DATE_LENGTH), referenceDate);
                if (date instanceof Parsed.Unreadable<LocalDate> unreadable) {
                    return Parsed.unreadable(unreadable.reason());
                }
                return withCaveats(inZone(LocalDateTime.of(date.value().orElseThrow(), clock), defaultZone),
                        caveat(date), null);
            }
        }
        return parseTyped(text, defaultZone, referenceDate);
    }

    private static final int ISO_DATE_LENGTH = 10;

    /** Whether the text starts with four digits, "-", two digits, "-", two digits and one space. */
    private static boolean isIsoDateThenSpace(String text) {
        if (text.length() <= ISO_DATE_LENGTH + 1 || text.charAt(ISO_DATE_LENGTH) != ' ') {
            return false;
        }
        for (int i = 0; i < ISO_DATE_LENGTH; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #parseTime} without its shortcuts for a bare time of day and an ISO date with one: what the tests compare
     * the shortcuts with.
     */
    static Parsed<ZonedDateTime> parseTimeByPatterns(String typed, ZoneId defaultZone, LocalDate referenceDate) {
        return parseTyped(Text.withoutInvisibles(typed), defaultZone, referenceDate);
    }

    /** A time written as just {@code H:mm}, {@code HH:mm} or {@code HH:mm:ss} that is a time of day; else null. */
    private static LocalTime clockOnly(String text) {
        int length = text.length();
        int colon = text.indexOf(':');
        if (length < 4 || length > 8 || colon < 1 || colon > 2) {
            return null;
        }
        boolean seconds = length == colon + 6;
        if (length != colon + 3 && !seconds || seconds && text.charAt(colon + 3) != ':') {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean separator = i == colon || seconds && i == colon + 3;
            if (separator != (c == ':') || !separator && (c < '0' || c > '9')) {
                return null;
            }
        }
        int hour = Integer.parseInt(text, 0, colon, 10);
        int minute = Integer.parseInt(text, colon + 1, colon + 3, 10);
        int second = seconds ? Integer.parseInt(text, colon + 4, colon + 6, 10) : 0;
        return hour > 23 || minute > 59 || second > 59 ? null : LocalTime.of(hour, minute, second);
    }

    private static Parsed<ZonedDateTime> parseTyped(String text, ZoneId defaultZone, LocalDate referenceDate) {
        if (text.isEmpty()) {
            return Parsed.unreadable(EMPTY);
        }
        if (text.length() > DateParser.MAX_LENGTH) {
            return Parsed.unreadable(UNREADABLE);
        }
        Matcher clock = CLOCK.matcher(text);
        if (!clock.find()) {
            return DateParser.parseDate(text, referenceDate).value().isPresent()
                    ? Parsed.unreadable(NO_TIME)
                    : Parsed.unreadable(UNREADABLE);
        }
        Optional<LocalTime> time = clockTime(clock);
        if (time.isEmpty()) {
            return Parsed.unreadable(NO_SUCH_TIME);
        }
        Parsed<LocalDate> date = datePart(text.substring(0, clock.start()), referenceDate);
        if (date instanceof Parsed.Unreadable<LocalDate> unreadable) {
            return Parsed.unreadable(unreadable.reason());
        }
        String zoneText = UHR.matcher(text.substring(clock.end()).strip()).replaceFirst("");
        Parsed<ZoneId> zone = zoneText.isEmpty() ? Parsed.read(defaultZone) : zoneAfterTime(zoneText, defaultZone);
        if (zone instanceof Parsed.Unreadable<ZoneId> unreadable) {
            return Parsed.unreadable(unreadable.reason());
        }
        Parsed<ZonedDateTime> zoned = inZone(LocalDateTime.of(date.value().orElseThrow(), time.get()),
                zone.value().orElseThrow());
        return withCaveats(zoned, caveat(date), caveat(zone));
    }

    /**
     * The zone after a time: the whole rest when it names one, as one word refused when it does not ("Mars/Olympus"
     * was meant as a zone); several words are other text in the cell, read in the zone their first word names or
     * else the default one, and said so.
     */
    private static Parsed<ZoneId> zoneAfterTime(String rest, ZoneId defaultZone) {
        Parsed<ZoneId> whole = parseZone(rest);
        int space = rest.indexOf(' ');
        if (whole.value().isPresent() || space < 0) {
            return whole;
        }
        Parsed<ZoneId> first = parseZone(rest.substring(0, space));
        if (first instanceof Parsed.Unreadable<ZoneId> unreadable && unreadable.reason().equals(AMBIGUOUS_ZONE)) {
            return first;
        }
        return Parsed.readWithCaveat(first.value().orElse(defaultZone), TEXT_AFTER_TIME);
    }

    private static String caveat(Parsed<?> parsed) {
        return parsed instanceof Parsed.Read<?> read ? read.caveat() : null;
    }

    /** One caveat per value: the time's own (a repeated hour) first, then the date's, then the zone's. */
    private static Parsed<ZonedDateTime> withCaveats(Parsed<ZonedDateTime> time, String dateCaveat,
            String zoneCaveat) {
        if (!(time instanceof Parsed.Read<ZonedDateTime> read) || read.caveat() != null) {
            return time;
        }
        String caveat = dateCaveat != null ? dateCaveat : zoneCaveat;
        return caveat == null ? time : Parsed.readWithCaveat(read.readValue(), caveat);
    }

    /**
     * Reads a zone as people name it: {@code UTC}, {@code Z}, an offset ({@code +02:00}, {@code UTC+2}), a common
     * abbreviation ({@code CEST}) or a region id in any case ({@code europe/berlin}).
     */
    public static Parsed<ZoneId> parseZone(String typed) {
        String text = Text.withoutInvisibles(typed);
        if (text.length() > DateParser.MAX_LENGTH) {
            return Parsed.unreadable(UNKNOWN_ZONE);
        }
        Matcher withRegion = OFFSET_WITH_REGION.matcher(text);
        if (withRegion.matches()) {
            // An ISO zoned time names both; the offset pins the instant even where the region repeats an hour.
            text = withRegion.group(1);
        }
        text = BRACKETS.matcher(text).replaceAll("");
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT") || upper.equals("UT")) {
            return Parsed.read(ZoneOffset.UTC);
        }
        Matcher offset = OFFSET.matcher(text);
        if (offset.matches()) {
            return offset(offset);
        }
        if (ABBREVIATIONS.containsKey(upper)) {
            return Parsed.read(ABBREVIATIONS.get(upper));
        }
        if (AMBIGUOUS_ABBREVIATIONS.contains(upper)) {
            return Parsed.unreadable(AMBIGUOUS_ZONE);
        }
        String region = REGIONS.get(text.toLowerCase(Locale.ROOT));
        return region == null ? Parsed.unreadable(UNKNOWN_ZONE) : Parsed.read(ZoneId.of(region));
    }

    private static Parsed<LocalDate> datePart(String typed, LocalDate referenceDate) {
        String text = DATE_TIME_JOINER.matcher(typed.strip()).replaceAll("").strip();
        if (text.isEmpty()) {
            return referenceDate == null ? Parsed.unreadable(NO_DATE) : Parsed.read(referenceDate);
        }
        return DateParser.parseDate(text, referenceDate);
    }

    private static Optional<LocalTime> clockTime(Matcher m) {
        boolean hourOnly = m.group(6) != null;
        int hour = Integer.parseInt(hourOnly ? m.group(6) : m.group(1));
        int minute = hourOnly ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int nanos = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
        String meridiem = hourOnly ? m.group(7) : m.group(5);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second, nanos));
    }

    private static Parsed<ZonedDateTime> inZone(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Parsed.unreadable(SKIPPED_BY_DST);
        }
        ZonedDateTime time = ZonedDateTime.ofLocal(local, zone, offsets.get(0));
        return offsets.size() == 1 ? Parsed.read(time) : Parsed.readWithCaveat(time, AMBIGUOUS_DST);
    }

    private static Parsed<ZoneId> offset(Matcher m) {
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return Parsed.unreadable(UNKNOWN_ZONE);
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Parsed.read(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static Map<String, ZoneOffset> abbreviations() {
        Map<String, ZoneOffset> map = new HashMap<>();
        map.put("WET", ZoneOffset.ofHours(0));
        map.put("WEST", ZoneOffset.ofHours(1));
        map.put("BST", ZoneOffset.ofHours(1));
        map.put("CET", ZoneOffset.ofHours(1));
        map.put("MEZ", ZoneOffset.ofHours(1));
        map.put("CEST", ZoneOffset.ofHours(2));
        map.put("MESZ", ZoneOffset.ofHours(2));
        map.put("EET", ZoneOffset.ofHours(2));
        map.put("EEST", ZoneOffset.ofHours(3));
        map.put("MSK", ZoneOffset.ofHours(3));
        map.put("EST", ZoneOffset.ofHours(-5));
        map.put("EDT", ZoneOffset.ofHours(-4));
        map.put("CDT", ZoneOffset.ofHours(-5));
        map.put("MST", ZoneOffset.ofHours(-7));
        map.put("MDT", ZoneOffset.ofHours(-6));
        map.put("PST", ZoneOffset.ofHours(-8));
        map.put("PDT", ZoneOffset.ofHours(-7));
        map.put("AKST", ZoneOffset.ofHours(-9));
        map.put("AKDT", ZoneOffset.ofHours(-8));
        map.put("HST", ZoneOffset.ofHours(-10));
        map.put("JST", ZoneOffset.ofHours(9));
        map.put("KST", ZoneOffset.ofHours(9));
        map.put("AEST", ZoneOffset.ofHours(10));
        map.put("AEDT", ZoneOffset.ofHours(11));
        map.put("NZST", ZoneOffset.ofHours(12));
        map.put("NZDT", ZoneOffset.ofHours(13));
        return Map.copyOf(map);
    }

    /** Region ids by lower case, so "europe/berlin" finds "Europe/Berlin" without ZoneId.of throwing on a miss. */
    private static Map<String, String> regions() {
        Map<String, String> map = new HashMap<>();
        ZoneId.getAvailableZoneIds().forEach(id -> map.put(id.toLowerCase(Locale.ROOT), id));
        return Map.copyOf(map);
    }
}
