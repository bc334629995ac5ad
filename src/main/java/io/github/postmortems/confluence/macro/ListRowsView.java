package io.github.postmortems.confluence.macro;

import java.util.List;

/** The rows of one more page of the list, for the "Show more" button; rendered by the macro's own row fragment. */
public record ListRowsView(List<ListRow> rows) implements ListRows {

    public ListRowsView {
        rows = List.copyOf(rows);
    }
}
