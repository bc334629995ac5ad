package io.github.postmortems.confluence.rest;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rows the user left ticked in the create dialog: {@code {"rows": ["id", ...]}}, read by a linear scan of a
 * bounded body (no JSON library recursion on what a client sends). No body at all means every row.
 *
 * @param ids the chosen row ids; null for every row
 */
record ChosenRows(Set<String> ids) {

    /** A page has far fewer rows; 41 characters per id. */
    static final int MAX_ROWS = 1_000;
    static final int MAX_BODY = 64 * 1024;

    static Optional<ChosenRows> of(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of(new ChosenRows(null));
        }
        if (body.length() > MAX_BODY) {
            return Optional.empty();
        }
        String compact = body.replace(" ", "").replace("\n", "").replace("\r", "").replace("\t", "");
        if (!compact.startsWith("{\"rows\":[") || !compact.endsWith("]}")) {
            return Optional.empty();
        }
        String list = compact.substring("{\"rows\":[".length(), compact.length() - 2);
        Set<String> ids = new HashSet<>();
        if (!list.isEmpty()) {
            for (String item : list.split(",", -1)) {
                if (ids.size() >= MAX_ROWS || !quotedRowId(item)) {
                    return Optional.empty();
                }
                ids.add(item.substring(1, item.length() - 1));
            }
        }
        return Optional.of(new ChosenRows(ids));
    }

    boolean includes(String rowId) {
        return ids == null || ids.contains(rowId);
    }

    /** {@code "0123abcd"}: a row id as RowIds makes them, in quotes. */
    private static boolean quotedRowId(String item) {
        if (item.length() < 6 || item.length() > 42 || item.charAt(0) != '"' || item.charAt(item.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < item.length() - 1; i++) {
            char c = item.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
