package io.github.postmortems.confluence.macro;

import java.util.List;

/** One postmortem in the list, its cells in the columns' order. */
public record ListRow(long pageId, List<ListCell> cells) {

    public ListRow {
        cells = List.copyOf(cells);
    }
}
