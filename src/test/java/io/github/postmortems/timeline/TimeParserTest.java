package io.github.postmortems.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class TimeParserTest {

    /**
     * The shortcut for a bare time of day reads every such text as the patterns do: all hours, minutes and seconds
     * written with and without a leading zero, out of range too, near and across daylight saving changes, with and
     * without a reference date, and texts that only look like it.
     */
    @Test
    void readsBareTimesOfDayAsThePatternsDo() {
        java.util.List<String> typed = new java.util.ArrayList<>();
        for (int hour = 0; hour <= 25; hour++) {
            for (int minute : new int[] {0, 5, 30, 59, 60}) {
                String clock = String.format("%02d:%02d", hour, minute);
                typed.add(clock);
                typed.add(hour + ":" + String.format("%02d", minute));
                for (int second : new int[] {0, 7, 59, 60}) {
                    typed.add(clock + String.format(":%02d", second));
                }
            }
        }
        typed.addAll(java.util.List.of("1:5", "123:00", "10:0", "10:000", "10::00", ":1000", "10:00:", "10:00:0",
                "\u200b10:00", "10:00\u200b", "10:00 ", " 10:00", "10:00pm", "10h00", "1000", "10:00:00:00",
                "\uff11\uff10:00", "10.00", "", "x"));
        for (ZoneId zone : java.util.List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"))) {
            for (LocalDate day : new LocalDate[] {null, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
                    LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 7, 1)}) {
                for (String text : typed) {
                    assertEquals(TimeParser.parseTimeByPatterns(text, zone, day), TimeParser.parseTime(text, zone, day),
                            () -> text + " in " + zone + " on " + day);
                }
            }
        }
    }


    /**
     * The shortcut for an ISO date, a space and a bare time of day reads every such text as the patterns do: real
     * and impossible dates, years far from the reference date, times out of range, near daylight saving changes, with
     * and without a reference date, and texts that only look like it.
     */
    @Test
    void readsIsoDatesWithATimeOfDayAsThePatternsDo() {
        java.util.List<String> dates = java.util.List.of("2026-10-04", "2026-03-29", "2026-10-25", "2026-03-08",
                "2026-11-01", "2024-02-29", "2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-10-00",
                "0000-01-01", "1969-12-31", "9999-12-31", "1999-01-01", "2027-01-01", "2026-1-04", "2026/10/04",
                "20261004", "2026-10-04T", "x026-10-04");
        java.util.List<String> clocks = java.util.List.of("15:39", "5:39", "00:00", "23:59:59", "02:30", "02:30:00",
                "03:00", "01:30", "24:00", "12:60", "10:00:60", "10:00pm", "10h00", "15:39 UTC", "15:39Z", " 15:39",
                "15:39 ", "1:5", "", "x");
        java.util.List<String> typed = new java.util.ArrayList<>();
        for (String date : dates) {
            for (String clock : clocks) {
                typed.add(date + " " + clock);
                typed.add(date + "  " + clock);
                typed.add(date + "\u200b " + clock);
            }
        }
        for (ZoneId zone : java.util.List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"))) {
            for (LocalDate day : new LocalDate[] {null, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
                    LocalDate.of(2026, 10, 4), LocalDate.of(1990, 1, 1)}) {
                for (String text : typed) {
                    assertEquals(TimeParser.parseTimeByPatterns(text, zone, day), TimeParser.parseTime(text, zone, day),
                            () -> text + " in " + zone + " on " + day);
                }
            }
        }
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate INCIDENT_DAY = LocalDate.of(2026, 10, 4);

    private static Instant read(String typed, ZoneId zone, LocalDate reference) {
        return TimeParser.parseTime(typed, zone, reference).value().orElseThrow(
                () -> new AssertionError(typed + " -> " + TimeParser.parseTime(typed, zone, reference))).toInstant();
    }

    private static String reason(String typed, ZoneId zone, LocalDate reference) {
        return assertInstanceOf(Parsed.Unreadable.class, TimeParser.parseTime(typed, zone, reference)).reason();
    }

    @ParameterizedTest(name = "{0} in Berlin on the incident day is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-04T15:39:00Z          | 2026-10-04T15:39:00Z",
            "2026-10-04T15:39+02:00        | 2026-10-04T13:39:00Z",
            "2026-10-04T15:39:00.5-05:00   | 2026-10-04T20:39:00.500Z",
            "2026-10-04T15:39+02:00[Europe/Berlin] | 2026-10-04T13:39:00Z",
            "2026-10-04 15:39              | 2026-10-04T13:39:00Z",
            "2026-10-04 15:39:12           | 2026-10-04T13:39:12Z",
            "04.10.2026 15:39              | 2026-10-04T13:39:00Z",
            "25/10/2026 15:39              | 2026-10-25T14:39:00Z",
            "15:39 UTC                     | 2026-10-04T15:39:00Z",
            "15:39 (UTC)                   | 2026-10-04T15:39:00Z",
            "15:39 CEST                    | 2026-10-04T13:39:00Z",
            "15:39 UTC+5:30                | 2026-10-04T10:09:00Z",
            "15:39 Europe/London           | 2026-10-04T14:39:00Z",
            "15:39 america/new_york        | 2026-10-04T19:39:00Z",
            "3:39 PM                       | 2026-10-04T13:39:00Z",
            "12:05 am                      | 2026-10-03T22:05:00Z",
            "3 pm                          | 2026-10-04T13:00:00Z",
            "15h39                         | 2026-10-04T13:39:00Z",
            "Oct 4, 2026 15:39             | 2026-10-04T13:39:00Z",
            "4 Oct 2026, 15:39 UTC         | 2026-10-04T15:39:00Z",
            "15:39                         | 2026-10-04T13:39:00Z",
            "12. M\u00e4rz 2026, 09:05 Uhr    | 2026-03-12T08:05:00Z",
            "12. M\u00e4r. 2026 9:05          | 2026-03-12T08:05:00Z",
            "12 mars 2026 \u00e0 9 h 05        | 2026-03-12T08:05:00Z",
            "12 mars 2026 09h05            | 2026-03-12T08:05:00Z",
            "jeudi 12 mars 2026 09:05      | 2026-03-12T08:05:00Z",
            "Thu, 12 Mar 2026 08:05:00 GMT | 2026-03-12T08:05:00Z",
            "Thursday, March 12, 2026 9:05 AM | 2026-03-12T08:05:00Z",
            "'March 12, 2026, 9:05 a.m.'   | 2026-03-12T08:05:00Z",
            "Mar 12 09:05                  | 2026-03-12T08:05:00Z",
            "12 Mar 09:05                  | 2026-03-12T08:05:00Z",
            "12 Oct 09:05                  | 2026-10-12T07:05:00Z",
            "09:05 Uhr MESZ                | 2026-10-04T07:05:00Z"})
    void readsTheFormsPeopleType(String typed, String expected) {
        assertEquals(Instant.parse(expected), read(typed, BERLIN, INCIDENT_DAY));
    }

    @Test
    void usesTheDefaultZoneOnlyWhenTheTextNamesNone() {
        assertEquals(Instant.parse("2026-01-15T15:39:00Z"), read("2026-01-15 15:39", ZoneOffset.UTC, null));
        assertEquals(Instant.parse("2026-01-15T14:39:00Z"), read("2026-01-15 15:39", BERLIN, null));
        assertEquals(Instant.parse("2026-07-15T13:39:00Z"), read("2026-07-15 15:39", BERLIN, null));
    }

    @Test
    void refusesALocalTimeThatDaylightSavingSkipped() {
        assertEquals(TimeParser.SKIPPED_BY_DST, reason("2026-03-29 02:30", BERLIN, null));
    }

    @Test
    void readsARepeatedLocalTimeWithTheEarlierOffsetAndSaysSo() {
        Parsed<ZonedDateTime> parsed = TimeParser.parseTime("2026-10-25 02:30", BERLIN, null);

        Parsed.Read<?> read = assertInstanceOf(Parsed.Read.class, parsed);
        assertEquals(TimeParser.AMBIGUOUS_DST, read.caveat());
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), parsed.value().orElseThrow().toInstant());
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), read("2026-10-25 02:30 +01:00", BERLIN, null));
    }

    @Test
    void explainsWhyTextIsNotATime() {
        assertEquals(TimeParser.EMPTY, reason(" \u00a0", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.UNREADABLE, reason("yesterday afternoon", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.NO_DATE, reason("15:39", BERLIN, null));
        assertEquals(TimeParser.NO_TIME, reason("2026-10-04", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.NO_SUCH_TIME, reason("24:10", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.NO_SUCH_TIME, reason("13:00 pm", BERLIN, INCIDENT_DAY));
        assertEquals(DateParser.AMBIGUOUS, reason("04/10/2026 15:39", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.AMBIGUOUS_ZONE, reason("15:39 CST", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.UNKNOWN_ZONE, reason("15:39 Mars/Olympus", BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.UNKNOWN_ZONE, reason("15:39 +25:00", BERLIN, INCIDENT_DAY));
    }

    @Test
    void readsTheDateAndTimeBeforeOtherWordsInTheCellAndSaysTheWordsWereNotAZone() {
        Parsed.Read<?> read = assertInstanceOf(Parsed.Read.class,
                TimeParser.parseTime("2026-03-12 09:05 deploy started", BERLIN, null));
        Parsed.Read<?> inUtc = assertInstanceOf(Parsed.Read.class,
                TimeParser.parseTime("2026-03-12 09:05 UTC deploy started", BERLIN, null));

        assertEquals(Instant.parse("2026-03-12T08:05:00Z"), ((ZonedDateTime) read.readValue()).toInstant());
        assertEquals(TimeParser.TEXT_AFTER_TIME, read.caveat());
        assertEquals(Instant.parse("2026-03-12T09:05:00Z"), ((ZonedDateTime) inUtc.readValue()).toInstant());
        assertEquals(TimeParser.AMBIGUOUS_ZONE, reason("09:05 CST deploy started", BERLIN, INCIDENT_DAY));
    }

    @Test
    void readsTheTimeButSaysSoWhenTheWeekdayIsNotTheDates() {
        Parsed.Read<?> read = assertInstanceOf(Parsed.Read.class,
                TimeParser.parseTime("Fri, 12 Mar 2026 08:05:00 GMT", BERLIN, null));

        assertEquals(Instant.parse("2026-03-12T08:05:00Z"), ((ZonedDateTime) read.readValue()).toInstant());
        assertEquals(DateParser.WRONG_WEEKDAY, read.caveat());
    }

    @Test
    void needsAYearFromSomewhereForADayAndMonth() {
        assertEquals(DateParser.NO_YEAR, reason("Mar 12 09:05", BERLIN, null));
    }

    @Test
    void readsZonesByThemselves() {
        assertEquals(ZoneOffset.UTC, TimeParser.parseZone("utc").value().orElseThrow());
        assertEquals(ZoneId.of("Europe/Berlin"), TimeParser.parseZone(" europe/berlin ").value().orElseThrow());
        assertEquals(ZoneOffset.ofHours(-7), TimeParser.parseZone("PDT").value().orElseThrow());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), TimeParser.parseZone("+0530").value().orElseThrow());
    }

    @Test
    void refusesTextLongerThanAnyTimeWithoutReadingIt() {
        String longer = "2026-03-12 09:05 " + "x".repeat(DateParser.MAX_LENGTH);

        assertEquals(TimeParser.UNREADABLE, reason(longer, BERLIN, INCIDENT_DAY));
        assertEquals(TimeParser.UNKNOWN_ZONE, assertInstanceOf(Parsed.Unreadable.class,
                TimeParser.parseZone("+02:00 [" + "x".repeat(DateParser.MAX_LENGTH) + "]")).reason());
    }
}
