package io.github.postmortems.storage;

import io.github.postmortems.postmortem.Warning;

import java.util.List;

/**
 * What one table of a page says, and what the reader had to tell about it.
 *
 * @param rows     what was read, in table order
 * @param warnings what could not be read or looked wrong, each naming its row and column
 */
public record TableReading<T>(List<T> rows, List<Warning> warnings) {

    public TableReading {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    static <T> TableReading<T> empty(List<Warning> warnings) {
        return new TableReading<>(List.of(), warnings);
    }
}
