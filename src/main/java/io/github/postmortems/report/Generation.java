package io.github.postmortems.report;

import java.util.Objects;

/**
 * Where the index stands: a token every write replaces, and the number of the last write. Writes are numbered in the
 * order they commit, so the pages written since a generation are those whose write number is above its own (and
 * every page numbered 1: two nodes creating the first generation at once may both number their write 1).
 *
 * @param token     what is remembered under it is current while the index still answers it
 * @param lastWrite the number of the last write; 0 before the first
 */
public record Generation(String token, long lastWrite) {

    public Generation {
        Objects.requireNonNull(token, "token");
        if (lastWrite < 0) {
            throw new IllegalArgumentException("writes are numbered from 1: " + lastWrite);
        }
    }
}
