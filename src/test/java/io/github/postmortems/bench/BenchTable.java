package io.github.postmortems.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One benchmark's results: printed as an aligned table, written as {@code <name>.md} and {@code <name>.csv} under
 * {@code target/bench/} (system property {@code bench.dir}), and checked against their targets last, so a missed
 * target still leaves its numbers behind.
 */
public final class BenchTable {

    /**
     * What a measurement must meet; the build fails when it does not. Ratios are to a reference measured in the same
     * run (usually the floor: the least work that gives the same result), because absolute times do not travel
     * between machines and ratios do.
     */
    public sealed interface Target {
        boolean metBy(Bench.Measurement m, Bench.Measurement reference);

        /** this median / the reference's median at most {@code times}. */
        static Target timesReference(double times) {
            return new Ratio(times);
        }

        /** Bytes allocated per operation at most {@code bytes}. */
        static Target allocationAtMost(long bytes) {
            return new Allocation(bytes);
        }

        /** An absolute median; only for what has no floor to compare with. */
        static Target medianUnder(double millis) {
            return new Median(millis);
        }
    }

    record Ratio(double times) implements Target {
        @Override
        public boolean metBy(Bench.Measurement m, Bench.Measurement reference) {
            return reference != null && ratio(m, reference) <= times;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ratio <= %.1f", times);
        }
    }

    record Allocation(long bytes) implements Target {
        @Override
        public boolean metBy(Bench.Measurement m, Bench.Measurement reference) {
            return m.bytesPerOp() >= 0 && m.bytesPerOp() <= bytes;
        }

        @Override
        public String toString() {
            return "alloc <= " + BenchTable.bytes(bytes);
        }
    }

    record Median(double millis) implements Target {
        @Override
        public boolean metBy(Bench.Measurement m, Bench.Measurement reference) {
            return m.medianMillis() < millis;
        }

        @Override
        public String toString() {
            return "median < " + number(millis) + " ms";
        }
    }

    private record Row(Bench.Measurement measurement, Bench.Measurement reference, List<Target> targets) {
        List<Target> missed() {
            return targets.stream().filter(t -> !t.metBy(measurement, reference)).toList();
        }
    }

    private static final List<String> HEADINGS = List.of("benchmark", "n", "median ms", "p99 ms", "mean ms",
            "min ms", "cpu ms/op", "alloc/op", "ratio", "compared with", "target", "verdict");
    /** Columns from here on are text (left-aligned). */
    private static final int FIRST_TEXT_COLUMN = 9;

    private final String name;
    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public BenchTable(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** A measurement shown for information: no reference, no target. */
    public BenchTable add(Bench.Measurement measurement) {
        return add(measurement, null);
    }

    /**
     * @param reference the measurement this one is compared with (its median over the reference's is the ratio);
     *                  null for none
     * @param targets   what this measurement must meet
     */
    public BenchTable add(Bench.Measurement measurement, Bench.Measurement reference, Target... targets) {
        rows.add(new Row(measurement, reference, List.of(targets)));
        return this;
    }

    /** Prints the table, writes it under the bench directory, then fails if any target was missed. */
    public void report() {
        List<List<String>> cells = rows.stream().map(BenchTable::cells).toList();
        System.out.println();
        System.out.println(title + " (" + environment() + ")");
        System.out.println(aligned(cells));
        write(name + ".md", "## " + title + "\n\n" + environment() + "\n\n" + markdown(cells));
        write(name + ".csv", csv(cells));
        List<String> missed = rows.stream().filter(r -> !r.missed().isEmpty())
                .map(r -> r.measurement().name() + ": " + cells(r).get(HEADINGS.indexOf("ratio")) + " median "
                        + number(r.measurement().medianMillis()) + " ms, alloc " + bytes(r.measurement().bytesPerOp())
                        + ", missed " + r.missed())
                .toList();
        if (!missed.isEmpty()) {
            throw new AssertionError("benchmark targets missed: " + String.join("; ", missed));
        }
    }

    /** The median of {@code m} over the median of {@code reference}. */
    public static double ratio(Bench.Measurement m, Bench.Measurement reference) {
        return m.medianMillis() / reference.medianMillis();
    }

    private static List<String> cells(Row row) {
        Bench.Measurement m = row.measurement();
        String ratio = row.reference() == null ? ""
                : String.format(Locale.ROOT, "%.2fx", ratio(m, row.reference()));
        String verdict = row.targets().isEmpty() ? "" : row.missed().isEmpty() ? "met" : "MISSED";
        return List.of(m.name(), String.valueOf(m.nanos().length), number(m.medianMillis()), number(m.p99Millis()),
                number(m.meanMillis()), number(m.minMillis()),
                m.cpuNanosPerOp() < 0 ? "n/a" : number(m.cpuNanosPerOp() / 1e6), bytes(m.bytesPerOp()), ratio,
                row.reference() == null ? "" : row.reference().name(),
                String.join(", ", row.targets().stream().map(Target::toString).toList()), verdict);
    }

    private static String environment() {
        return "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    private static String aligned(List<List<String>> cells) {
        int[] widths = new int[HEADINGS.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(HEADINGS);
        all.addAll(cells);
        for (List<String> line : all) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            List<String> line = all.get(i);
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                // Text left, numbers right, as people read tables.
                boolean text = c == 0 || c >= FIRST_TEXT_COLUMN;
                out.append(pad(cell, widths[c], !text)).append("  ");
            }
            out.setLength(out.length() - 2);
            out.append('\n');
            if (i == 0) {
                out.append("-".repeat(Math.max(0, java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1))))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String markdown(List<List<String>> cells) {
        StringBuilder out = new StringBuilder();
        out.append(markdownLine(HEADINGS, Function.identity()));
        out.append(markdownLine(HEADINGS, h -> HEADINGS.indexOf(h) == 0 || HEADINGS.indexOf(h) >= FIRST_TEXT_COLUMN
                ? "---" : "---:"));
        cells.forEach(line -> out.append(markdownLine(line, Function.identity())));
        return out.toString();
    }

    private static String markdownLine(List<String> line, Function<String, String> cell) {
        return "| " + String.join(" | ", line.stream().map(cell).toList()) + " |\n";
    }

    private static String csv(List<List<String>> cells) {
        StringBuilder out = new StringBuilder(String.join(",", HEADINGS)).append('\n');
        for (List<String> line : cells) {
            out.append(String.join(",", line.stream().map(BenchTable::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private void write(String file, String text) {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(file), e);
        }
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(width - text.length());
        return right ? space + text : text + space;
    }

    static String number(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    static String bytes(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
