package io.github.postmortems.countermeasure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityTest {

    @ParameterizedTest(name = "{0} is P{1}")
    @CsvSource({"P1,1", "p2,2", "P 3,3", "4,4", "p-1,1"})
    void readsPrioritiesAsPeopleTypeThem(String typed, int rank) {
        assertEquals(rank, Priority.parse(typed).orElseThrow().rank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P5", "urgent", "P0", "high"})
    void readsNothingElse(String typed) {
        assertTrue(Priority.parse(typed).isEmpty());
    }

    @Test
    void givesUrgentPrioritiesTheShorterSlo() {
        assertEquals(Period.ofWeeks(4), Priority.parse("P2").orElseThrow().slo());
        assertEquals(Period.ofWeeks(8), Priority.parse("P3").orElseThrow().slo());
    }

    @Test
    void dropsWhatTheOldPatternDroppedFromRandomTexts() {
        String alphabet = "pP1 \t\n\u000b\f\r_-\u00a0\u2003x4";
        SplittableRandom random = new SplittableRandom(20261130L);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = text.toString();
            assertEquals(typed.replaceAll("[\\s_-]+", ""), Priority.withoutSpacesAndDashes(typed), typed);
        }
    }
}
