package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.incident.DraftedRowMemory;
import io.github.postmortems.incident.RowPrint;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link DraftedRowMemory} in Active Objects: one row per drafted row, found by page id. Remembering replaces the
 * page's rows in one transaction; reading is one query for the page's fingerprints, bounded by
 * {@link DraftedRowMemory#MAX_ROWS}.
 */
public final class AoDraftedRows implements DraftedRowMemory {

    private final ActiveObjects ao;

    public AoDraftedRows(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void remember(long pageId, Map<String, String> printsBySource) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> row : printsBySource.entrySet()) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            if (row.getKey() != null && !row.getKey().isBlank() && RowPrint.looksLikeOne(row.getValue())) {
                rows.add(row);
            }
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(DraftedRowEntity.class, DraftedRowEntity.PAGE_ID + " = ?", pageId);
            for (Map.Entry<String, String> row : rows) {
                ao.create(DraftedRowEntity.class, new DBParam(DraftedRowEntity.PAGE_ID, pageId),
                        new DBParam(DraftedRowEntity.ROW_SOURCE, Limits.fit(row.getKey(), MAX_SOURCE)),
                        new DBParam(DraftedRowEntity.ROW_PRINT, row.getValue()));
            }
            return null;
        });
    }

    @Override
    public Set<String> prints(long pageId) {
        return ao.executeInTransaction(() -> {
            Set<String> prints = new HashSet<>();
            for (DraftedRowEntity row : ao.find(DraftedRowEntity.class, Query.select("ID, " + DraftedRowEntity.ROW_PRINT)
                    .where(DraftedRowEntity.PAGE_ID + " = ?", pageId).order("ID").limit(MAX_ROWS))) {
                if (RowPrint.looksLikeOne(row.getRowPrint())) {
                    prints.add(row.getRowPrint());
                }
            }
            return Set.copyOf(prints);
        });
    }
}
