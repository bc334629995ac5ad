package io.github.postmortems.postmortem;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader should know about content that was read anyway: a cell that could not be parsed, times out of
 * order. The {@code key} is an i18n key ({@code postmortems.<feature>.warning.<what>}) and {@code args} fill its
 * placeholders, so the message is shown in the viewer's language.
 *
 * <p>Arguments are text as the page had it (what a person typed, a row number), except that an argument starting with
 * {@code postmortems.} is itself an i18n key (a milestone or column name) that the view translates before formatting.
 * {@link Location#column()} is likewise the i18n key of the column's or field's name.
 *
 * @param key   i18n key of the message
 * @param args  message arguments, already as text or as i18n keys (see above)
 * @param where the table cell it concerns, or {@link Location#NOWHERE}
 */
public record Warning(String key, List<String> args, Location where) {

    public Warning {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        Objects.requireNonNull(where, "where");
    }

    public static Warning of(String key, String... args) {
        return new Warning(key, List.of(args), Location.NOWHERE);
    }

    public static Warning at(Location where, String key, String... args) {
        return new Warning(key, List.of(args), where);
    }

    /**
     * Where in a macro's table a warning points: the table (macro name), a 1-based data row and the i18n key of a
     * column name.
     * Row 0 and a null column mean "the table as a whole".
     */
    public record Location(String table, int row, String column) {
        public static final Location NOWHERE = new Location("", 0, null);

        public static Location row(String table, int row) {
            return new Location(table, row, null);
        }

        public static Location cell(String table, int row, String column) {
            return new Location(table, row, column);
        }
    }
}
