package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentTimesTest {

    private static final Instant START = Instant.parse("2026-10-04T13:39:00Z");

    private static IncidentTimes at(long detect, long hotfix, long end) {
        return IncidentTimes.startingAt(START, ZoneOffset.UTC)
                .with(Milestone.DETECT, START.plusSeconds(detect * 60))
                .with(Milestone.HOTFIX, START.plusSeconds(hotfix * 60))
                .with(Milestone.END, START.plusSeconds(end * 60));
    }

    @Test
    void derivesTheFourDurationsFromTheirMilestones() {
        IncidentTimes times = at(6, 31, 60);

        assertEquals(Duration.ofMinutes(6), times.timeToDetect().orElseThrow());
        assertEquals(Duration.ofMinutes(54), times.timeToResolve().orElseThrow());
        assertEquals(Duration.ofMinutes(60), times.totalImpact().orElseThrow());
        assertEquals(Duration.ofMinutes(25), times.timeToHotfix().orElseThrow());
        assertEquals(List.of(), times.warnings());
    }

    @Test
    void derivesNoDurationWhoseMilestoneIsMissing() {
        IncidentTimes times = IncidentTimes.startingAt(START, ZoneOffset.UTC);

        assertTrue(times.timeToDetect().isEmpty());
        assertTrue(times.totalImpact().isEmpty());
    }

    @Test
    void reportsMilestonesOutOfOrderByTheirKeysInsteadOfDerivingNegativeDurations() {
        IncidentTimes times = at(-5, 10, 60);

        assertTrue(times.timeToDetect().isEmpty());
        assertEquals(List.of(Warning.of("postmortems.details.warning.order",
                "postmortems.details.field.detect", "postmortems.details.field.start")), times.warnings());
    }

    @Test
    void needsAStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new IncidentTimes(Map.of(Milestone.END, START), ZoneOffset.UTC));
    }
}
