package io.github.postmortems.confluence.macro;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Incident times as a viewer reads them: in their own time zone, with the incident's zone on hover (or beside the
 * time in static output) whenever the two differ at that moment.
 */
final class Moments {

    /** Times of day written once per view at most. */
    static final int MAX_TIMES = 4_096;

    private final Viewer viewer;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;
    /** Date, time and zone abbreviation in one pass: "Oct 4, 2026, 3:39 PM CEST". */
    private final DateTimeFormatter dateTimeZone;
    /** "Incident time: {0} ({1})" for each zone seen, worded once per view instead of once per line. */
    private final Map<ZoneId, SlottedText> readings = new HashMap<>();
    /** What the locale writes between a date and its time, when its date-time pattern is the two so joined. */
    private final String between;
    /** Each day's date and each zone's name as written once in this view: a timeline's lines share a few. */
    private final Map<LocalDate, String> days = new HashMap<>();
    private final Map<ZoneName, String> zoneNames = new HashMap<>();
    /**
     * Each time of day as written once in this view, where the locale's time pattern writes nothing but the time of
     * day (every locale Java knows): a timeline's lines and their incident readings repeat many. Bounded: past
     * {@link #MAX_TIMES} the rest are written each time.
     */
    private final Map<LocalTime, String> times = new HashMap<>();
    private final boolean timeOfDayOnly;

    Moments(Viewer viewer) {
        this.viewer = viewer;
        Formats formats = Formats.of(viewer.locale());
        this.date = formats.date();
        this.time = formats.time();
        this.zoneName = formats.zoneName();
        this.dateTimeZone = formats.dateTimeZone();
        this.between = formats.between();
        this.timeOfDayOnly = formats.timeOfDayOnly();
    }

    /**
     * A locale's formatters, built once per locale rather than once per view: they are immutable and depend on the
     * locale alone. Readers' languages are the bundles' few; at most {@link #MAX_KEPT} locales are kept all the same.
     */
    record Formats(DateTimeFormatter date, DateTimeFormatter time, DateTimeFormatter zoneName,
                   DateTimeFormatter dateTimeZone, String between, boolean timeOfDayOnly) {

        static final int MAX_KEPT = 32;
        private static final Map<Locale, Formats> KEPT = new ConcurrentHashMap<>();

        static Formats of(Locale locale) {
            Formats known = KEPT.get(locale);
            if (known != null) {
                return known;
            }
            Formats built = built(locale);
            if (KEPT.size() < MAX_KEPT) {
                KEPT.putIfAbsent(locale, built);
            }
            return built;
        }

        /** The locale's patterns are looked up once here: a localized formatter looks its pattern up on every format. */
        static Formats built(Locale locale) {
            String datePattern = pattern(FormatStyle.MEDIUM, null, locale);
            String timePattern = pattern(null, FormatStyle.SHORT, locale);
            String dateTimePattern = pattern(FormatStyle.MEDIUM, FormatStyle.SHORT, locale);
            return new Formats(DateTimeFormatter.ofPattern(datePattern, locale),
                    DateTimeFormatter.ofPattern(timePattern, locale),
                    DateTimeFormatter.ofPattern("zzz", locale),
                    new DateTimeFormatterBuilder().appendPattern(dateTimePattern).appendLiteral(' ')
                            .appendPattern("zzz").toFormatter(locale),
                    between(dateTimePattern, datePattern, timePattern), timeOfDayOnly(timePattern));
        }

        /**
         * Whether the pattern's fields are the time of day's alone (hours, minutes, seconds, fractions, day periods),
         * so that two moments at the same time of day are written alike whatever their date and zone.
         */
        static boolean timeOfDayOnly(String pattern) {
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') && "HhKkmsSnNAaB".indexOf(c) < 0
                        || !quoted && (c == '[' || c == ']' || c == '{' || c == '}' || c == '#')) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The literal text a date-time pattern writes between its date and its time ("MMM d, y, h:mm a": ", "), when
         * it is exactly the date pattern, that text and the time pattern; null otherwise. Such a pattern writes a date
         * and time as the two written apart and joined so.
         */
        static String between(String dateTime, String date, String time) {
            if (dateTime.length() <= date.length() + time.length() || !dateTime.startsWith(date)
                    || !dateTime.endsWith(time)) {
                return null;
            }
            String between = dateTime.substring(date.length(), dateTime.length() - time.length());
            for (int i = 0; i < between.length(); i++) {
                char c = between.charAt(i);
                if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                    return null;
                }
            }
            return between;
        }
    }

    private static String pattern(FormatStyle date, FormatStyle time, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }

    /** "4 Oct 2026, 17:39 CEST", with the incident's own reading when it differs. */
    Link at(Instant moment, ZoneId incidentZone) {
        ZonedDateTime seen = moment.atZone(viewer.zone());
        return withIncidentReading(dateTimeZone(seen), seen, incidentZone);
    }

    /**
     * "Oct 4, 2026, 3:39 PM CEST": as the one formatter writes it, from the day's date and the zone's name written
     * once per view and the time, where the locale's pattern is the date and the time joined.
     */
    private String dateTimeZone(ZonedDateTime moment) {
        if (between == null) {
            return dateTimeZone.format(moment);
        }
        // A zone's short name depends on the zone and on whether daylight saving time is in force, nothing else.
        ZoneName zone = new ZoneName(moment.getZone(), moment.getZone().getRules().isDaylightSavings(moment.toInstant()));
        return days.computeIfAbsent(moment.toLocalDate(), date::format) + between + time(moment) + " "
                + zoneNames.computeIfAbsent(zone, name -> zoneName.format(moment));
    }

    private record ZoneName(ZoneId zone, boolean daylightSaving) {
    }

    /** Time of day only, for consecutive timeline entries on the same day. */
    Link timeOfDay(ZonedDateTime seen, ZoneId incidentZone) {
        return withIncidentReading(time(seen), seen, incidentZone);
    }

    private String time(ZonedDateTime moment) {
        if (!timeOfDayOnly || times.size() >= MAX_TIMES) {
            return time.format(moment);
        }
        return times.computeIfAbsent(moment.toLocalTime(), at -> time.format(moment));
    }

    /** The moment as the viewer reads it, to compute once per line. */
    ZonedDateTime seen(Instant moment) {
        return moment.atZone(viewer.zone());
    }

    /** "Oct 4, 2026 · EDT": the heading of a day in the timeline. */
    String dayHeading(ZonedDateTime seen) {
        return date.format(seen) + " \u00b7 " + zoneName.format(seen);
    }

    private Link withIncidentReading(String text, ZonedDateTime seen, ZoneId incidentZone) {
        if (incidentZone == null) {
            return new Link(text, "", "", "");
        }
        ZonedDateTime there = seen.withZoneSameInstant(incidentZone);
        if (there.getOffset().equals(seen.getOffset())) {
            return new Link(text, "", "", "");
        }
        String reading = readings.computeIfAbsent(incidentZone,
                zone -> SlottedText.of(viewer, "postmortems.macros.time.incident-zone", zone.getId()))
                .with(dateTimeZone(there));
        return viewer.staticOutput()
                ? new Link(text + " (" + reading + ")", "", "", "")
                : new Link(text, "", reading, "pm-has-hint");
    }
}
