package io.github.postmortems.postmortem;

import java.util.Objects;

/**
 * One level of a severity scale. {@code rank} 1 is the most severe. The default levels describe themselves through
 * i18n keys; a configured scale may carry text typed by an admin instead.
 *
 * @param code        what people write in the page, e.g. {@code SEV1}
 * @param rank        1 = most severe
 * @param description an i18n key ({@code postmortems.…}) or text typed by an admin
 */
public record Severity(String code, int rank, String description) implements Comparable<Severity> {

    public Severity {
        code = Text.requireNonBlank(code, "code");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
        Objects.requireNonNull(description, "description");
    }

    /** Whether this level is at least as severe as {@code other} (a lower rank is more severe). */
    public boolean atLeast(Severity other) {
        return rank <= other.rank;
    }

    @Override
    public int compareTo(Severity other) {
        return Integer.compare(rank, other.rank);
    }
}
