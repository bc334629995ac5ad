package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.Warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Warnings as sentences in the viewer's language, prefixed with the row and column they concern. */
final class WarningLines {

    private WarningLines() {
    }

    /** One line per warning, in table order (warnings about the table as a whole first). */
    static List<String> of(List<Warning> warnings, Viewer viewer) {
        List<Warning> ordered = new ArrayList<>(warnings);
        ordered.sort(Comparator.comparingInt(w -> w.where().row()));
        List<String> lines = new ArrayList<>(ordered.size());
        for (Warning warning : ordered) {
            lines.add(line(warning, viewer));
        }
        return lines;
    }

    static String line(Warning warning, Viewer viewer) {
        Object[] args = warning.args().stream().map(arg -> translated(arg, viewer)).toArray();
        String message = viewer.text(warning.key(), args);
        Warning.Location where = warning.where();
        if (where.row() > 0 && where.column() != null) {
            return viewer.text("postmortems.macros.warning.at-cell", where.row(), translated(where.column(), viewer),
                    message);
        }
        if (where.row() > 0) {
            return viewer.text("postmortems.macros.warning.at-row", where.row(), message);
        }
        return message;
    }

    private static String translated(String arg, Viewer viewer) {
        return arg != null && arg.startsWith("postmortems.") ? viewer.text(arg) : arg;
    }
}
