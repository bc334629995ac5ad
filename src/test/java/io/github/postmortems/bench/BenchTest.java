package io.github.postmortems.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's order of calls and the samples it keeps; what the calls take is the benchmarks' business. */
class BenchTest {

    private final StringBuilder calls = new StringBuilder();

    @Test
    void runsEachOperationInBatchesThatTakeTurnsStartingOneFurtherOnEachRound() {
        Bench.interleaved(new Bench.Plan(1, Duration.ZERO, 5), 2, List.of(logged("a"), logged("b"), logged("c")));

        // warm-up: one call each; then rounds of two calls each, the last round taking the fifth call each.
        assertEquals("abc" + "aabbcc" + "bbccaa" + "cab", calls.toString());
    }

    @Test
    void warmsEveryOperationUpToItsCountBeforeTimingAny() {
        Bench.interleaved(new Bench.Plan(3, Duration.ZERO, 2), 2, List.of(logged("a"), logged("b")));

        assertEquals("aabb" + "ba" + "aabb", calls.toString());
    }

    @Test
    void givesEveryOperationItsOwnMeasurementOfAllItsIterations() {
        Bench.Plan plan = new Bench.Plan(0, Duration.ZERO, 7);

        List<Bench.Measurement> measured = Bench.interleaved(plan, 3, List.of(logged("a"), logged("b")));

        assertEquals(List.of("a", "b"), measured.stream().map(Bench.Measurement::name).toList());
        for (Bench.Measurement m : measured) {
            assertEquals(plan, m.plan());
            assertEquals(7, m.nanos().length);
            for (int i = 1; i < m.nanos().length; i++) {
                assertTrue(m.nanos()[i - 1] <= m.nanos()[i], "samples are sorted");
            }
        }
    }

    @Test
    void measuringOneOperationRunsItsWarmUpsThenItsIterations() {
        Bench.Measurement measured = Bench.measure("a", new Bench.Plan(3, Duration.ZERO, 5), logged("a").call());

        assertEquals("a".repeat(8), calls.toString());
        assertEquals("a", measured.name());
        assertEquals(5, measured.nanos().length);
    }

    @Test
    void anOperationThatFailsStopsTheMeasurementWithItsOwnFailure() {
        IllegalStateException failure = new IllegalStateException("the third call fails");
        Supplier<Object> failing = () -> {
            calls.append('x');
            if (calls.chars().filter(c -> c == 'x').count() == 3) {
                throw failure;
            }
            return "x";
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Bench.interleaved(
                new Bench.Plan(1, Duration.ZERO, 4), 1, List.of(logged("a"), new Bench.Operation("x", failing))));

        assertSame(failure, thrown);
        assertEquals("ax" + "ax" + "x", calls.toString());
    }

    private Bench.Operation logged(String name) {
        return new Bench.Operation(name, () -> calls.append(name));
    }
}
