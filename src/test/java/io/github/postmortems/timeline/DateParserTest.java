package io.github.postmortems.timeline;

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
            "5/5/2026           | 2026-05-05"})
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
            "4 Foo 2026    | postmortems.timeline.warning.unreadable-date"})
    void explainsWhyTextIsNotADate(String typed, String reason) {
        assertEquals(reason, assertInstanceOf(Parsed.Unreadable.class, DateParser.parseDate(typed)).reason());
    }
}
