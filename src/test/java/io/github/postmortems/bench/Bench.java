package io.github.postmortems.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A small benchmark harness, enough for a 2-core build machine: warm-up until both an iteration count and a minimum
 * time are reached (so the JIT has compiled the hot paths), then time each measured iteration on its own with
 * {@link System#nanoTime()} and keep every sample, so the median and p99 come from the real distribution rather than
 * from an average that one GC pause can move. Allocation per operation comes from the thread's allocation counter.
 */
public final class Bench {

    /** Results are folded in here so the JIT cannot drop an operation whose result nobody reads. */
    private static volatile int sink;

    private Bench() {
    }

    /**
     * @param warmups    iterations run and thrown away first
     * @param minWarmup  warm-up goes on at least this long, whatever {@code warmups} says
     * @param iterations iterations measured, each timed on its own
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

    public static Measurement measure(String name, Plan plan, Supplier<?> operation) {
        long warmupEnd = System.nanoTime() + plan.minWarmup().toNanos();
        for (int i = 0; i < plan.warmups() || System.nanoTime() < warmupEnd; i++) {
            consume(operation.get());
        }
        settle();
        long[] nanos = new long[plan.iterations()];
        long allocatedBefore = allocatedBytes();
        long cpuBefore = cpuNanos();
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Object result = operation.get();
            nanos[i] = System.nanoTime() - start;
            consume(result);
        }
        long allocatedAfter = allocatedBytes();
        long cpuAfter = cpuNanos();
        Arrays.sort(nanos);
        long perOp = allocatedBefore < 0 ? -1 : (allocatedAfter - allocatedBefore) / nanos.length;
        long cpuPerOp = cpuBefore < 0 ? -1 : (cpuAfter - cpuBefore) / nanos.length;
        return new Measurement(name, plan, nanos, perOp, cpuPerOp);
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
