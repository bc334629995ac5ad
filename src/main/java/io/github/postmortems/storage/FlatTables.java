package io.github.postmortems.storage;

import java.util.Optional;
import java.util.Set;

/**
 * The reader's fast path: the table of a macro body, or of the one macro a page slice holds, read flat
 * ({@link FlatMarkup}) when the markup is of the kind Confluence writes and renders and the flat reading gives
 * exactly what the tree would. That is: markup {@link FlatMarkup} reads, holding exactly one table; every row in a
 * table section and every cell in a row (else the tree is the HTML parser's, which moves them); no tasks (read by
 * {@link Task} from the tree); mentions and macro parameters holding text only. Anything else answers empty and the
 * caller parses the tree, as before.
 */
final class FlatTables {

    private static final Set<String> READ_MACROS = Set.of(MacroNames.DETAILS, MacroNames.TIMELINE,
            MacroNames.COUNTERMEASURES);

    private FlatTables() {
    }

    /** The grid of a macro body's one table. */
    static Optional<TableGrid> ofBody(String body) {
        return FlatMarkup.of(body).flatMap(markup -> {
            Shape shape = Shape.of(markup);
            return shape == null ? Optional.empty() : Optional.of(TableGrid.of(markup, shape.table()));
        });
    }

    /**
     * The grid of the one table in the body of the one macro named {@code macroName} that {@code slice} holds (the
     * slice a page's macro was cut to); empty too when the slice holds another of the macros the reader reads.
     */
    static Optional<TableGrid> ofMacro(String slice, String macroName) {
        return FlatMarkup.of(slice).flatMap(markup -> {
            Shape shape = Shape.of(markup);
            if (shape == null || shape.macros() != 1 || shape.macro() < 0
                    || !markup.attr(shape.macro(), "ac:name").equals(macroName)) {
                return Optional.empty();
            }
            int macro = shape.macro();
            int rich = markup.child(macro, "ac:rich-text-body");
            if (rich < 0 && markup.child(macro, "ac:plain-text-body") >= 0) {
                return Optional.empty();
            }
            int root = rich < 0 ? macro : rich;
            int table = shape.table();
            return table > root && table <= markup.end(root) ? Optional.of(TableGrid.of(markup, table))
                    : Optional.empty();
        });
    }

    /**
     * What one loop over the nodes finds: the one table and the first of the read macros, with how many of those
     * there are; null at anything the flat reading leaves to the tree.
     */
    private record Shape(int table, int macro, int macros) {

        static Shape of(FlatMarkup markup) {
            int table = -1;
            int macro = -1;
            int macros = 0;
            for (int n = 1; n < markup.size(); n++) {
                int flags = markup.flags(n);
                if (flags == 0) {
                    continue; // text, or an element none of this concerns
                }
                int parent = markup.flags(markup.parent(n));
                if ((flags & FlatMarkup.TABLE) != 0) {
                    if (table >= 0) {
                        return null;
                    }
                    table = n;
                }
                boolean misplaced = (flags & FlatMarkup.ROW) != 0 && (parent & FlatMarkup.ROW_PARENT) == 0
                        || (flags & FlatMarkup.CELL) != 0 && (parent & FlatMarkup.ROW) == 0;
                boolean task = (flags & (FlatMarkup.TASK | FlatMarkup.INLINE_TASK_LIST_CLASS)) != 0
                        || (flags & FlatMarkup.LIST_ITEM) != 0 && (flags & FlatMarkup.DATA_INLINE_TASK_ID) != 0;
                boolean nested = (flags & (FlatMarkup.MENTION | FlatMarkup.PARAMETER)) != 0
                        && markup.hasElementChildren(n);
                if (misplaced || task || nested) {
                    return null;
                }
                if ((flags & FlatMarkup.MACRO) != 0 && READ_MACROS.contains(markup.attr(n, "ac:name"))) {
                    macro = macro < 0 ? n : macro;
                    macros++;
                }
            }
            return table < 0 ? null : new Shape(table, macro, macros);
        }
    }
}
