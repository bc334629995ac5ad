package io.github.postmortems.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.github.postmortems.confluence.HostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.index.AoPostmortemIndex;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.report.ListSamples;
import io.github.postmortems.report.PostmortemSummary;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PostmortemListMacroTest {

    private final MacroFixture fixture = new MacroFixture();
    private final AoPostmortemIndex index = new AoPostmortemIndex(TestDatabase.h2().emptied());
    private final ConfluenceUser jo = mock(ConfluenceUser.class);
    private final Map<Long, Page> pageById = new HashMap<>();
    private final Map<String, Space> spaceByKey = new HashMap<>();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;

    @BeforeEach
    void joMaySeeEverythingUnlessATestRestrictsIt() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(jo);
        when(fixture.permissions.hasPermission(same(jo), eq(Permission.VIEW), any())).thenReturn(true);
        for (String key : List.of("OPS", "WEB", "DB")) {
            Space space = mock(Space.class);
            spaceByKey.put(key, space);
            when(fixture.spaces.getSpace(key)).thenReturn(space);
        }
    }

    @AfterEach
    void signOut() {
        currentUser.close();
    }

    private void store(List<PostmortemSummary> summaries) {
        for (PostmortemSummary summary : summaries) {
            index.upsert(summary);
            Page page = HostPages.current();
            pageById.put(summary.pageId(), page);
            when(fixture.pages.getAbstractPage(summary.pageId())).thenReturn(page);
        }
    }

    private void restrictPage(long pageId) {
        when(fixture.permissions.hasPermission(same(jo), eq(Permission.VIEW), same(pageById.get(pageId))))
                .thenReturn(false);
    }

    private void restrictSpace(String key) {
        when(fixture.permissions.hasPermission(same(jo), eq(Permission.VIEW), same(spaceByKey.get(key))))
                .thenReturn(false);
    }

    private Document render(Map<String, String> parameters) {
        return html(fixture.listMacro(index).execute(parameters, null, display("")));
    }

    private static List<String> titles(Document list) {
        return list.select(".pm-list__title a").eachText();
    }

    private static String number(Document list, String label) {
        for (Element box : list.select(".pm-list__number-box")) {
            if (box.selectFirst("dt").text().equals(label)) {
                return box.selectFirst("dd").text();
            }
        }
        throw new AssertionError("no number " + label);
    }

    @Test
    void listsThisSpacesPostmortemsLatestFirstLinkedToTheirPages() {
        store(List.of(
                ListSamples.summary(1, "OPS", "Older"),
                ListSamples.summary(2, "WEB", "Elsewhere"),
                ListSamples.summary(3, "OPS", "Newer")));
        Document list = render(Map.of());
        List<String> titles = titles(list);
        assertEquals(2, titles.size());
        assertTrue(titles.containsAll(List.of("Older", "Newer")));
        assertEquals("/confluence/pages/viewpage.action?pageId=3",
                list.selectFirst("tr[data-page-id=3] .pm-list__title a").attr("href"));
        assertEquals("2", number(list, "Postmortems"));
        assertEquals(List.of("Postmortem", "Started", "Severity", "Status", "Time to detect", "Time to resolve",
                "Countermeasures done", "Overdue"), list.select("thead th").eachText());
    }

    @Test
    void showsSeverityAndStatusLozengesDurationsAndCountermeasureProgress() {
        PostmortemSummary sample = ListSamples.summary(4, "OPS", "Cache stampede");
        store(List.of(sample));
        Element row = render(Map.of()).selectFirst("tr[data-page-id=4]");
        List<Element> cells = row.select("td");
        assertEquals(sample.severityCode(), cells.get(2).selectFirst(".aui-lozenge").text());
        assertNotNull(cells.get(3).selectFirst(".aui-lozenge"));
        assertFalse(cells.get(4).text().isBlank());
        int done = sample.countermeasures().done();
        int total = sample.countermeasures().total();
        assertEquals(done + "/" + total, cells.get(6).text());
        assertEquals(String.valueOf(done), cells.get(6).selectFirst(".pm-progress").attr("aria-valuenow"));
        assertEquals(String.valueOf(sample.countermeasures().overdue(java.time.LocalDate.of(2026, 11, 21))),
                cells.get(7).text());
    }

    @Test
    void leavesOutAndDoesNotCountPagesTheViewerMayNotSee() {
        store(ListSamples.summaries(30));
        Document all = render(Map.of("spaces", "@all", "max", "100"));
        restrictPage(3);
        restrictPage(4);
        Document restricted = render(Map.of("spaces", "@all", "max", "100"));
        assertEquals("30", number(all, "Postmortems"));
        assertEquals("28", number(restricted, "Postmortems"));
        assertEquals(28, titles(restricted).size());
        assertNull(restricted.selectFirst("tr[data-page-id=3]"));
        assertNull(restricted.selectFirst("tr[data-page-id=4]"));
        long chartedRestricted = List.of(3L, 4L).stream()
                .map(page -> ListSamples.summaries(30).get((int) (page - 1)).start())
                .filter(start -> !start.isBefore(java.time.Instant.parse("2025-12-01T05:00:00Z")))
                .count();
        assertTrue(chartedRestricted > 0, "the sample charts a restricted page");
        assertEquals(charted(all) - chartedRestricted, charted(restricted));
    }

    /** How many postmortems the chart's bars add up to (each bar's title ends in its count). */
    private static int charted(Document list) {
        return list.select("rect.pm-chart__bar title").eachText().stream()
                .mapToInt(text -> Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void countsOpenCountermeasuresOfVisiblePagesOnly() {
        store(List.of(ListSamples.summary(5, "OPS", "Five"), ListSamples.summary(11, "OPS", "Eleven")));
        long openOf5 = ListSamples.summary(5, "OPS", "Five").countermeasures().open();
        long openOf11 = ListSamples.summary(11, "OPS", "Eleven").countermeasures().open();
        assertEquals(String.valueOf(openOf5 + openOf11), number(render(Map.of()), "Open countermeasures"));
        restrictPage(11);
        assertEquals(String.valueOf(openOf5), number(render(Map.of()), "Open countermeasures"));
    }

    @Test
    void leavesOutSpacesTheViewerMayNotSeeWithoutAskingAboutTheirPages() {
        store(List.of(ListSamples.summary(1, "OPS", "Ops one"), ListSamples.summary(2, "DB", "Secret db")));
        restrictSpace("DB");
        Document named = render(Map.of("spaces", "OPS,DB"));
        assertEquals(List.of("Ops one"), titles(named));
        assertEquals("1", number(named, "Postmortems"));
        Document everywhere = render(Map.of("spaces", "@all"));
        assertEquals(List.of("Ops one"), titles(everywhere));
        assertEquals("1", number(everywhere, "Postmortems"));
        verify(fixture.pages, never()).getAbstractPage(2L);
    }

    @Test
    void saysHowTheSloTileCountsAndOnlyThatTileNeedsSaying() {
        store(ListSamples.summaries(3));
        Document list = render(Map.of("spaces", "@all"));

        assertEquals(List.of("Done within each space\u2019s own SLO, counted from the incident\u2019s start (the "
                        + "site\u2019s: P1 28 days, P2 28 days, P3 56 days, P4 56 days)"),
                list.select(".pm-list__number-hint").eachText());
        assertEquals("Closed within SLO", list.selectFirst(".pm-list__number-hint").parent().selectFirst("dt").text());
    }

    @Test
    void theFollowUpColumnAndFilterShowReviewsDueWithCountermeasuresLeftToVerify() {
        // Page 5 has 5 countermeasures, none verified; page 4 has 4; the fixture's today is 2026-11-21.
        store(List.of(ListSamples.summary(5, "OPS", "Due").withFollowUp(java.time.LocalDate.of(2026, 11, 15)),
                ListSamples.summary(4, "OPS", "Later").withFollowUp(java.time.LocalDate.of(2026, 12, 20)),
                ListSamples.summary(3, "OPS", "None named")));

        Document all = render(Map.of("spaces", "OPS", "columns", "title,followup"));
        Document due = render(Map.of("spaces", "OPS", "columns", "title,followup", "followUpDue", "0"));

        assertEquals(List.of("Postmortem", "Follow-up"), all.select(".pm-list__table th").eachText());
        assertEquals(List.of("Dec 20, 2026", "Nov 15, 2026 \u00b7 5 to verify"),
                all.select("td.pm-list__followup").eachText());
        assertEquals(1, all.select("td.pm-list__followup.pm-list__overdue").size());
        assertEquals(List.of("Due"), titles(due));
        assertEquals("1", number(due, "Postmortems"));
    }

    @Test
    void aListOfOneSpaceNamesThatSpacesOwnSlo() {
        store(ListSamples.summaries(3));
        SloPolicyStore slo = new SloPolicyStore() {
            @Override
            public SloPolicy site() {
                return SloPolicy.defaults();
            }

            @Override
            public Optional<SloPolicy> space(String spaceKey) {
                return spaceKey.equals("OPS") ? Optional.of(new SloPolicy(Map.of("P1", Period.ofDays(7),
                        "P2", Period.ofDays(14), "P3", Period.ofDays(30), "P4", Period.ofDays(90)))) : Optional.empty();
            }

            @Override
            public void saveSite(SloPolicy policy) {
            }

            @Override
            public void saveSpace(String spaceKey, Optional<SloPolicy> policy) {
            }
        };

        Document list = html(fixture.listMacro(index, slo).execute(Map.of("spaces", "OPS"), null, display("")));

        assertEquals(List.of("Done within the SLO of space OPS, counted from the incident\u2019s start: P1 7 days, "
                + "P2 14 days, P3 30 days, P4 90 days"), list.select(".pm-list__number-hint").eachText());
    }

    @Test
    void showsTheFirstRowsAndLinksToAllOfThemInTheExport() {
        store(ListSamples.summaries(12));
        Document list = render(Map.of("spaces", "@all", "max", "5"));
        assertEquals(5, titles(list).size());
        assertEquals(1, list.select(".pm-list__links a").size(), "one CSV link, not two to the same file");
        Element more = list.selectFirst("a.pm-list__export");
        assertEquals("Download all 12 postmortems as CSV", more.text());
        assertEquals("/confluence/rest/postmortems/1.0/export?spaces=%40all",
                more.attr("href"));
    }

    @Test
    void offersShowMoreFromTheNextOffsetWithTheListsParametersAndKeepsTheCsvLink() {
        store(ListSamples.summaries(12));
        Document list = render(Map.of("spaces", "@all", "max", "5", "sort", "title", "columns", "title,status"));
        Element button = list.selectFirst("button.pm-list__show-more-button");
        assertEquals("Show more", button.text());
        assertTrue(button.hasClass("aui-button") && button.hasClass("aui-button-link"));
        assertEquals("/confluence/rest/postmortems/1.0/list/rows?columns=title%2Cstatus&sort=title&spaces=%40all"
                + "&offset=5&max=5", button.attr("data-url"));
        assertEquals("The next postmortems could not be loaded. The rows shown stay; try again, or download the CSV.",
                button.attr("data-failure"));
        assertEquals("Download all 12 postmortems as CSV", list.selectFirst("a.pm-list__export").text());
    }

    @Test
    void offersShowMoreOnlyWhenMoreVisibleRowsExist() {
        store(ListSamples.summaries(6));
        assertNull(render(Map.of("spaces", "@all", "max", "6")).selectFirst(".pm-list__show-more"));
        assertNotNull(render(Map.of("spaces", "@all", "max", "5")).selectFirst(".pm-list__show-more"));
        restrictPage(6);
        Document restricted = render(Map.of("spaces", "@all", "max", "5"));
        assertNull(restricted.selectFirst(".pm-list__show-more"));
        assertEquals("Download as CSV", restricted.selectFirst("a.pm-list__export").text());
    }

    @Test
    void leavesShowMoreOutOfAPdfWhereOnlyTheCsvLinkWorks() {
        store(ListSamples.summaries(12));
        Document pdf = html(fixture.listMacro(index).execute(Map.of("spaces", "@all", "max", "5"), null,
                MacroFixture.context("pdf", "")));
        assertNull(pdf.selectFirst(".pm-list__show-more"));
        assertNotNull(pdf.selectFirst("a.pm-list__export"));
    }

    @Test
    void rendersRowsAfterTheFirstPageAsTheTableDoesThroughTheSharedRowMarkup() {
        store(ListSamples.summaries(8));
        Document all = render(Map.of("spaces", "@all", "max", "8", "sort", "title"));
        io.github.postmortems.report.ListQuery query = io.github.postmortems.report.ListParameters.parse(
                Map.of("spaces", "@all", "max", "3", "sort", "title"), "", java.time.LocalDate.of(2026, 11, 21),
                java.time.ZoneId.of("America/New_York"));
        Viewer viewer = fixture.viewers().viewerOf(display(""));
        String rows = fixture.templates().render("templates/macro/postmortem-list-rows.vm", "list",
                new ListViews(SloPolicyStore.DEFAULTS).rows(new io.github.postmortems.report.ListPostmortems(index, fixture.clock)
                        .page(query, fixture.visibility().ofCurrentUser(), 3), java.time.LocalDate.of(2026, 11, 21),
                        viewer));
        List<Element> expected = all.select("tbody tr").subList(3, 6);
        List<Element> paged = html("<table><tbody>" + rows + "</tbody></table>").select("tbody tr");
        assertEquals(expected.stream().map(Element::outerHtml).toList(),
                paged.stream().map(Element::outerHtml).toList());
    }

    @Test
    void drawsTwelveMonthsAsInlineSvgWithoutScript() {
        store(ListSamples.summaries(60));
        Document list = render(Map.of("spaces", "@all"));
        Element svg = list.selectFirst(".pm-list__chart svg");
        assertNotNull(svg);
        assertEquals(12, svg.select("text").eachText().stream().filter(text -> text.matches("[A-Z][a-z]{2}")).count());
        assertFalse(svg.select("rect.pm-chart__bar").isEmpty());
        assertTrue(list.select("script").isEmpty());
    }

    @Test
    void warnsAboutBadParametersAndRendersWithTheDefaults() {
        store(List.of(ListSamples.summary(1, "OPS", "One")));
        Document list = render(Map.of("sort", "colour", "max", "lots"));
        assertEquals(List.of("The value \u201ccolour\u201d of \u201csort\u201d cannot be used; the default applies instead.",
                "The value \u201clots\u201d of \u201cmax\u201d cannot be used; the default applies instead."),
                list.select(".pm-warnings li").eachText());
        assertEquals(List.of("One"), titles(list));
    }

    /** Issue 12, item 14: indexed on 1 November, due on 20 November, read on 21 November: overdue. */
    @Test
    void countsACountermeasureThatQuietlyPassedItsDueDayAsOverdueInTheTileAndTheRow() {
        PostmortemSummary sample = ListSamples.summary(1, "OPS", "Quiet");
        store(List.of(new PostmortemSummary(1, "OPS", "Quiet", null, null, sample.status(), null, null, null, null,
                null, null, null, null, null, sample.tags(), new io.github.postmortems.report.CountermeasureCounts(2, 2,
                0, 0, io.github.postmortems.report.DueDates.of(List.of(java.time.LocalDate.of(2026, 11, 20),
                java.time.LocalDate.of(2026, 11, 21)))), java.time.Instant.parse("2026-11-01T09:00:00Z"))));

        Document list = render(Map.of());

        assertEquals("1", number(list, "Overdue countermeasures"));
        assertEquals("1", list.selectFirst("tbody tr .pm-list__overdue").text());
    }

    @Test
    void anEmptyListIsOnePanelWithACreateButtonInsteadOfZeroTilesAnEmptyChartAndACsvLink() {
        Document list = render(Map.of());
        Element empty = list.selectFirst(".pm-list__empty");
        assertEquals("No postmortems in this list yet.", empty.selectFirst(".pm-list__empty-title").text());
        assertTrue(list.select(".pm-list__numbers, .pm-list__chart, .pm-list__links, .pm-list__table").isEmpty(),
                "nothing to count, chart or download");
        Element create = empty.selectFirst("a.aui-button-primary");
        assertEquals("Create postmortem", create.text());
        // The create-content plugin's create-dialog-init.js opens its Create dialog on these parameters.
        assertEquals(MacroFixture.BASE + "/?createDialog=true&createDialogSpaceKey=OPS"
                + "&createDialogBlueprintKey=io.github.postmortems.confluence%3Ablueprint-postmortem",
                create.attr("href"));
    }

    @Test
    void theIndexPagesEmptyListLeavesTheButtonToTheCreateFromTemplateMacroAbove() {
        Document list = render(Map.of("createButton", "false"));
        assertEquals("No postmortems in this list yet. Each postmortem appears here once it is written, with how "
                + "quickly the incident was detected and resolved and where its countermeasures stand.",
                list.selectFirst(".pm-list__empty").text());
        assertTrue(list.select(".pm-list__empty a").isEmpty());
    }

    @Test
    void anEmptyListOutsideASpaceSaysWhereToCreateOne() {
        ConversionContext nowhere = display("");
        when(nowhere.getSpaceKey()).thenReturn(null);
        Document list = html(fixture.listMacro(index).execute(Map.of("spaces", "@all"), null, nowhere));
        assertEquals("No postmortems in this list yet. To write the first one, choose Create in the header, then "
                + "Postmortem.", list.selectFirst(".pm-list__empty").text());
    }

    @Test
    void aListWithPostmortemsHasNoEmptyPanel() {
        store(List.of(ListSamples.summary(1, "OPS", "One")));
        Document list = render(Map.of());
        assertNull(list.selectFirst(".pm-list__empty"));
        assertEquals("1", number(list, "Postmortems"));
    }

    @Test
    void escapesTitlesInTheTableAndTheChart() {
        store(List.of(ListSamples.summary(1, "OPS", "<img src=x onerror=alert(1)>")));
        Document list = render(Map.of());
        assertTrue(list.select("img").isEmpty());
        assertEquals("<img src=x onerror=alert(1)>", titles(list).get(0));
    }
}
