package io.github.postmortems.postmortem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeverityScaleTest {

    private final SeverityScale scale = SeverityScale.defaults();

    @ParameterizedTest(name = "{0} is rank {1}")
    @CsvSource({"SEV1,1", "sev2,2", "Sev-3,3", "SEV 4,4", "'SEV1 - critical',1", "sev_2 major,2"})
    void findsTheLevelPeopleMeant(String typed, int rank) {
        assertEquals(rank, scale.find(typed).orElseThrow().rank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SEV9", "critical", "1"})
    void findsNothingForOtherText(String typed) {
        assertTrue(scale.find(typed).isEmpty());
    }

    @Test
    void ordersMostSevereFirst() {
        assertEquals("SEV1", scale.mostSevere().code());
        assertEquals("SEV4", scale.leastSevere().code());
        assertTrue(scale.mostSevere().atLeast(scale.leastSevere()));
    }

    @Test
    void refusesTwoLevelsWithOneRank() {
        assertThrows(IllegalArgumentException.class, () -> new SeverityScale(List.of(
                new Severity("A", 1, "a"), new Severity("B", 1, "b"))));
    }
}
