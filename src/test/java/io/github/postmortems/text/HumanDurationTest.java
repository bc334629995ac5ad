package io.github.postmortems.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

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
}
