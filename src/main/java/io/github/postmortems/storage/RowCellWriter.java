package io.github.postmortems.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaces the content of some cells of one countermeasure row, changing those cells only: every other character of
 * the page stays as it was, as with {@link JiraKeyWriter}, so the page's history shows exactly what the app did.
 */
public final class RowCellWriter {

    private final StorageReader reader;

    public RowCellWriter(StorageReader reader) {
        this.reader = reader;
    }

    /**
     * @param storage the page as it is now
     * @param rowId   the row to change, by the identity {@code rowIds} gives
     * @param cells   the new content of each cell to change, as storage markup the caller escaped
     * @return the page with the cells replaced; empty when the row is gone or lacks a cell of its own for one of the
     *         columns (then nothing is changed: a half-applied change would say something nobody chose)
     */
    public Optional<String> write(String storage, String rowId, Map<CountermeasureColumn, String> cells,
                                  ReadingContext context, Function<List<CountermeasureRow>, List<String>> rowIds) {
        List<CountermeasureRow> rows = reader.readPage(storage, context).countermeasures();
        int index = rowIds.apply(rows).indexOf(rowId);
        if (index < 0) {
            return Optional.empty();
        }
        CountermeasureRow row = rows.get(index);
        List<Map.Entry<SourceSpan, String>> edits = new ArrayList<>();
        for (Map.Entry<CountermeasureColumn, String> cell : cells.entrySet()) {
            Optional<SourceSpan> span = row.cellSpanIfKnown(cell.getKey());
            if (span.isEmpty()) {
                return Optional.empty();
            }
            edits.add(Map.entry(span.get(), cell.getValue()));
        }
        StringBuilder page = new StringBuilder(storage);
        // From the end backwards, so earlier offsets stay true.
        edits.stream().sorted(Comparator.comparingInt((Map.Entry<SourceSpan, String> e) -> e.getKey().start())
                        .reversed())
                .forEach(edit -> page.replace(edit.getKey().start(), edit.getKey().end(), edit.getValue()));
        return Optional.of(page.toString());
    }
}
