package io.github.postmortems.report.memory;

import io.github.postmortems.report.PostmortemIndex;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Selection;
import io.github.postmortems.report.Statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index as a map, for use-case tests that only store and forget. Queries are the AO index's job and are tested
 * there on real databases; this fake refuses them rather than answer differently.
 */
public final class InMemoryPostmortemIndex implements PostmortemIndex {

    private final Map<Long, PostmortemSummary> byPage = new HashMap<>();

    @Override
    public synchronized void upsert(PostmortemSummary summary) {
        byPage.put(summary.pageId(), summary);
    }

    @Override
    public synchronized void remove(long pageId) {
        byPage.remove(pageId);
    }

    @Override
    public synchronized Optional<PostmortemSummary> byPage(long pageId) {
        return Optional.ofNullable(byPage.get(pageId));
    }

    @Override
    public synchronized List<PostmortemSummary> find(Selection selection, int offset, int limit) {
        // Only the whole index (the rebuild reads its page ids); queries are tested on AoPostmortemIndex.
        if (!selection.equals(Selection.all())) {
            throw new UnsupportedOperationException("queries are tested on AoPostmortemIndex");
        }
        return byPage.values().stream().sorted(java.util.Comparator.comparingLong(PostmortemSummary::pageId))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized void forEachPage(Selection selection, PageVisitor visitor) {
        find(selection, 0, Integer.MAX_VALUE).forEach(summary -> visitor.page(summary.pageId(), summary.spaceKey()));
    }

    @Override
    public Statistics statistics(Selection selection, LocalDate today, int months, ZoneId zone) {
        throw new UnsupportedOperationException("queries are tested on AoPostmortemIndex");
    }

    public synchronized int size() {
        return byPage.size();
    }
}
