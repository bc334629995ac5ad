package io.github.postmortems.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HumanDurationTest {

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "PT0S        | 0 s",
            "PT42S       | 42 s",
            "PT47M       | 47 min",
            "PT47M59S    | 47 min",
            "PT1H        | 1 h",
            "PT1H12M     | 1 h 12 min",
            "PT26H       | 1 d 2 h",
            "PT72H30M    | 3 d",
            "-PT5M       | \u22125 min"})
    void formatsInAtMostTwoUnits(String iso, String expected) {
        assertEquals(expected, HumanDuration.format(Duration.parse(iso), BundleMessages.english()));
    }

    @ParameterizedTest(name = "{0} in German reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "PT1H12M | 1 Std. 12 Min.",
            "PT50H   | 2 T 2 Std."})
    void speaksTheViewersLanguage(String iso, String expected) {
        assertEquals(expected, HumanDuration.format(Duration.parse(iso), BundleMessages.of("de")));
    }

    @Test
    void aCountIsWrittenAsTheMessageFormatWritesItInEveryLanguageConfluenceShips() {
        List<String> shipped = List.of("cs-CZ", "da-DK", "de-DE", "en-GB", "en-US", "es-ES", "et-EE", "fi-FI", "fr-FR",
                "hu-HU", "is-IS", "it-IT", "ja-JP", "ko-KR", "nl-NL", "nb-NO", "pl-PL", "pt-BR", "ro-RO", "ru-RU",
                "sk-SK", "sv-SE", "zh-CN");
        for (String tag : shipped) {
            Locale locale = Locale.forLanguageTag(tag);
            for (long count : new long[] {0, 1, 9, 10, 59, 99, 100, 999, 1_000, 1_234, 100_000}) {
                assertEquals(new MessageFormat("{0} h", locale).format(new Object[] {count}),
                        new MessageFormat("{0} h", locale).format(new Object[] {HumanDuration.count(count)}),
                        tag + " " + count);
            }
        }
    }

    @Test
    void readsAlikeWithCountsAsTextInEveryBundle() {
        for (String language : List.of("en", "de", "fr")) {
            Messages bundle = BundleMessages.of(language);
            for (long minutes : new long[] {0, 1, 59, 61, 1_440, 1_441, 60 * 24 * 1_500 + 60}) {
                Duration duration = Duration.ofMinutes(minutes).plusSeconds(minutes % 7);
                String expected = numbersAsNumbers(duration, bundle);
                assertEquals(expected, HumanDuration.format(duration, bundle), language + " " + duration);
                String negated = duration.isZero() ? expected
                        : bundle.text("postmortems.common.duration.negative", expected);
                assertEquals(negated, HumanDuration.format(duration.negated(), bundle), language + " -" + duration);
            }
        }
    }

    /** The durations as they were written before counts went as text: every count a number. */
    private static String numbersAsNumbers(Duration duration, Messages messages) {
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return hours > 0 ? messages.text("postmortems.common.duration.days-hours", days, hours)
                    : messages.text("postmortems.common.duration.days", days);
        } else if (hours > 0) {
            return minutes > 0 ? messages.text("postmortems.common.duration.hours-minutes", hours, minutes)
                    : messages.text("postmortems.common.duration.hours", hours);
        } else if (minutes > 0) {
            return messages.text("postmortems.common.duration.minutes", minutes);
        }
        return messages.text("postmortems.common.duration.seconds", seconds);
    }
}
