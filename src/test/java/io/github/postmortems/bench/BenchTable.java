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

    /** A time a measurement's median must stay under; the build fails when it does not. */
    public record Target(double medianMillis) {
        boolean metBy(Bench.Measurement m) {
            return m.medianMillis() < medianMillis;
        }

        @Override
        public String toString() {
            return "median < " + number(medianMillis) + " ms";
        }
    }

    private record Row(Bench.Measurement measurement, Bench.Measurement baseline, Target target) {
    }

    private static final List<String> HEADINGS = List.of("benchmark", "n", "median ms", "p99 ms", "mean ms",
            "min ms", "cpu ms/op", "alloc/op", "baseline/this", "target", "verdict");

    private final String name;
    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public BenchTable(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** A measurement shown for information: no baseline, no target. */
    public BenchTable add(Bench.Measurement measurement) {
        return add(measurement, null, null);
    }

    /**
     * @param baseline the same work done another way in the same run; its median over this one's is reported
     * @param target   null for none
     */
    public BenchTable add(Bench.Measurement measurement, Bench.Measurement baseline, Target target) {
        rows.add(new Row(measurement, baseline, target));
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
        List<String> missed = rows.stream().filter(r -> r.target() != null && !r.target().metBy(r.measurement()))
                .map(r -> r.measurement().name() + ": median " + number(r.measurement().medianMillis())
                        + " ms, target " + r.target())
                .toList();
        if (!missed.isEmpty()) {
            throw new AssertionError("benchmark targets missed: " + String.join("; ", missed));
        }
    }

    private static List<String> cells(Row row) {
        Bench.Measurement m = row.measurement();
        String ratio = row.baseline() == null ? ""
                : String.format(Locale.ROOT, "%.1fx", row.baseline().medianMillis() / m.medianMillis());
        String verdict = row.target() == null ? "" : row.target().metBy(m) ? "met" : "MISSED";
        return List.of(m.name(), String.valueOf(m.nanos().length), number(m.medianMillis()), number(m.p99Millis()),
                number(m.meanMillis()), number(m.minMillis()),
                m.cpuNanosPerOp() < 0 ? "n/a" : number(m.cpuNanosPerOp() / 1e6), bytes(m.bytesPerOp()), ratio,
                row.target() == null ? "" : row.target().toString(), verdict);
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
                out.append(c == 0 || c >= 9 ? pad(cell, widths[c], false) : pad(cell, widths[c], true)).append("  ");
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
        out.append(markdownLine(HEADINGS, h -> h.equals("benchmark") || h.equals("target") || h.equals("verdict")
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

    private static String number(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    private static String bytes(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
