package io.github.postmortems.countermeasure;

import io.github.postmortems.postmortem.Text;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How urgent a countermeasure is. {@code rank} 1 is the most urgent; {@code slo} is how long it may take to close
 * (Atlassian's practice for priority actions: 4 weeks for P1/P2, 8 weeks for P3/P4).
 */
public record Priority(String code, int rank, Period slo) implements Comparable<Priority> {

    public static final List<Priority> DEFAULTS = List.of(
            new Priority("P1", 1, Period.ofWeeks(4)),
            new Priority("P2", 2, Period.ofWeeks(4)),
            new Priority("P3", 3, Period.ofWeeks(8)),
            new Priority("P4", 4, Period.ofWeeks(8)));

    public Priority {
        code = Text.requireNonBlank(code, "code");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
        Objects.requireNonNull(slo, "slo");
    }

    /** Finds a default priority from what people type: {@code p1}, {@code P 2}, {@code 3}. */
    public static Optional<Priority> parse(String typed) {
        String folded = withoutSpacesAndDashes(Text.fold(Text.withoutInvisibles(typed)));
        if (folded.startsWith("p")) {
            folded = folded.substring(1);
        }
        for (Priority priority : DEFAULTS) {
            if (String.valueOf(priority.rank()).equals(folded)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    /** Without white space ({@code \\s}: space, tab, line breaks, form feed), underscores and hyphens. */
    static String withoutSpacesAndDashes(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dropped = c == ' ' || c >= '\t' && c <= '\r' || c == '_' || c == '-';
            if (dropped && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!dropped && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    @Override
    public int compareTo(Priority other) {
        return Integer.compare(rank, other.rank);
    }
}
