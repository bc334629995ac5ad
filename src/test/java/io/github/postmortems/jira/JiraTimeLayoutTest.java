package io.github.postmortems.jira;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The positional read of Jira's usual time layout gives what the general formatter gives, or leaves it to it. */
class JiraTimeLayoutTest {

    private static final DateTimeFormatter GENERAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28T09:05:00.000+0000", "2026-11-28T23:59:59.999-0500",
            "2024-02-29T00:00:00.001+0530", "2026-12-31T12:00:00.000+1400", "2026-01-01T00:00:00.000-1200",
            "2026-04-31T10:00:00.000+0000", "2026-11-28T09:05:00.000+00:00", "2026-11-28T09:05:00+0000",
            "2026-11-28T09:05:00.000Z", "1970-01-01T00:00:00.000+0100"})
    void readsEveryTimeAsTheGeneralFormatterDoes(String text) {
        assertEquals(Optional.of(OffsetDateTime.parse(text, GENERAL).toInstant()), IncidentReader.time(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-28T09:05:00.000+0000", "2026-11-28T24:05:00.000+0000", "2026-11-28T09:05:00.000+0a00",
            "yesterday", "2026-11-28", "2026-11-28T09:05:00.000+9900"})
    void refusesWhatIsNotATime(String text) {
        assertEquals(Optional.empty(), IncidentReader.time(text));
    }
}
