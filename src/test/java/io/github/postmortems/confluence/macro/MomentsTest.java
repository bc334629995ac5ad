package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times read as each locale writes them: the patterns looked up once give what the localized formatters give. */
class MomentsTest {

    private static final List<Instant> MOMENTS = List.of(Instant.parse("2026-10-04T13:39:00Z"),
            Instant.parse("2026-03-29T00:59:59Z"), Instant.parse("2026-12-31T23:05:00Z"),
            Instant.parse("1999-01-01T12:00:00Z"));

    @Test
    void writesDaysAndTimesExactlyAsTheLocalizedFormattersInManyLocales() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        // Confluence's languages and others whose patterns differ in kind: 24-hour clocks, day periods, other digits,
        // right to left, literal words in the pattern.
        for (String tag : List.of("und", "en", "en-US", "en-GB", "de", "de-CH", "fr", "fr-CA", "es", "it", "nl", "pt-BR",
                "ja", "ko", "zh-CN", "zh-TW", "ru", "pl", "cs", "sv", "fi", "tr", "ar", "he", "fa", "hi", "th", "bg")) {
            Locale locale = Locale.forLanguageTag(tag);
            Moments moments = new Moments(viewer(zone, locale));
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            DateTimeFormatter zoneName = DateTimeFormatter.ofPattern("zzz", locale);
            DateTimeFormatter full = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .appendLiteral(' ').appendPattern("zzz").toFormatter(locale);
            for (Instant moment : MOMENTS) {
                ZonedDateTime seen = moment.atZone(zone);
                assertEquals(date.format(seen) + " \u00b7 " + zoneName.format(seen), moments.dayHeading(seen),
                        locale.toLanguageTag());
                assertEquals(time.format(seen), moments.timeOfDay(seen, zone).text(), locale.toLanguageTag());
                assertEquals(full.format(seen), moments.at(moment, zone).text(), locale.toLanguageTag());
                // The incident's own reading, for a viewer elsewhere: written from the day, time and zone apart.
                for (ZoneId incident : List.of(ZoneId.of("Asia/Kolkata"), ZoneId.of("America/New_York"))) {
                    String reading = full.format(moment.atZone(incident));
                    assertTrue(moments.timeOfDay(seen, incident).hint().contains(reading),
                            () -> locale.toLanguageTag() + ": " + reading + " in " + moments.timeOfDay(seen, incident));
                }
            }
        }
    }

    /** Times of day written once per view are written as the localized formatter writes them, in every locale. */
    @Test
    void aTimeOfDayWrittenOnceReadsAsTheFormatterWritesItAtAnyDateAndZone() {
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2027, 1, 1));
        int cached = 0;
        for (Locale locale : Locale.getAvailableLocales()) {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            cached += Moments.Formats.of(locale).timeOfDayOnly() ? 1 : 0;
            Moments moments = new Moments(viewer(ZoneId.of("UTC"), locale));
            for (int round = 0; round < 2; round++) {
                for (ZoneId zone : zones) {
                    for (LocalDate day : days) {
                        for (LocalTime at : List.of(LocalTime.of(2, 30), LocalTime.of(15, 39), LocalTime.of(15, 39, 20))) {
                            ZonedDateTime seen = day.atTime(at).atZone(zone);
                            assertEquals(time.format(seen), moments.timeOfDay(seen, null).text(), locale.toString());
                        }
                    }
                }
            }
        }
        assertTrue(cached > Locale.getAvailableLocales().length * 9 / 10, "most locales' times are written once");
    }

    @Test
    void onlyATimeOfDaysFieldsMakeATimeOfDayPattern() {
        for (String pattern : List.of("HH:mm", "h:mm a", "H.mm", "B h:mm", "HH'h'mm", "HH:mm 'Uhr'", "a h:mm:ss.SSS")) {
            assertTrue(Moments.Formats.timeOfDayOnly(pattern), pattern);
        }
        for (String pattern : List.of("HH:mm z", "h:mm a zzzz", "HH:mm VV", "d HH:mm", "HH:mm O", "HH:mm X", "[HH:mm]",
                "HH:mm G", "E HH:mm")) {
            assertFalse(Moments.Formats.timeOfDayOnly(pattern), pattern);
        }
    }

    /** The board's, the card's and the list's dates: as the localized formatter writes them, in every locale. */
    @Test
    void aViewersDatesAreTheLocalizedMediumDatesInEveryLocale() {
        ZoneId zone = ZoneId.of("America/New_York");
        List<LocalDate> days = List.of(LocalDate.of(2026, 10, 4), LocalDate.of(1999, 12, 31), LocalDate.of(2031, 2, 28));
        for (Locale locale : Locale.getAvailableLocales()) {
            DateTimeFormatter localized = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            DateTimeFormatter dates = viewer(zone, locale).dates();
            for (LocalDate day : days) {
                assertEquals(localized.format(day), dates.format(day), locale.toString());
                ZonedDateTime noon = day.atTime(12, 0).atZone(zone);
                assertEquals(localized.format(noon), dates.format(noon), locale.toString());
            }
        }
    }

    /** Every locale Java knows writes its date-time pattern as its date and time patterns joined, or is told not to. */
    @Test
    void joinsDateAndTimeOnlyWhereTheLocalesPatternIsTheTwoJoined() {
        ZonedDateTime seen = Instant.parse("2026-10-04T13:39:00Z").atZone(ZoneId.of("Europe/Berlin"));
        int joined = 0;
        for (Locale locale : Locale.getAvailableLocales()) {
            Moments.Formats formats = Moments.Formats.built(locale);
            if (formats.between() != null) {
                joined++;
                assertEquals(formats.dateTimeZone().format(seen), formats.date().format(seen) + formats.between()
                        + formats.time().format(seen) + " " + formats.zoneName().format(seen), locale.toString());
            }
        }
        assertTrue(joined > Locale.getAvailableLocales().length / 2, "most locales join the two: " + joined);
        assertEquals(null, Moments.Formats.between("d MMM y 'at' HH:mm", "d MMM y", "HH:mm"));
        assertEquals(null, Moments.Formats.between("HH:mm d MMM y", "d MMM y", "HH:mm"));
    }

    /** The formatters kept per locale write as ones built afresh, for more locales than are kept too. */
    @Test
    void keptFormattersWriteAsFreshOnesBeyondTheBound() {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        for (int i = 0; i < 2 * Moments.Formats.MAX_KEPT; i++) {
            Locale locale = i % 2 == 0 ? Locale.forLanguageTag(List.of("de", "fr", "ja", "ar").get(i % 4))
                    : new Locale.Builder().setLanguage(List.of("en", "pt", "nl").get(i % 3)).setRegion("BR")
                    .setVariant("v" + i + "xxx").build();
            Moments.Formats kept = Moments.Formats.of(locale);
            Moments.Formats fresh = Moments.Formats.built(locale);
            for (Instant moment : MOMENTS) {
                ZonedDateTime seen = moment.atZone(zone);
                assertEquals(fresh.date().format(seen), kept.date().format(seen), locale.toString());
                assertEquals(fresh.time().format(seen), kept.time().format(seen), locale.toString());
                assertEquals(fresh.zoneName().format(seen), kept.zoneName().format(seen), locale.toString());
                assertEquals(fresh.dateTimeZone().format(seen), kept.dateTimeZone().format(seen), locale.toString());
            }
        }
    }

    @Test
    void addsTheIncidentsReadingWhereItsZoneDiffers() {
        Moments moments = new Moments(viewer(ZoneId.of("America/New_York"), Locale.ENGLISH));
        Link link = moments.at(Instant.parse("2026-10-04T13:39:00Z"), ZoneId.of("Europe/Berlin"));
        assertEquals(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).format(Instant.parse("2026-10-04T13:39:00Z")
                        .atZone(ZoneId.of("America/New_York"))) + " EDT", link.text());
        assertEquals("pm-has-hint", link.css());
        assertTrue(link.hint().startsWith("Incident time: ") && link.hint().endsWith(" CEST (Europe/Berlin)"),
                link.hint());
    }

    private static Viewer viewer(ZoneId zone, Locale locale) {
        Messages messages = new Messages() {
            @Override
            public String text(String key, Object... args) {
                return key.equals("postmortems.macros.time.incident-zone")
                        ? "Incident time: " + args[0] + " (" + args[1] + ")" : key;
            }

            @Override
            public String pattern(String key) {
                return key;
            }
        };
        return new Viewer(zone, locale, false, "", "", zone, messages);
    }
}
