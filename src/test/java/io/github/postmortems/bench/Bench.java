package io.github.postmortems.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A small benchmark harness, enough for a 2-core build machine: warm-up until both an iteration count and a minimum
 * time are reached (so the JIT has compiled the hot paths), then time each measured iteration on its own with
 * {@link System#nanoTime()} and keep every sample, so the median and p99 come from the real distribution rather than
 * from an average that one GC pause can move. Allocation per operation comes from the thread's allocation counter.
 * Operations compared with each other are measured {@link #interleaved interleaved}: this machine's speed drifts over
 * seconds, and measured one after the other, a floor and the path compared with it would each get a different machine.
 */
public final class Bench {

    /** Results are folded in here so the JIT cannot drop an operation whose result nobody reads. */
    private static volatile int sink;

    private Bench() {
    }

    /**
     * @param warmups    iterations of each operation run and thrown away first
     * @param minWarmup  warm-up goes on at least this long, whatever {@code warmups} says; for operations measured
     *                   interleaved, this is the warm-up of all of them together
     * @param iterations iterations of each operation measured, each timed on its own
     */
    public record Plan(int warmups, Duration minWarmup, int iterations) {
        public Plan {
            Objects.requireNonNull(minWarmup, "minWarmup");
            if (warmups < 0 || iterations < 1) {
                throw new IllegalArgumentException("warmups >= 0 and iterations >= 1");
            }
        }
    }

    /**
     * One operation measured.
     *
     * @param nanos         every measured iteration's time, sorted
     * @param bytesPerOp    bytes the measuring thread allocated per iteration (mean); -1 where the JVM cannot tell
     * @param cpuNanosPerOp CPU time the measuring thread used per iteration (mean); -1 where the JVM cannot tell.
     *                      Other processes on a shared machine inflate wall time, hardly this.
     */
    public record Measurement(String name, Plan plan, long[] nanos, long bytesPerOp, long cpuNanosPerOp) {

        public double medianMillis() {
            return percentileMillis(50);
        }

        public double p99Millis() {
            return percentileMillis(99);
        }

        public double meanMillis() {
            return Arrays.stream(nanos).average().orElseThrow() / 1e6;
        }

        public double minMillis() {
            return nanos[0] / 1e6;
        }

        /** Nearest-rank percentile: the smallest sample at or above that share of all samples. */
        public double percentileMillis(double percent) {
            int rank = (int) Math.ceil(percent / 100.0 * nanos.length);
            return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
        }
    }

    /** One operation to measure beside others: its name in the table and one call of it. */
    public record Operation(String name, Supplier<?> call) {
        public Operation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(call, "call");
        }
    }

    public static Measurement measure(String name, Plan plan, Supplier<?> operation) {
        // One operation in a single round: warmed up, then every measured call in one go.
        return interleaved(plan, plan.iterations(), List.of(new Operation(name, operation))).get(0);
    }

    /**
     * Measures operations beside each other, so that a machine whose speed drifts over seconds (other processes, CPU
     * frequency, GC) slows them alike and their ratios stay put. Round after round each operation runs {@code batch}
     * calls in turn, each round starting one operation further on. Warm-up goes the same way until every operation has
     * run {@code plan.warmups()} calls and {@code plan.minWarmup()} has passed for all of them together; then each is
     * measured for {@code plan.iterations()} calls, every call timed on its own.
     *
     * @return one measurement per operation, in their order
     */
    public static List<Measurement> interleaved(Plan plan, int batch, List<Operation> operations) {
        if (batch < 1 || operations.isEmpty()) {
            throw new IllegalArgumentException("batch >= 1 and at least one operation");
        }
        List<Samples> all = operations.stream().map(operation -> new Samples(operation, plan)).toList();
        long warmupEnd = System.nanoTime() + plan.minWarmup().toNanos();
        for (int round = 0; all.stream().anyMatch(samples -> !samples.warm(warmupEnd)); round++) {
            for (Samples samples : inTurn(all, round)) {
                samples.warmUp(batch, warmupEnd);
            }
        }
        settle();
        for (int round = 0; !all.get(0).complete(); round++) {
            for (Samples samples : inTurn(all, round)) {
                samples.time(batch);
            }
        }
        return all.stream().map(Samples::measurement).toList();
    }

    /** The operations in round {@code round}'s order: the same cycle, started {@code round} places on. */
    private static List<Samples> inTurn(List<Samples> all, int round) {
        return IntStream.range(0, all.size()).mapToObj(i -> all.get((round + i) % all.size())).toList();
    }

    /** One operation's samples as they are taken, with the allocation and CPU time of its timed calls. */
    private static final class Samples {
        private final Operation operation;
        private final Plan plan;
        private final long[] nanos;
        private int warmups;
        private int taken;
        private long allocated;
        private long cpu;

        Samples(Operation operation, Plan plan) {
            this.operation = operation;
            this.plan = plan;
            this.nanos = new long[plan.iterations()];
        }

        boolean warm(long warmupEnd) {
            return warmups >= plan.warmups() && System.nanoTime() >= warmupEnd;
        }

        void warmUp(int batch, long warmupEnd) {
            for (int i = 0; i < batch && !warm(warmupEnd); i++) {
                consume(operation.call().get());
                warmups++;
            }
        }

        boolean complete() {
            return taken == nanos.length;
        }

        void time(int batch) {
            int end = Math.min(nanos.length, taken + batch);
            long allocatedBefore = allocatedBytes();
            long cpuBefore = cpuNanos();
            for (int i = taken; i < end; i++) {
                long start = System.nanoTime();
                Object result = operation.call().get();
                nanos[i] = System.nanoTime() - start;
                consume(result);
            }
            long allocatedAfter = allocatedBytes();
            long cpuAfter = cpuNanos();
            taken = end;
            allocated = allocatedBefore < 0 || allocated < 0 ? -1 : allocated + allocatedAfter - allocatedBefore;
            cpu = cpuBefore < 0 || cpu < 0 ? -1 : cpu + cpuAfter - cpuBefore;
        }

        Measurement measurement() {
            Arrays.sort(nanos);
            long perOp = allocated < 0 ? -1 : allocated / nanos.length;
            long cpuPerOp = cpu < 0 ? -1 : cpu / nanos.length;
            return new Measurement(operation.name(), plan, nanos, perOp, cpuPerOp);
        }
    }

    private static void consume(Object result) {
        sink ^= System.identityHashCode(result) + (result instanceof CharSequence text ? text.length() : 0);
    }

    /** Start measuring from a collected heap, so the warm-up's garbage is not charged to the first samples. */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long cpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads.getCurrentThreadCpuTime() : -1;
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
