package io.github.postmortems.jira;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.storage.CountermeasureColumn;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.SourceSpan;
import io.github.postmortems.storage.StorageReader;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A page's countermeasure rows with their identities, as the writers of one row find it. */
record PageRows(List<CountermeasureRow> rows, List<RowRef> refs) {

    static final ReadingContext CONTEXT = ReadingContext.inZone(ZoneOffset.UTC);

    static PageRows of(long pageId, String storage, StorageReader reader) {
        List<CountermeasureRow> rows = reader.readPage(storage, CONTEXT).countermeasures();
        return new PageRows(rows, RowIds.assign(pageId, countermeasures(rows)));
    }

    /** How the cell writers name rows: the same identities {@link RowIds} gives. */
    static Function<List<CountermeasureRow>, List<String>> ids(long pageId) {
        return rows -> RowIds.assign(pageId, countermeasures(rows)).stream().map(RowRef::rowId).toList();
    }

    Optional<Countermeasure> find(String rowId) {
        return row(rowId).map(CountermeasureRow::countermeasure);
    }

    /** The content of the row's own cell in this column, when it has one. */
    Optional<SourceSpan> cellSpan(String rowId, CountermeasureColumn column) {
        return row(rowId).flatMap(row -> row.cellSpanIfKnown(column));
    }

    private Optional<CountermeasureRow> row(String rowId) {
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).rowId().equals(rowId)) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    private static List<Countermeasure> countermeasures(List<CountermeasureRow> rows) {
        return rows.stream().map(CountermeasureRow::countermeasure).toList();
    }
}
