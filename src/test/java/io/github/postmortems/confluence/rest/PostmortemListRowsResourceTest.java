package io.github.postmortems.confluence.rest;

import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.macro.ListViews;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.ListPostmortems;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

class PostmortemListRowsResourceTest {

    private final MacroFixture fixture = new MacroFixture();
    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private final PostmortemListRowsResource resource = new PostmortemListRowsResource(
            new ListPostmortems(index, Clock.fixed(ListSamples.NOW, ZoneOffset.UTC)), fixture.visibility(),
            new ListViews(SloPolicyStore.DEFAULTS), fixture.viewers(), fixture.templates());
    private final ConfluenceUser jo = mock(ConfluenceUser.class);
    private final Map<Long, Page> pageById = new HashMap<>();
    private final Map<String, Space> spaceByKey = new HashMap<>();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void twentyPostmortemsInThreeSpacesJoMaySeeAll() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(jo);
        when(fixture.permissions().hasPermission(same(jo), eq(Permission.VIEW), any())).thenReturn(true);
        for (String key : List.of("OPS", "WEB", "DB")) {
            Space space = mock(Space.class);
            spaceByKey.put(key, space);
            when(fixture.spaces().getSpace(key)).thenReturn(space);
        }
        for (PostmortemSummary summary : ListSamples.summaries(20)) {
            index.upsert(summary);
            Page page = HostPages.current();
            pageById.put(summary.pageId(), page);
            when(fixture.pages().getAbstractPage(summary.pageId())).thenReturn(page);
        }
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    private JsonObject json(Response response) {
        assertEquals("application/json", response.getMediaType().toString());
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private Response rows(String offset, String max) {
        return resource.rows("@all", null, null, null, null, null, "title", null, offset, max);
    }

    private static List<Long> pageIds(JsonObject answer) {
        Document rows = Jsoup.parseBodyFragment("<table><tbody>" + answer.get("rows").getAsString()
                + "</tbody></table>");
        return rows.select("tr[data-page-id]").eachAttr("data-page-id").stream().map(Long::valueOf).toList();
    }

    private List<Long> titleOrder() {
        List<PostmortemSummary> all = new ArrayList<>(ListSamples.summaries(20));
        all.sort(java.util.Comparator.comparing(PostmortemSummary::title));
        return all.stream().map(PostmortemSummary::pageId).toList();
    }

    @Test
    void answersTheNextRowsInTheMacrosRowMarkupAndWhereTheRowsAfterThemStart() {
        JsonObject answer = json(rows("5", "5"));
        assertEquals(titleOrder().subList(5, 10), pageIds(answer));
        assertEquals(10, answer.get("nextOffset").getAsInt());
        Document row = Jsoup.parseBodyFragment("<table><tbody>" + answer.get("rows").getAsString()
                + "</tbody></table>");
        assertEquals(8, row.selectFirst("tr").select("td").size());
        assertEquals("/confluence/pages/viewpage.action?pageId=" + titleOrder().get(5),
                row.selectFirst("tr .pm-list__title a").attr("href"));
    }

    @Test
    void theLastRowsSayNoneFollowWithAnExplicitNull() {
        JsonObject answer = json(rows("15", "5"));
        assertEquals(titleOrder().subList(15, 20), pageIds(answer));
        JsonElement next = answer.get("nextOffset");
        assertTrue(next != null && next.isJsonNull(), answer.toString());
    }

    @Test
    void leavesOutRestrictedPagesWithoutShiftingTheRowsAfterThem() {
        List<Long> order = titleOrder();
        when(fixture.permissions().hasPermission(same(jo), eq(Permission.VIEW), same(pageById.get(order.get(1)))))
                .thenReturn(false);
        List<Long> visible = order.stream().filter(id -> !id.equals(order.get(1))).toList();
        assertEquals(visible.subList(3, 6), pageIds(json(rows("3", "3"))));
    }

    @Test
    void showsTheColumnsAskedFor() {
        JsonObject answer = json(resource.rows("@all", null, null, null, null, null, "title", "title,status", "0",
                "2"));
        Document rows = Jsoup.parseBodyFragment("<table><tbody>" + answer.get("rows").getAsString()
                + "</tbody></table>");
        assertEquals(2, rows.selectFirst("tr").select("td").size());
    }

    @Test
    void anAnonymousReaderGetsOnlyWhatAnonymousAccessAllows() {
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(null);
        when(fixture.permissions().hasPermission(isNull(), eq(Permission.VIEW), same(spaceByKey.get("OPS"))))
                .thenReturn(true);
        when(fixture.permissions().hasPermission(isNull(), eq(Permission.VIEW), any(Page.class))).thenReturn(true);
        List<Long> ops = ListSamples.summaries(20).stream().filter(summary -> summary.spaceKey().equals("OPS"))
                .sorted(java.util.Comparator.comparing(PostmortemSummary::title)).map(PostmortemSummary::pageId)
                .toList();
        JsonObject answer = json(rows("0", "25"));
        assertEquals(ops, pageIds(answer));
        assertTrue(answer.get("nextOffset").isJsonNull());
    }

    @Test
    void answers400WithAReadableMessageForAnOffsetOrMaxThatCannotBeUsed() {
        for (String[] bad : new String[][] {{null, "5"}, {"-1", "5"}, {"ten", "5"}, {"0", null}, {"0", "0"},
                {"0", "501"}, {"0", "many"}}) {
            Response response = rows(bad[0], bad[1]);
            assertEquals(400, response.getStatus(), String.join(",", String.valueOf(bad[0]), String.valueOf(bad[1])));
            String message = json(response).get("message").getAsString();
            assertTrue(message.contains(bad[0] == null || !bad[0].matches("\\d+") ? "is not an offset"
                    : "is not a number of rows"), message);
        }
    }
}
