package io.github.postmortems.countermeasure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Period;

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
}
