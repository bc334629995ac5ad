package io.github.postmortems.index;

import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.ListPage;
import io.github.postmortems.report.ListParameters;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListQuery;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.report.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list's pages over the real index on H2, with pages and a space the viewer may not see. */
class ListPagingOnH2Test {

    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private final ListPostmortems list = new ListPostmortems(index, Clock.fixed(ListSamples.NOW, ZoneOffset.UTC));

    /** Hides pages 2, 3, 5, 8 and 9 and, with {@code hiddenSpace}, every page of that space. */
    private static Visibility restricted(String hiddenSpace) {
        Set<Long> hidden = Set.of(2L, 3L, 5L, 8L, 9L);
        return new Visibility() {
            @Override
            public boolean maySeeSpace(String spaceKey) {
                return !spaceKey.equals(hiddenSpace);
            }

            @Override
            public boolean maySeePage(long pageId) {
                return !hidden.contains(pageId);
            }
        };
    }

    private static ListQuery query(String sort, int max) {
        return ListParameters.parse(Map.of("spaces", "@all", "sort", sort, "max", String.valueOf(max)), "",
                LocalDate.of(2026, 11, 21), ZoneOffset.UTC);
    }

    private static List<Long> ids(List<PostmortemSummary> summaries) {
        return summaries.stream().map(PostmortemSummary::pageId).toList();
    }

    private List<Long> visibleInOrder(ListQuery query, Visibility visibility) {
        List<Long> visible = new ArrayList<>();
        list.forEachVisibleBatch(query.selection(), visibility,
                batch -> batch.forEach(summary -> visible.add(summary.pageId())));
        return visible;
    }

    @Test
    void theSecondPageSkipsRestrictedPagesAndStartsAfterTheFirstPagesVisibleRows() {
        ListSamples.summaries(20).forEach(index::upsert);
        ListQuery query = query("title", 4);
        Visibility viewer = restricted("none");
        List<Long> visible = visibleInOrder(query, viewer);
        ListPage first = list.page(query, viewer, 0);
        ListPage second = list.page(query, viewer, first.nextOffset().orElseThrow());
        assertEquals(visible.subList(0, 4), ids(first.rows()));
        assertEquals(ids(list.list(query, viewer, ZoneOffset.UTC).rows()), ids(first.rows()));
        assertEquals(OptionalInt.of(8), second.nextOffset());
        assertEquals(visible.subList(4, 8), ids(second.rows()));
        assertTrue(second.rows().stream().noneMatch(row -> Set.of(2L, 3L, 5L, 8L, 9L).contains(row.pageId())));
    }

    @Test
    void allPagesTogetherAreExactlyTheVisibleListInOrder() {
        ListSamples.summaries(1_100).forEach(index::upsert); // more than two batches of the index
        for (String sort : List.of("start", "title", "severity")) {
            ListQuery query = query(sort, 97);
            Visibility viewer = restricted("DB");
            List<Long> pagedIn = new ArrayList<>();
            OptionalInt next = OptionalInt.of(0);
            int pages = 0;
            while (next.isPresent()) {
                ListPage page = list.page(query, viewer, next.getAsInt());
                assertTrue(page.rows().size() == 97 || page.nextOffset().isEmpty(), "only the last page is short");
                pagedIn.addAll(ids(page.rows()));
                next = page.nextOffset();
                pages++;
            }
            List<Long> visible = visibleInOrder(query, viewer);
            assertEquals(visible, pagedIn, sort);
            assertEquals((visible.size() + 96) / 97, pages, sort);
            assertEquals(visible.size(), list.list(query, viewer, ZoneOffset.UTC).statistics().count());
        }
    }

    @Test
    void aPageEndingExactlyAtTheLastVisibleRowHasNoNext() {
        ListSamples.summaries(12).forEach(index::upsert);
        ListQuery query = query("title", 7);
        ListPage last = list.page(query, restricted("none"), 0);
        assertEquals(7, last.rows().size());
        assertFalse(last.more());
        assertEquals(List.of(), list.page(query, restricted("none"), 7).rows());
    }
}
