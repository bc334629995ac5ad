package io.github.postmortems.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DateParserTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-04         | 2026-10-04",
            "2026/10/4          | 2026-10-04",
            "04.10.2026         | 2026-10-04",
            "4 Oct 2026         | 2026-10-04",
            "Oct 4, 2026        | 2026-10-04",
            "October 4th, 2026  | 2026-10-04",
            "4. Oktober 2026    | 2026-10-04",
            "4 oct. 2026        | 2026-10-04",
            "1er f\u00e9vrier 2026 | ",
            "3 fevr. 2026       | 2026-02-03",
            "25/10/2026         | 2026-10-25",
            "10/25/2026         | 2026-10-25",
            "5/5/2026           | 2026-05-05",
            "12. M\u00e4rz 2026    | 2026-03-12",
            "12. M\u00e4r. 2026    | 2026-03-12",
            "12 mars 2026       | 2026-03-12",
            "12 ao\u00fbt 2026      | 2026-08-12",
            "Thu, 12 Mar 2026   | 2026-03-12",
            "Thursday, March 12, 2026 | 2026-03-12",
            "jeudi 12 mars 2026 | 2026-03-12",
            "Donnerstag, 12. M\u00e4rz 2026 | 2026-03-12",
            "jeu. 12 mars 2026  | 2026-03-12"})
    void readsTheFormsPeopleType(String typed, String expected) {
        Parsed<LocalDate> parsed = DateParser.parseDate(typed);
        if (expected == null) {
            assertInstanceOf(Parsed.Unreadable.class, parsed);
        } else {
            assertEquals(LocalDate.parse(expected), parsed.value().orElseThrow(() -> new AssertionError(parsed)));
        }
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "04/10/2026    | postmortems.timeline.warning.ambiguous-date",
            "2026-02-30    | postmortems.timeline.warning.no-such-date",
            "31.04.2026    | postmortems.timeline.warning.no-such-date",
            "13/13/2026    | postmortems.timeline.warning.no-such-date",
            "next week     | postmortems.timeline.warning.unreadable-date",
            "4 Foo 2026    | postmortems.timeline.warning.unreadable-date",
            "Mar 12        | postmortems.timeline.warning.date-without-year",
            "Foo 12        | postmortems.timeline.warning.unreadable-date",
            "Funday, 12 Mar 2026 | postmortems.timeline.warning.unreadable-date"})
    void explainsWhyTextIsNotADate(String typed, String reason) {
        assertEquals(reason, assertInstanceOf(Parsed.Unreadable.class, DateParser.parseDate(typed)).reason());
    }

    @ParameterizedTest(name = "{0} in an incident of 2026 is {1}")
    @CsvSource(delimiter = '|', value = {
            "Mar 12     | 2026-03-12",
            "12 Mar     | 2026-03-12",
            "12. M\u00e4rz | 2026-03-12",
            "12 oct.    | 2026-10-12",
            "March 12th | 2026-03-12",
            "mar. 12 mars | 2026-03-12"})
    void readsADayAndMonthWithoutYearInTheReferenceDatesYear(String typed, String expected) {
        assertEquals(LocalDate.parse(expected), DateParser.parseDate(typed, LocalDate.of(2026, 1, 5)).value()
                .orElseThrow(() -> new AssertionError(DateParser.parseDate(typed, LocalDate.of(2026, 1, 5)))));
    }

    @Test
    void readsTheDateButSaysSoWhenTheWeekdayIsNotTheDates() {
        Parsed.Read<?> read = assertInstanceOf(Parsed.Read.class, DateParser.parseDate("Friday, March 12, 2026"));

        assertEquals(LocalDate.of(2026, 3, 12), read.readValue());
        assertEquals(DateParser.WRONG_WEEKDAY, read.caveat());
        assertEquals(null, assertInstanceOf(Parsed.Read.class, DateParser.parseDate("Thu, 12 Mar 2026")).caveat());
    }

    @Test
    void refusesTextLongerThanAnyDateWithoutReadingIt() {
        assertEquals(DateParser.UNREADABLE, assertInstanceOf(Parsed.Unreadable.class,
                DateParser.parseDate("12 March 2026" + " ".repeat(5) + "x".repeat(DateParser.MAX_LENGTH))).reason());
    }
}
